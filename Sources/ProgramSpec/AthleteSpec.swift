import Diagnostics
import RegimenValues

/// An athlete of the roster.
public struct AthleteSpec: Sendable {
    public var name: Located<String>
    public var id: Located<String>?
    public var start: Located<CivilDate>?
    public var timeZone: Located<String>?
    /// Loads are shown (converted and rounded) in these units for this athlete.
    public var units: Located<MassUnit>?
    /// Training maxes by key (an exercise name, or the key an item gives in `training-max:`).
    public var trainingMaxes: [(key: Located<String>, load: Located<LoadSpec>)]
    /// `training-max: 90%`: every training max as this share of the athlete's one-rep max, in tenths.
    public var trainingMaxPercent: Located<Int>?
    /// Tested or estimated one-rep maxes by key (like `training-max`).
    public var oneRepMaxes: [(key: Located<String>, load: Located<LoadSpec>)] = []
    /// Keys of `training-max` and `one-rep-max` written with a value that could not be read
    /// (already reported), so that their absence is not reported again.
    public var unreadableKeys: Set<String> = []
    /// Starting loads by exercise name, replacing the loads items give.
    public var loads: [(exercise: Located<String>, load: Located<LoadSpec>)]
    public var span: SourceSpan

    public init(name: Located<String>, span: SourceSpan) {
        self.name = name
        self.span = span
        trainingMaxes = []
        loads = []
    }
}
