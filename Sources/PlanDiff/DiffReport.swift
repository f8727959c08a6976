import Diagnostics

/// Everything `regimen diff` found: a diff per program compared, and the programs that could not
/// be compared (a side with errors), so that no format presents a partial diff as complete.
public struct DiffReport: Sendable {
    /// How the two sides are named: `HEAD` and `working tree`, or the two paths.
    public var oldLabel: String
    public var newLabel: String
    public var programs: [ProgramDiff]
    public var problems: [DiffProblem]

    public init(oldLabel: String, newLabel: String, programs: [ProgramDiff], problems: [DiffProblem] = []) {
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        self.programs = programs
        self.problems = problems
    }

    /// True when every program named could be compared.
    public var isComplete: Bool { problems.isEmpty }

    /// True when something changes for some athlete or in some program.
    public var hasChanges: Bool { programs.contains(where: \.hasChanges) }

    /// Programs, athletes and session instances, counted for summaries.
    public var totals: (programs: Int, changedPrograms: Int, athletes: Int, changedAthletes: Int) {
        let athletes = programs.flatMap(\.athletes)
        return (programs.count, programs.count { $0.hasChanges }, athletes.count, athletes.count { $0.status != .unchanged })
    }

    /// `1 program compared, 1 changed; 2 athletes, 2 changed`.
    public var summary: String {
        let totals = totals
        func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
        var text = "\(count(totals.programs, "program")) compared, \(totals.changedPrograms) changed; "
            + "\(count(totals.athletes, "athlete")), \(totals.changedAthletes) changed"
        if !problems.isEmpty { text += "; \(count(problems.count, "program")) could not be compared" }
        return text
    }
}

/// A program that could not be compared, and why.
public struct DiffProblem: Sendable {
    public enum Side: String, Sendable, Codable {
        case old
        case new
    }

    /// The program's file as shown.
    public var path: String
    /// The side that failed; `nil` when the program could not be compared for another reason.
    public var side: Side?
    /// What went wrong, in words: `HEAD:Programs/hips.yaml has errors`.
    public var message: String
    /// That side's diagnostics.
    public var diagnostics: [Diagnostic]

    public init(path: String, side: Side?, message: String, diagnostics: [Diagnostic] = []) {
        self.path = path
        self.side = side
        self.message = message
        self.diagnostics = diagnostics
    }
}
