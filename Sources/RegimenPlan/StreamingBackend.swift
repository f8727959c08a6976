/// A backend that renders a plan one athlete at a time, so that a build holds one athlete's
/// sessions and files at once rather than the whole roster's (`regimen build` streams through
/// every backend that is one; see docs/architecture.md, "Streaming builds").
///
/// Streaming must give exactly the files `render` gives for the whole plan; `render` is usually
/// `renderByStreaming`, so that the two cannot disagree.
public protocol StreamingBackend: Backend {
    /// Starts rendering `outline`: the plan with its program, every exercise any athlete uses,
    /// and every athlete of the roster in order, each without sessions (`sessions` is empty).
    func stream(_ outline: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> any AthleteRenderer
}

/// One streamed rendering: handed each athlete of the outline in roster order, with its sessions,
/// then finished once.
public protocol AthleteRenderer {
    /// The files of `outline.athletes[index]`, now with its sessions.
    mutating func render(_ athlete: AthletePlan, index: Int) throws(BackendError) -> StreamedOutput
    /// What is left once every athlete was rendered: the last pieces of files that span athletes.
    mutating func finish() throws(BackendError) -> StreamedOutput
}

/// What one step of a streamed rendering produced.
public struct StreamedOutput: Sendable {
    /// Files complete in themselves (one athlete's cards, say).
    public var files: [OutputFile]
    /// Pieces of files that span athletes (the whole plan as JSON, the coach's calendar): each
    /// piece is appended to the file at its path; a file is complete when the rendering finishes.
    public var pieces: [OutputFile]
    public var diagnostics: [BackendDiagnostic]

    public init(files: [OutputFile] = [], pieces: [OutputFile] = [], diagnostics: [BackendDiagnostic] = []) {
        self.files = files
        self.pieces = pieces
        self.diagnostics = diagnostics
    }
}

extension Plan {
    /// The plan without sessions: what a streaming backend is started with.
    public var outline: Plan {
        var outline = self
        for index in outline.athletes.indices { outline.athletes[index].sessions = [] }
        return outline
    }
}

extension StreamingBackend {
    /// The whole plan rendered through `stream`: whole files in the order they came, then the
    /// files made of pieces, in the order each was started.
    public func renderByStreaming(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        var renderer = try stream(plan.outline, options: options, context: context)
        var files: [OutputFile] = []
        var pieced: [OutputFile] = []
        var piecedIndex: [String: Int] = [:]
        var diagnostics: [BackendDiagnostic] = []
        func take(_ output: StreamedOutput) {
            files += output.files
            for piece in output.pieces {
                if let index = piecedIndex[piece.path] {
                    pieced[index].contents += piece.contents
                } else {
                    piecedIndex[piece.path] = pieced.count
                    pieced.append(piece)
                }
            }
            diagnostics += output.diagnostics
        }
        for (index, athlete) in plan.athletes.enumerated() { take(try renderer.render(athlete, index: index)) }
        take(try renderer.finish())
        return BackendOutput(files: files + pieced, diagnostics: diagnostics)
    }
}
