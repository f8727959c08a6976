import RegimenPlan

extension BuildPipeline {
    /// Plans, renders and writes `program` one athlete at a time through every backend (which must
    /// all stream: `streamingBackends`), all or nothing like `write(_:into:)` for a whole plan:
    /// each athlete's files are checked and staged beside the folder's files as they are rendered,
    /// and released; files that span athletes (the JSON plan, the coach's calendar) are staged a
    /// piece at a time; nothing in the folder changes until the commit. Peak memory is one
    /// athlete's sessions and files, whatever the size of the roster. The paths are returned in
    /// the order a whole-plan build gives them: by backend, then as each backend produced them.
    public func write(
        _ program: PlannedProgram, into session: OutputSession, settings: WriteSettings = WriteSettings(), hooks: WriteHooks = WriteHooks()
    ) -> Result<BuildResult, BuildFailure> {
        let transaction = OutputTransaction(folder: session.folder, force: settings.force, sizeLimit: settings.sizeLimit,
                                            claimed: session.claimed, hooks: hooks.hooks)
        let streaming = streamingBackends ?? []
        let context = context(previousOutput: Self.previousOutput(in: session.folder))
        var renderers: [(any AthleteRenderer)?] = []
        var outputs = [BackendFiles](repeating: BackendFiles(), count: streaming.count)

        func take(_ step: () throws(BackendError) -> StreamedOutput, backend index: Int) {
            let backend = streaming[index]
            do {
                let output = try step()
                outputs[index].warnings += Self.sort(output.diagnostics, of: backend, refuse: transaction.refuse)
                for file in output.files {
                    transaction.add(file, backend: backend.name)
                    outputs[index].files.append(file.path)
                }
                for piece in output.pieces {
                    transaction.append(piece.contents, to: piece.path, backend: backend.name)
                    if outputs[index].pieced.insert(piece.path).inserted { outputs[index].piecedOrder.append(piece.path) }
                }
            } catch {
                transaction.refuse("backend `\(backend.name)`: \(error.message)")
                renderers[index] = nil
            }
        }

        for backend in streaming {
            do {
                renderers.append(try backend.stream(program.outline, options: options[backend.name] ?? BackendOptionValues(), context: context))
            } catch {
                transaction.refuse("backend `\(backend.name)`: \(error.message)")
                renderers.append(nil)
            }
        }
        for athleteIndex in 0..<program.athleteCount {
            let athlete = program.athlete(athleteIndex)
            for index in renderers.indices where renderers[index] != nil {
                take({ () throws(BackendError) in try renderers[index]!.render(athlete, index: athleteIndex) }, backend: index)
            }
        }
        for index in renderers.indices where renderers[index] != nil {
            take({ () throws(BackendError) in try renderers[index]!.finish() }, backend: index)
        }
        renderers = []
        let order = outputs.flatMap { $0.files + $0.piecedOrder }
        return commit(transaction, into: session, program: settings.program, warnings: outputs.flatMap(\.warnings), order: order)
    }
}

/// What one backend produced in a streamed build, in order.
private struct BackendFiles {
    var files: [String] = []
    var pieced: Set<String> = []
    var piecedOrder: [String] = []
    var warnings: [String] = []
}
