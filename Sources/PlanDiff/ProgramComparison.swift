import Checker
import RegimenPlan

/// Compares what a program is, apart from any athlete: its settings, weeks, phases and deloads
/// (from the plans), its weekly schedule and progression rules (from the checked programs, when
/// given), and the exercises of its library.
struct ProgramComparison {
    let old: PlanComparison.Side
    let new: PlanComparison.Side

    func run() -> [Change] {
        var changes: [Change] = []
        let before = old.plan.program, after = new.plan.program
        func add(_ aspect: ChangeAspect, _ subject: String, _ was: String?, _ now: String?, note: String = "") {
            guard was != now else { return }
            changes.append(.setting(aspect, subject, was, now, note: note))
        }
        add(.id, "id", before.id, after.id,
            note: "; every calendar event gets a new UID, so calendars that imported the old file keep its events")
        add(.name, "name", before.name, after.name)
        add(.coach, "coach", before.coach, after.coach)
        add(.notes, "notes", before.notes, after.notes)
        add(.units, "units", before.units.rawValue, after.units.rawValue)
        add(.weeks, "weeks", "\(before.weeks)", "\(after.weeks)")
        add(.phases, "phases", Self.phases(before.phases), Self.phases(after.phases))
        changes += weekChanges(before.weekInfo, after.weekInfo)
        if let oldProgram = old.program, let newProgram = new.program {
            changes += ScheduleComparison(old: oldProgram, new: newProgram).run()
            changes += RuleComparison(old: oldProgram, new: newProgram).run()
        }
        changes += exerciseChanges()
        return changes
    }

    /// `Foundation (weeks 1–3), Deload (week 4, deload), Build (weeks 5–8)`, or `none`.
    static func phases(_ phases: [PhaseInfo]) -> String {
        guard !phases.isEmpty else { return "none" }
        return phases.map { phase in
            let weeks = phase.firstWeek == phase.lastWeek ? "week \(phase.firstWeek)" : "weeks \(phase.firstWeek)–\(phase.lastWeek)"
            return "\(phase.name) (\(weeks)\(phase.isDeload ? ", deload" : ""))"
        }.joined(separator: ", ")
    }

    /// Deloads, volume, intensity and paused progression, week by week over the weeks both have,
    /// one line per change with the weeks it touches.
    func weekChanges(_ before: [WeekInfo], _ after: [WeekInfo]) -> [Change] {
        var lines: [String: (aspect: ChangeAspect, was: String, now: String, weeks: [Int])] = [:]
        var order: [String] = []
        func add(_ aspect: ChangeAspect, _ was: String, _ now: String, week: Int) {
            guard was != now else { return }
            let key = "\(aspect.rawValue)\u{0}\(was)\u{0}\(now)"
            if lines[key] == nil {
                order.append(key)
                lines[key] = (aspect, was, now, [])
            }
            lines[key]?.weeks.append(week)
        }
        for (was, now) in zip(before, after) {
            add(.deload, was.isDeload ? "deload" : "normal week", now.isDeload ? "deload" : "normal week", week: now.week)
            add(.volume, "volume \(was.volumePercent)%", "volume \(now.volumePercent)%", week: now.week)
            add(.intensity, "intensity \(was.intensityPercent)%", "intensity \(now.intensityPercent)%", week: now.week)
            add(.progression, was.progressionPaused ? "progression paused" : "progression continues",
                now.progressionPaused ? "progression paused" : "progression continues", week: now.week)
        }
        let lastWeek = min(before.count, after.count)
        return order.compactMap { key in
            guard let line = lines[key] else { return nil }
            return Change(
                kind: .changed, aspect: line.aspect, subject: line.aspect.rawValue, when: WeekText.when(line.weeks, lastWeek: lastWeek),
                what: ValuePairs.arrow(line.was, line.now, sharingPrefixAt: " "), old: line.was, new: line.now, weeks: line.weeks,
                firstDate: nil, occurrences: [])
        }
    }

    /// Exercises both plans use whose description changed: name, kind, targets, equipment, cues.
    func exerciseChanges() -> [Change] {
        var changes: [Change] = []
        for now in new.plan.exercises {
            guard let was = old.plan.exercise(now.id), was != now else { continue }
            func add(_ aspect: ChangeAspect, _ before: String, _ after: String) {
                guard before != after else { return }
                let label = aspect == .name ? "exercise renamed:" : "exercise \(was.name) \(aspect.rawValue):"
                changes.append(Change(
                    kind: aspect == .name ? .renamed : .changed, aspect: aspect, subject: now.name, exercise: now.id, when: "",
                    what: "\(label) \(ValuePairs.arrow(before, after, sharingPrefixAt: nil))", old: before,
                    new: after, weeks: [], firstDate: nil, occurrences: []))
            }
            func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
            add(.name, was.name, now.name)
            add(.kind, was.kind.rawValue, now.kind.rawValue)
            add(.targets, list(was.targets), list(now.targets))
            add(.secondaryTargets, list(was.secondaryTargets), list(now.secondaryTargets))
            add(.perSide, was.perSide ? "per side" : "both sides together", now.perSide ? "per side" : "both sides together")
            add(.equipment, list(was.equipment), list(now.equipment))
            add(.cues, was.cues.isEmpty ? "none" : was.cues.joined(separator: "; "), now.cues.isEmpty ? "none" : now.cues.joined(separator: "; "))
        }
        return changes
    }
}

extension Change {
    /// A program or athlete setting that changed: `weeks 8 → 10`.
    static func setting(_ aspect: ChangeAspect, _ subject: String, _ old: String?, _ new: String?, note: String = "") -> Change {
        let values = ValuePairs.arrow(old ?? "none", new ?? "none", sharingPrefixAt: nil)
        return Change(
            kind: .changed, aspect: aspect, subject: subject, when: "", what: "\(subject) \(values)\(note)", old: old, new: new,
            weeks: [], firstDate: nil, occurrences: [])
    }
}

/// The weekly schedule, week by week over the weeks both programs have: which sessions each
/// weekday holds, by session name, in words by session title.
struct ScheduleComparison {
    let old: CheckedProgram
    let new: CheckedProgram

    func run() -> [Change] {
        var weeksByText: [String: [Int]] = [:]
        var order: [String] = []
        for (was, now) in zip(old.weeks, new.weeks) where was.schedule.map({ $0.map { Self.id($0, old) } })
            != now.schedule.map({ $0.map { Self.id($0, new) } }) {
            var parts: [String] = []
            for day in 0..<min(7, was.schedule.count, now.schedule.count) {
                let before = was.schedule[day].map { Self.id($0, old) }, after = now.schedule[day].map { Self.id($0, new) }
                guard before != after else { continue }
                let name = Weekday(rawValue: day + 1)?.name ?? "day \(day + 1)"
                parts.append("\(name) \(Self.day(was.schedule[day], old)) → \(Self.day(now.schedule[day], new))")
            }
            let text = parts.joined(separator: "; ")
            if weeksByText[text] == nil { order.append(text) }
            weeksByText[text, default: []].append(now.number)
        }
        let lastWeek = min(old.weeks.count, new.weeks.count)
        return order.map { text in
            let weeks = weeksByText[text] ?? []
            return Change(
                kind: .changed, aspect: .schedule, subject: "schedule", when: WeekText.when(weeks, lastWeek: lastWeek),
                what: "schedule: \(text)", weeks: weeks, firstDate: nil, occurrences: [])
        }
    }

    /// `Squat`, `Hips + Squat`, `rest`, `Workout A / Workout B in turn`.
    static func day(_ entries: [ScheduleEntry], _ program: CheckedProgram) -> String {
        entries.isEmpty ? "rest" : entries.map { entry in
            switch entry {
            case .session(let index): program.sessions[index].title
            case .rotation(let index): program.rotations[index].sessions.map { program.sessions[$0].title }.joined(separator: " / ") + " in turn"
            }
        }.joined(separator: " + ")
    }

    /// A slot by name: the session's id, or the rotation's name and its sessions' ids.
    static func id(_ entry: ScheduleEntry, _ program: CheckedProgram) -> String {
        switch entry {
        case .session(let index): program.sessions[index].id
        case .rotation(let index):
            "rotation \(program.rotations[index].name): " + program.rotations[index].sessions.map { program.sessions[$0].id }.joined(separator: ", ")
        }
    }
}

/// Progression rules, item by item in the sessions both programs have, one line per change
/// naming every item it touches.
struct RuleComparison {
    let old: CheckedProgram
    let new: CheckedProgram

    /// The rules of each item, by session and the exercise the item names with its occurrence.
    static func rules(_ program: CheckedProgram) -> [String: [String: (exercise: String, rules: [CheckedProgression])]] {
        var result: [String: [String: (exercise: String, rules: [CheckedProgression])]] = [:]
        for session in program.sessions {
            var counts: [Int: Int] = [:]
            var items: [String: (exercise: String, rules: [CheckedProgression])] = [:]
            for item in session.items {
                for prescription in item.prescriptions {
                    counts[prescription.exercise, default: 0] += 1
                    let exercise = program.exercises[prescription.exercise]
                    items["\(exercise.id)#\(counts[prescription.exercise] ?? 1)"] = (exercise.name, prescription.progression.map(\.base))
                }
            }
            result[session.id] = items
        }
        return result
    }

    func run() -> [Change] {
        let before = Self.rules(old)
        var lines: [String: (was: String, now: String, items: [(exercise: String, session: String)])] = [:]
        var order: [String] = []
        for session in new.sessions {
            guard let oldItems = before[session.id] else { continue }
            var counts: [Int: Int] = [:]
            for item in session.items {
                for prescription in item.prescriptions {
                    counts[prescription.exercise, default: 0] += 1
                    let exercise = new.exercises[prescription.exercise]
                    guard let was = oldItems["\(exercise.id)#\(counts[prescription.exercise] ?? 1)"], was.rules != prescription.progression.map(\.base)
                    else { continue }
                    let wasText = RuleText.describe(was.rules), nowText = RuleText.describe(prescription.progression.map(\.base))
                    let key = "\(wasText)\u{0}\(nowText)"
                    if lines[key] == nil {
                        order.append(key)
                        lines[key] = (wasText, nowText, [])
                    }
                    lines[key]?.items.append((exercise.name, session.title))
                }
            }
        }
        return order.compactMap { key in
            guard let line = lines[key] else { return nil }
            var sessionsByExercise: [String: [String]] = [:]
            var exercises: [String] = []
            for item in line.items {
                if sessionsByExercise[item.exercise] == nil { exercises.append(item.exercise) }
                if sessionsByExercise[item.exercise]?.contains(item.session) != true { sessionsByExercise[item.exercise, default: []].append(item.session) }
            }
            let named = exercises.map { "\($0) in \(EntryText.list(sessionsByExercise[$0] ?? []))" }
            return Change(
                kind: .changed, aspect: .rules, subject: exercises.joined(separator: ", "), when: "",
                what: "rules for \(named.joined(separator: "; ")): \(ValuePairs.arrow(line.was, line.now, sharingPrefixAt: " "))",
                old: line.was, new: line.now,
                weeks: [], firstDate: nil, occurrences: [])
        }
    }
}
