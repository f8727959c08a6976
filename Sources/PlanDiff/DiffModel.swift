import RegimenPlan

/// What changed in one program between two versions, for the program as a whole and for each
/// athlete: the result of `PlanComparison`, which every output format renders.
public struct ProgramDiff: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// The program exists on both sides and something changed.
        case changed
        case unchanged
        /// The program exists only on the new side: every session is new.
        case added
        /// The program exists only on the old side: every session is cancelled.
        case removed
    }

    /// The program's file as shown to the user (`Programs/hips.yaml`, or `old.yaml → new.yaml`).
    public var path: String
    /// The program's `id` (the new one when it changed).
    public var id: String
    public var name: String
    public var status: Status
    /// Changes to the program itself: weeks, phases, deloads, schedule, rules, exercises.
    public var changes: [Change]
    /// Every athlete on either side: the new side's order, then athletes only the old side has.
    public var athletes: [AthleteDiff]

    public var hasChanges: Bool { status != .unchanged }
}

/// What changed for one athlete.
public struct AthleteDiff: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        case changed
        case unchanged
        /// New on the roster: every session is new.
        case added
        /// Gone from the roster: every session is cancelled.
        case removed
    }

    public var id: String
    public var name: String?
    public var status: Status
    /// Changes to the athlete's own settings: start, time zone, units, training maxes.
    public var changes: [Change]
    /// Sessions added, cancelled, moved and renamed, and changes to a session's own details.
    public var sessions: [Change]
    /// Changes to exercises, one per lift and aspect over every session they touch.
    public var exercises: [Change]
    /// Distinct session instances in each kind of change.
    public var counts: SessionCounts

    /// `Alex Morgan`, or the id when the athlete has no name.
    public var displayName: String { name ?? id }

    /// Every change, athlete settings first, then sessions and exercises.
    public var allChanges: [Change] { changes + sessions + exercises }
}

/// How many session instances of an athlete were added, cancelled, moved, renamed or changed in
/// content. A session moved and changed counts in both.
public struct SessionCounts: Hashable, Sendable, Codable {
    public var added = 0
    public var cancelled = 0
    public var moved = 0
    public var renamed = 0
    public var changed = 0

    public init() {}

    public var isEmpty: Bool { added + cancelled + moved + renamed + changed == 0 }

    /// `8 moved, 14 changed`, or `no session changes`.
    public var summary: String {
        let parts = [(added, "added"), (cancelled, "cancelled"), (moved, "moved"), (renamed, "renamed"), (changed, "changed")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "no session changes" : parts.joined(separator: ", ")
    }
}

/// One line of a diff: a change, grouped over every session instance it touches ("from week 5:
/// Romanian deadlift 3×8 @ 47.5 kg → 50 kg (4 sessions)").
public struct Change: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case added
        /// Removed; for sessions, cancelled.
        case removed
        /// A session on another day or at another time.
        case moved
        /// A session with another title.
        case renamed
        case changed
    }

    public var kind: Kind
    /// What changed, as a name in the diff's vocabulary (see `ChangeAspect`).
    public var aspect: ChangeAspect
    /// What the line is about: an exercise's or session's name, or the program setting.
    public var subject: String
    /// The session's key in the spec, for changes that concern one session.
    public var session: String?
    /// The exercise's id, for exercise changes.
    public var exercise: String?
    /// The lift whose state the exercise follows, when the plan says.
    public var lift: String?
    /// When: `from week 5`, `weeks 2–4, 6`, `week 3`; empty for changes without weeks.
    public var when: String
    /// What, without when: `Romanian deadlift 3×8 @ 47.5 kg → 50 kg`.
    public var what: String
    /// The value before and after, when one pair describes every instance.
    public var old: String?
    public var new: String?
    /// For changed sets: every number that changed in some instance (`sets`, `reps`, `load`, …).
    public var fields: [String] = []
    /// The program weeks the change touches, ascending.
    public var weeks: [Int]
    /// The first date the change touches, for athlete-facing notes.
    public var firstDate: CivilDate?
    /// Each session instance the change touches, in date order (empty for program settings).
    public var occurrences: [Occurrence]

    /// The line as the human and Markdown formats show it.
    public var text: String { when.isEmpty ? what : "\(when): \(what)" }
}

/// One session instance a change touches.
public struct Occurrence: Hashable, Sendable {
    /// The calendar event's UID.
    public var uid: String
    public var session: String
    public var week: Int
    /// The session's date (the new one, for a moved session).
    public var date: CivilDate
    /// The value before and after in this instance; `nil` where the instance has no such value.
    public var old: String?
    public var new: String?
    /// For changed sets: which of their numbers changed (`reps`, `load`, …).
    public var fields: [String] = []
    /// The one number that changed, with its value before and after, when there is one.
    var fieldChange: SetFieldChanges.Single?
}

/// What a change is about. Raw values are the diff's vocabulary in every format.
public enum ChangeAspect: String, Hashable, Sendable, Codable, CaseIterable {
    // Sessions.
    case session
    case time
    case title
    case duration
    case location
    case notes
    case order
    // Exercises.
    case exercise
    case sets
    case warmUp = "warm-up"
    case rest
    case tempo
    case trainingMax = "training max"
    case optional
    case grouping
    // Exercises of the library.
    case kind
    case targets
    case secondaryTargets = "secondary targets"
    case perSide = "per side"
    case equipment
    case cues
    // Athletes.
    case athlete
    case name
    case start
    case timeZone = "time zone"
    case units
    // Program.
    case program
    case id
    case coach
    case weeks
    case phases
    case deload
    case volume
    case intensity
    case progression
    case schedule
    case rules
}
