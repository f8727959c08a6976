import ArgumentParser
import Diagnostics
import PlanDiff
import RegimenKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a change to programs means for each athlete: sessions added, cancelled, moved and renamed, and every exercise's numbers, old → new.",
        discussion: """
        regimen diff OLD NEW compares two program files, or two folders (files matched by their \
        path inside each). regimen diff --git REV [PATH...] compares the working tree (or \
        --to-rev REV2) with a git revision, reading the old files, and what they include, from \
        git without checking anything out. Exit status: 0 when nothing changes for anyone, 1 when \
        something does (0 with --exit-zero), 2 when a side has errors or an input cannot be read.
        """
    )

    @Argument(help: ArgumentHelp("OLD and NEW; with --git, the files, folders or glob patterns to compare (default: the current folder).", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("git"), help: ArgumentHelp("Compare with this git revision (a branch, tag or commit, such as HEAD~1 or origin/main).", valueName: "rev"))
    var revision: String?

    @Option(name: .customLong("to-rev"), help: ArgumentHelp("With --git: compare with this revision instead of the working tree.", valueName: "rev"))
    var toRevision: String?

    @Option(help: "human, markdown (a pull-request comment), json (schema/diff.schema.json) or note (for athletes).")
    var format: DiffFormat = .human

    @Option(help: ArgumentHelp("Only this athlete, by id.", valueName: "id"), completion: Completions.athletes)
    var athlete: String?

    @Flag(help: "In the human format, also list each change week by week.")
    var details = false

    @Flag(help: "Exit with status 0 when something changes (for CI jobs that only report).")
    var exitZero = false

    @Option(help: "When to use colour in the human format: auto, always or never.")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Programs to compile at once (default: one per processor). Output does not depend on it.", valueName: "count"))
    var jobs: Int?

    @OptionGroup var limits: InputLimitOptions

    func validate() throws {
        if revision == nil {
            guard toRevision == nil else { throw ValidationError("--to-rev needs --git REV: the revision to compare it with") }
            guard paths.count == 2 else {
                throw ValidationError("give two files or two folders to compare (regimen diff OLD NEW), or a revision with --git REV")
            }
        }
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be from 1 to 256") }
    }

    func run() throws {
        let errorOutput = Terminal.standardError
        var compiler = Compiler(readerLimits: limits.readerLimits)
        compiler.runsLints = false
        let inputs: DiffInputs
        switch makeInputs(compiler) {
        case .success(let made): inputs = made
        case .failure(let problem):
            errorOutput.write("regimen: \(problem.message)\n")
            throw ExitCode(Status.usage)
        }
        for note in inputs.notes { errorOutput.write("regimen: note: \(note)\n") }
        let result = DiffRun(inputs: inputs, jobs: jobs ?? ParallelCheck.processorCount).run()
        var report = result.report
        if let athlete {
            report.programs = report.programs.compactMap { $0.only(athlete: athlete) }
            if report.programs.isEmpty, report.isComplete {
                errorOutput.write("regimen: no program compared has an athlete `\(athlete)`\n")
                throw ExitCode(Status.usage)
            }
        }
        let useColor = color.enabled(for: errorOutput)
        for failure in result.failures {
            let formatter = HumanFormatter(color: useColor) { failure.sources[$0] }
            errorOutput.write(failure.diagnostics.map(formatter.format).joined())
        }
        for problem in report.problems { errorOutput.write("regimen: \(problem.message)\n") }
        if report.programs.isEmpty, report.isComplete {
            errorOutput.write("regimen: there is no program to compare (libraries and rosters are compared through the programs that use them)\n")
            throw ExitCode(Status.usage)
        }
        let text = switch format {
        case .human: HumanDiffFormat(color: color.enabled(for: Terminal.standardOutput), details: details).render(report)
        case .markdown: MarkdownDiffFormat().render(report)
        case .json: JSONDiffFormat.render(report)
        case .note: NoteDiffFormat().render(report)
        }
        Terminal.standardOutput.write(text)
        if !report.isComplete {
            errorOutput.write("regimen: the diff is incomplete: \(report.problems.count == 1 ? "a program" : "\(report.problems.count) programs") could not be compared\n")
            throw ExitCode(Status.usage)
        }
        if report.hasChanges, !exitZero { throw ExitCode(Status.errors) }
    }

    private func makeInputs(_ compiler: Compiler) -> Result<DiffInputs, DiffInputs.Problem> {
        guard let revision else { return DiffInputs.paths(old: paths[0], new: paths[1], compiler: compiler) }
        return GitRepository.current().mapError { DiffInputs.Problem(message: $0.message) }.flatMap { repository in
            DiffInputs.git(revision: revision, toRevision: toRevision, paths: paths, compiler: compiler, repository: repository)
        }
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case human
    case markdown
    case json
    case note
}
