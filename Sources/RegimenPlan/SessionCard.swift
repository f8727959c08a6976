/// The content of a workout card for one session instance, in display order, shared by every
/// backend that shows a session to an athlete (printed cards, calendar descriptions), so that all
/// of them say the same thing in the same words.
public struct SessionCard: Hashable, Sendable {
    /// One numbered entry: an exercise, or a superset or circuit with its exercises.
    public struct Entry: Hashable, Sendable {
        /// `1`, `2`, … for items; `a`, `b`, … for exercises inside a group.
        public var label: String
        /// The exercise name, or `Superset × 3 rounds`.
        public var title: String
        /// This week's numbers: `3×8 @ 45 kg`, `3×40 s per side`, or empty for a group heading.
        public var prescription: String
        /// Tempo, rest, effort and notes: `tempo 3-1-1-0`, `rest 90 s`.
        public var details: [String]
        public var cues: [String]
        /// How many tick boxes the entry gets (sets, or rounds for a group); 0 for exercises
        /// inside a group, which are ticked per round.
        public var boxes: Int
        /// Exercises inside a superset or circuit.
        public var members: [Entry]
        public var optional: Bool
        /// Each set's target, in order (`5 @ 100 kg`, `warm-up 5 @ 60 kg`): the rows of a log sheet.
        public var setTargets: [String] = []
        /// What a log sheet asks the athlete to write down for each set.
        public var logColumns: LogColumns = .none
        /// The sets logged, in words (`5 @ 100 kg, RPE 8`); `nil` when the session is not logged.
        public var done: [String]?
    }

    /// The blanks of a log sheet, by what the exercise's sets are measured in.
    public enum LogColumns: Hashable, Sendable {
        case none
        /// Load, reps and effort, for loaded or counted work.
        case loadRepsEffort
        /// Seconds held.
        case hold
        /// Time and distance, for cardio.
        case timeDistance
    }

    public var title: String
    /// `Week 3 of 8 · Foundation`, `Week 4 of 8 · Deload`.
    public var weekLine: String
    /// `Monday 1 March 2027`.
    public var dateLine: String
    /// `07:00 · 20 min · Track`, or `all day · about 25 min`.
    public var timeLine: String
    public var notes: String?
    public var entries: [Entry]
    /// What the log says about the session (`Done`, `Partly done · moved to Tuesday 2 March`),
    /// `nil` when no log covers it.
    public var resultLine: String?
    /// True when the numbers assume that every session before this one succeeds.
    public var isProjected: Bool

    public init(session: SessionInstance, plan: Plan) {
        title = session.title
        var week = "Week \(session.week) of \(plan.program.weeks)"
        if let phase = session.phase { week += " · \(phase)" }
        if session.isDeload, session.phase?.lowercased().contains("deload") != true { week += " · deload" }
        if session.isProjected { week += " · projected" }
        weekLine = week
        isProjected = session.isProjected
        resultLine = session.record.map(PlanText.result)
        dateLine = PlanText.longDate(session.date)
        var time: [String] = [session.start?.description ?? "all day"]
        if let skipped = session.scheduledStart, let start = session.start {
            time[0] = "\(start) (clocks go forward: \(skipped) is skipped this day)"
        }
        time.append((session.durationIsEstimate ? "about " : "") + "\(session.durationMinutes) min")
        if let location = session.location { time.append(location) }
        timeLine = time.joined(separator: " · ")
        notes = session.notes
        entries = session.items.enumerated().map { index, item in
            SessionCard.entry(item, label: "\(index + 1)", plan: plan)
        }
    }

    static func entry(_ item: PlannedItem, label: String, plan: Plan) -> Entry {
        switch item {
        case .exercise(let prescription):
            return entry(prescription, label: label, plan: plan, inGroup: false)
        case .group(let group):
            let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
            let members = group.exercises.enumerated().map { index, prescription in
                entry(prescription, label: index < letters.count ? letters[index] : "\(index + 1)", plan: plan, inGroup: true)
            }
            var details: [String] = []
            if let rest = group.restSeconds, rest > 0 { details.append("rest \(PlanText.duration(rest)) between rounds") }
            if let notes = group.notes { details.append(notes) }
            let kind = group.kind == .superset ? "Superset" : "Circuit"
            let rounds = group.rounds == 1 ? "1 round" : "\(group.rounds) rounds"
            return Entry(label: label, title: "\(kind) × \(rounds)", prescription: "", details: details, cues: [],
                         boxes: group.rounds, members: members, optional: false)
        }
    }

    /// A training max to a tenth of its unit, marked `≈` when rounded: a kilogram increase on a
    /// training max in pounds is exact in the plan (`236.023 lb`) but read as `≈236 lb`.
    static func approximately(_ mass: Mass) -> String {
        let remainder = mass.thousandths % 100
        guard remainder != 0 else { return mass.description }
        let tenths = mass.thousandths / 100 + (remainder * 2 >= 100 ? 1 : 0)
        return "≈" + Mass(thousandths: tenths * 100, unit: mass.unit).description
    }

    static func entry(_ prescription: Prescription, label: String, plan: Plan, inGroup: Bool) -> Entry {
        let exercise = plan.exercise(prescription.exercise)
        var details: [String] = []
        let warmUps = prescription.sets.filter(\.isWarmUp)
        if !warmUps.isEmpty { details.append("warm-up " + PlanText.setsText(warmUps)) }
        if let original = prescription.advancedFrom {
            details.append("harder variant of \(plan.exercise(original)?.name ?? original)")
        }
        if let trainingMax = prescription.trainingMax { details.append("training max \(Self.approximately(trainingMax))") }
        if let tempo = prescription.tempo { details.append("tempo \(tempo)") }
        if let rest = prescription.restSeconds, rest > 0 {
            details.append(prescription.restActivity.map { "\(PlanText.duration(rest)) \($0) between" } ?? "rest \(PlanText.duration(rest))")
        }
        if let notes = prescription.notes { details.append(notes) }
        if prescription.optional { details.append("optional") }
        var entry = Entry(
            label: label, title: exercise?.name ?? prescription.exercise,
            prescription: PlanText.prescription(prescription, perSide: exercise?.perSide ?? false, inGroup: inGroup),
            details: details, cues: exercise?.cues ?? [], boxes: inGroup ? 0 : prescription.sets.count - warmUps.count, members: [],
            optional: prescription.optional)
        entry.setTargets = prescription.sets.map { ($0.isWarmUp ? "warm-up " : "") + PlanText.setText($0, sideText: nil) }
        entry.logColumns = LogColumns(sets: prescription.sets, kind: exercise?.kind)
        entry.done = prescription.done.map(PlanText.actualSets)
        return entry
    }

    /// The card as plain lines without layout, as a calendar description shows it.
    public var plainLines: [String] {
        var lines = [weekLine, timeLine]
        if let resultLine { lines.append(resultLine) }
        if let notes { lines.append(notes) }
        lines.append("")
        func add(_ entry: Entry, indent: String) {
            let head = "\(indent)\(entry.label). \(entry.title)"
            lines.append(entry.prescription.isEmpty ? head : "\(head): \(entry.prescription)")
            let inner = indent + String(repeating: " ", count: entry.label.count + 2)
            if let done = entry.done { lines.append(inner + "done: " + (done.isEmpty ? "nothing logged" : done.joined(separator: " · "))) }
            if !entry.details.isEmpty { lines.append(inner + entry.details.joined(separator: " · ")) }
            for cue in entry.cues { lines.append("\(inner)- \(cue)") }
            for member in entry.members { add(member, indent: inner) }
        }
        for entry in entries { add(entry, indent: "") }
        return lines
    }
}

/// How the Plan's numbers are written for people: one place, so every backend agrees.
public enum PlanText {
    /// `30 s`, `60 s`, `90 s`, `2 min`, `2 min 30 s`, `1 h 15 min`: seconds under two minutes,
    /// as coaches write holds and rest times.
    public static func duration(_ seconds: Int) -> String {
        if seconds < 120 { return "\(seconds) s" }
        var parts: [String] = []
        if seconds >= 3600 { parts.append("\(seconds / 3600) h") }
        if seconds % 3600 >= 60 { parts.append("\(seconds % 3600 / 60) min") }
        if seconds % 60 > 0 || seconds == 0 { parts.append("\(seconds % 60) s") }
        return parts.joined(separator: " ")
    }

    /// `400 m`, `5 km`, `2.5 km`.
    public static func distance(_ meters: Int) -> String {
        guard meters >= 1000 else { return "\(meters) m" }
        return DecimalText.thousandths(Int64(meters)) + " km"
    }

    /// `Monday 1 March 2027`.
    public static func longDate(_ date: CivilDate) -> String {
        "\(date.weekday.name) \(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    /// This week's numbers for one exercise: `3×8 @ 45 kg`, `3×40 s per side`,
    /// `5 @ 65 kg, 5 @ 75 kg, 5+ @ 85 kg`. Inside a group the set count is left out (rounds
    /// give it).
    public static func prescription(_ prescription: Prescription, perSide: Bool, inGroup: Bool) -> String {
        let sideText = prescription.side.map { "\($0.rawValue) side only" } ?? (perSide ? "per side" : nil)
        let sets = prescription.sets.filter { !$0.isWarmUp }
        guard let first = sets.first else { return "" }
        if inGroup || sets.allSatisfy({ $0 == first }) {
            let body = setText(first, sideText: sideText)
            return inGroup || sets.count == 1 ? body : "\(sets.count)×\(body)"
        }
        let text = setsText(sets)
        return sideText.map { "\(text) \($0)" } ?? text
    }

    /// Sets in runs of equal ones: `5 @ 65 kg, 5 @ 75 kg, 5+ @ 85 kg`, `10 @ 20 kg, 2×5 @ 40 kg`.
    static func setsText(_ sets: [WorkSet]) -> String {
        var runs: [(set: WorkSet, count: Int)] = []
        for set in sets {
            if let last = runs.last, last.set == set { runs[runs.count - 1].count += 1 } else { runs.append((set, 1)) }
        }
        return runs.map { run in
            let body = setText(run.set, sideText: nil)
            return run.count == 1 ? body : "\(run.count)×\(body)"
        }.joined(separator: ", ")
    }

    /// What the log says of a session: `Done`, `Partly done · done on Tuesday 2 March · notes`.
    public static func result(_ record: SessionRecord) -> String {
        let status = switch record.status {
        case .done: "Done"
        case .partial: "Partly done"
        case .missed: "Missed"
        }
        var parts = [status]
        if let moved = record.doneOn { parts.append("done on \(longDate(moved))") }
        if let notes = record.notes { parts.append(notes) }
        return parts.joined(separator: " · ")
    }

    /// Logged sets, runs of the same set counted: `warm-up 5 @ 60 kg`, `3×5 @ 100 kg, RPE 8`,
    /// `2 skipped`.
    public static func actualSets(_ sets: [ActualSet]) -> [String] {
        var runs: [(text: String, count: Int)] = []
        for set in sets {
            let text = actualSet(set)
            if let last = runs.last, last.text == text { runs[runs.count - 1].count += 1 } else { runs.append((text, 1)) }
        }
        return runs.map { run in
            guard run.count > 1 else { return run.text }
            if run.text == "skipped" { return "\(run.count) skipped" }
            if run.text.hasPrefix("warm-up ") { return "warm-up \(run.count)×" + run.text.dropFirst(8) }
            return "\(run.count)×\(run.text)"
        }
    }

    /// A logged set: `5 @ 100 kg, RPE 8`, `30 s`, `5 km in 28 min 40 s`, `warm-up 5 @ 60 kg`, `skipped`.
    public static func actualSet(_ set: ActualSet) -> String {
        if set.status == .skipped { return "skipped" }
        var amount: [String] = []
        if let reps = set.reps { amount.append("\(reps)") }
        if let hold = set.holdSeconds { amount.append(duration(hold)) }
        if let meters = set.distanceMeters { amount.append(distance(meters)) }
        if let work = set.durationSeconds { amount.append((set.distanceMeters == nil ? "" : "in ") + duration(work)) }
        var text = (set.isWarmUp ? "warm-up " : "") + amount.joined(separator: " ")
        if let load = set.load, !(load.bodyweight && load.mass == nil) { text += " @ \(load)" }
        if let rpe = set.rpe { text += ", RPE \(rpe.formatted)" }
        if set.status == .partial { text += " (cut short)" }
        return text
    }

    /// One set: `8 @ 45 kg`, `40 s per side`, `5+ @ 85 kg (85%)`, `5 @ 95 lb, RPE 7`, `400 m @ 5k pace`,
    /// `30 min @ zone 2`.
    static func setText(_ set: WorkSet, sideText: String?) -> String {
        var amount: [String] = []
        if let reps = set.reps { amount.append(reps.description) }
        if let hold = set.holdSeconds { amount.append(reps(set) ? "hold \(duration(hold))" : duration(hold)) }
        if let work = set.durationSeconds { amount.append(duration(work)) }
        if let meters = set.distanceMeters { amount.append(distance(meters)) }
        var text = amount.joined(separator: ", ")
        if let sideText { text += " \(sideText)" }
        let showsLoad = set.load.map { !($0.bodyweight && $0.mass == nil) } ?? false
        if let load = set.load, showsLoad {
            text += " @ \(load)"
            if let percent = load.percentOfTrainingMaxTenths {
                text += " (\(DecimalText.thousandths(Int64(percent) * 100))%)"
            }
        }
        if let target = set.target { text += showsLoad ? ", \(target)" : " @ \(target)" }
        if let rpe = set.rpe { text += ", RPE \(rpe.formatted)" }
        if let rir = set.rir { text += ", RIR \(rir)" }
        return text
    }

    private static func reps(_ set: WorkSet) -> Bool { set.reps != nil }
}

extension SessionCard.LogColumns {
    /// Load, reps and effort for sets with reps or a load; a hold for holds; time and distance
    /// for cardio and timed work.
    init(sets: [WorkSet], kind: ExerciseKind?) {
        guard let first = sets.first(where: { !$0.isWarmUp }) ?? sets.first else {
            self = .none
            return
        }
        if kind == .cardio || first.distanceMeters != nil || (first.durationSeconds != nil && first.reps == nil) {
            self = .timeDistance
        } else if first.holdSeconds != nil, first.reps == nil {
            self = .hold
        } else {
            self = .loadRepsEffort
        }
    }
}

extension Double {
    /// `8` for 8.0, `7.5` for 7.5.
    fileprivate var formatted: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
