import Diagnostics

/// `lints:`: which coaching lints to allow or deny, and their thresholds.
public struct LintSettingsSpec: Sendable {
    public var allow: [Located<String>] = []
    public var deny: [Located<String>] = []
    public var stretchedGroups: [Located<String>]?
    public var minLoadedSetsToStretch: Located<Int>?
    /// Tenths: 1.5 is 15.
    public var hamstringGluteRatioTenths: Located<Int>?
    public var maxTrainingDaysInARow: Located<Int>?
    public var hardSetsOnConsecutiveDays: Located<Int>?
    public var maxWeeklyLoadIncrease: Located<Int>?
    public var maxTrainingMaxIncrease: Located<Int>?
    public var deloadAfterWeeks: Located<Int>?
    public var minStretchHold: Located<Int>?
    public var durationTolerance: Located<Int>?
    public var span: SourceSpan

    public init(span: SourceSpan) {
        self.span = span
    }
}
