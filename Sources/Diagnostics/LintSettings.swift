/// Which coaching lints to run and their thresholds, from a program's `lints:` with the
/// documented defaults (docs/lints.md). The checker reads them; the lints use them.
public struct LintSettings: Sendable {
    public var allowed: Set<DiagnosticCode> = []
    public var denied: Set<DiagnosticCode> = []
    public var stretchedGroups: [String] = ["hip flexors"]
    public var minLoadedSetsToStretch = 4
    /// Hamstring hard sets may be at most this many tenths of glute hard sets (15 is 1.5×).
    public var hamstringGluteRatioTenths = 15
    public var maxTrainingDaysInARow = 6
    public var hardSetsOnConsecutiveDays = 6
    public var maxWeeklyLoadIncreasePercent = 10
    public var maxTrainingMaxIncreasePercent = 10
    public var deloadAfterWeeks = 6
    public var minStretchHoldSeconds = 15
    public var durationTolerancePercent = 10

    public init() {}
}

extension DiagnosticCode {
    /// Every coaching lint's code, in order: the catalog the command line and `lints:` check
    /// codes against.
    public static var lintCodes: [DiagnosticCode] { allCases.filter(\.isLint) }

    /// `W501 to W510`, for messages.
    public static var lintCodeRange: String {
        guard let first = lintCodes.first, let last = lintCodes.last else { return "none" }
        return first == last ? first.rawValue : "\(first.rawValue) to \(last.rawValue)"
    }
}
