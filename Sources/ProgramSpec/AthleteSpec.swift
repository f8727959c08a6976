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
    /// `at:`: start times replacing the sessions' own, by session name.
    public var sessionTimes: [(session: Located<String>, time: Located<LocalTime>)] = []
    /// `days:`: each program weekday named is done on another weekday instead.
    public var days: [(from: Located<Weekday>, to: Located<Weekday>)] = []
    /// `swap:`: exercises done instead of the program's, by the program's exercise name.
    public var swaps: [(from: Located<String>, to: Located<String>)] = []
    /// `equipment:`: what the athlete has.
    public var equipment: EquipmentSpec?
    /// `week-starts:`: the weekday the athlete's weeks begin on.
    public var weekStarts: Located<Weekday>?
    public var span: SourceSpan

    public init(name: Located<String>, span: SourceSpan) {
        self.name = name
        self.span = span
        trainingMaxes = []
        loads = []
    }
}

/// An athlete's `equipment:`: a list of what they have, or the name of one of the program's
/// `equipment-sets`.
public struct EquipmentSpec: Sendable {
    /// The set named, for `equipment: home`.
    public var set: Located<String>?
    /// The equipment listed, for `equipment: [mat, dumbbells]`.
    public var items: [Located<String>]
    /// The span of the value.
    public var span: SourceSpan

    public init(set: Located<String>?, items: [Located<String>], span: SourceSpan) {
        self.set = set
        self.items = items
        self.span = span
    }
}
