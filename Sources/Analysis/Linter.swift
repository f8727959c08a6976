import Checker
import Diagnostics
import RegimenPlan

/// The coaching lints: warnings about a program as training, read from its compiled plan the way
/// a coach would read it. Each is explained, with its rationale and sources, in `docs/lints.md`.
public struct Linter: Sendable {
    public let program: CheckedProgram
    public let plan: Plan

    public init(program: CheckedProgram, plan: Plan) {
        self.program = program
        self.plan = plan
    }

    /// Lints for the plan's first athlete (the structure of a program is the same for every
    /// athlete; numbers from training maxes are checked for each), with the program's `lints:`
    /// and the command line's allow and deny applied: allowed lints are dropped, denied ones
    /// become errors.
    public func run(allow: Set<DiagnosticCode> = [], deny: Set<DiagnosticCode> = []) -> [Diagnostic] {
        guard let athlete = plan.athletes.first else { return [] }
        let analysis = PlanAnalysis(plan: plan, athlete: athlete)
        var found: [Diagnostic] = []
        found += loadedButNotStretched(analysis)
        found += hamstringGluteImbalance(analysis)
        found += noRestDay(analysis)
        found += sameGroupOnConsecutiveDays(analysis)
        found += loadJumps(analysis)
        found += trainingMaxJumps()
        found += noDeload(analysis)
        found += oneSidedMobility()
        found += shortStretches()
        found += longSessions(athlete)
        found += logLints()
        let settings = program.lintSettings
        let allowed = settings.allowed.union(allow).subtracting(deny)
        let denied = settings.denied.subtracting(allow).union(deny)
        return found.compactMap { diagnostic in
            guard !allowed.contains(diagnostic.code) else { return nil }
            var result = diagnostic
            if denied.contains(diagnostic.code) { result.severity = .error }
            return result
        }
    }

    var settings: LintSettings { program.lintSettings }
    var map: SourceMap { program.sourceMap }
    var anchor: SourceSpan { map.schedule ?? map.program }

    func name(_ exercise: String) -> String { plan.exercise(exercise)?.name ?? exercise }

    /// "in week 3 (and 5 more weeks)".
    func weeksText(_ weeks: [Int]) -> String {
        weeks.count == 1 ? "" : " (and \(weeks.count - 1) more week\(weeks.count == 2 ? "" : "s"))"
    }

    // MARK: W501

    func loadedButNotStretched(_ analysis: PlanAnalysis) -> [Diagnostic] {
        settings.stretchedGroups.compactMap { group in
            let weeks = analysis.weeks.filter { ($0.halfSets[group] ?? 0) >= settings.minLoadedSetsToStretch * 2 && ($0.mobilitySeconds[group] ?? 0) == 0 }
            guard let first = weeks.first else { return nil }
            return .warning(.loadedButNotStretched,
                            "\(group) are loaded but never stretched: week \(first.number): \(group) \(PlanAnalysis.setsText(first.halfSets[group] ?? 0)) hard sets, no stretching\(weeksText(weeks.map(\.number)))",
                            at: anchor, notes: [DiagnosticNote("add a stretch for the \(group), such as a kneeling hip flexor stretch after the session")])
        }
    }

    // MARK: W502

    func hamstringGluteImbalance(_ analysis: PlanAnalysis) -> [Diagnostic] {
        let weeks = analysis.weeks.filter { week in
            let hamstrings = week.halfSets["hamstrings"] ?? 0, glutes = week.halfSets["glutes"] ?? 0
            return hamstrings >= 8 && hamstrings * 10 > glutes * settings.hamstringGluteRatioTenths
        }
        guard let first = weeks.first else { return [] }
        let ratio = DecimalText.thousandths(Int64(settings.hamstringGluteRatioTenths) * 100)
        return [.warning(.hamstringGluteImbalance,
                         "hamstring volume is more than \(ratio) times glute volume: week \(first.number): hamstrings \(PlanAnalysis.setsText(first.halfSets["hamstrings"] ?? 0)) hard sets, glutes \(PlanAnalysis.setsText(first.halfSets["glutes"] ?? 0))\(weeksText(weeks.map(\.number)))",
                         at: anchor, notes: [DiagnosticNote("add glute-dominant work such as hip thrusts or glute bridges")])]
    }

    // MARK: W503

    func noRestDay(_ analysis: PlanAnalysis) -> [Diagnostic] {
        let training = analysis.days.filter(\.isTraining).map(\.date).sorted()
        var best: (start: CivilDate, end: CivilDate, length: Int)?
        var runStart = training.first, previous = training.first, length = training.isEmpty ? 0 : 1
        for date in training.dropFirst() {
            if let last = previous, date.daysSinceEpoch == last.daysSinceEpoch + 1 {
                length += 1
            } else {
                runStart = date
                length = 1
            }
            previous = date
            if length > settings.maxTrainingDaysInARow, length > (best?.length ?? 0), let runStart { best = (runStart, date, length) }
        }
        guard let best else { return [] }
        let week = analysis.days.first { $0.date == best.start }?.week ?? 1
        return [.warning(.noRestDay,
                         "\(best.length) training days in a row with no rest day, from \(PlanText.longDate(best.start)) (week \(week)) to \(PlanText.longDate(best.end)); the most is \(settings.maxTrainingDaysInARow)",
                         at: anchor)]
    }

    // MARK: W504

    func sameGroupOnConsecutiveDays(_ analysis: PlanAnalysis) -> [Diagnostic] {
        let threshold = settings.hardSetsOnConsecutiveDays * 2
        var found: [String: (first: String, count: Int)] = [:]
        var order: [String] = []
        let days = analysis.days.sorted { $0.date < $1.date }
        for (today, tomorrow) in zip(days, days.dropFirst()) where tomorrow.date.daysSinceEpoch == today.date.daysSinceEpoch + 1 {
            for group in analysis.groups where (today.halfSets[group] ?? 0) >= threshold && (tomorrow.halfSets[group] ?? 0) >= threshold {
                if let existing = found[group] {
                    found[group] = (existing.first, existing.count + 1)
                } else {
                    order.append(group)
                    found[group] = ("week \(today.week): \(group) \(PlanAnalysis.setsText(today.halfSets[group] ?? 0)) hard sets on \(PlanText.longDate(today.date)) and \(PlanAnalysis.setsText(tomorrow.halfSets[group] ?? 0)) on \(tomorrow.date.weekday.name)", 1)
                }
            }
        }
        return order.compactMap { group in
            guard let entry = found[group] else { return nil }
            let more = entry.count > 1 ? " (and \(entry.count - 1) more time\(entry.count == 2 ? "" : "s"))" : ""
            return .warning(.sameGroupOnConsecutiveDays, "\(group) trained hard on consecutive days: \(entry.first)\(more)", at: anchor,
                            notes: [DiagnosticNote("leave a day between hard sessions for the same muscle group")])
        }
    }

    // MARK: W505

    func loadJumps(_ analysis: PlanAnalysis) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var reported: Set<String> = []
        let exercises = Dictionary(program.exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for exercise in plan.exercises.map(\.id) {
            // Each week's top load against the best of the weeks before, so that coming back from
            // a lighter week (a deload, a wave's last week, a step down) is not a jump.
            var best: (week: Int, load: Mass)?
            for week in analysis.weeks {
                guard let load = week.topLoads[exercise] else { continue }
                defer { if best.map({ $0.load < load }) ?? true { best = (week.number, load) } }
                guard !week.isDeload, let before = best, !reported.contains(exercise) else { continue }
                let now = load.converted(to: before.load.unit)
                let increase = now.thousandths - before.load.thousandths
                guard increase > 0, before.load.thousandths > 0 else { continue }
                let step = (exercises[exercise]?.rounding ?? program.rounding).steps[before.load.unit]?.thousandths ?? 0
                let percent = Double(increase) / Double(before.load.thousandths) * 100
                guard percent > Double(settings.maxWeeklyLoadIncreasePercent), increase > step else { continue }
                reported.insert(exercise)
                let previousText = before.week == week.number - 1 ? "in week \(before.week)" : "the best before, in week \(before.week)"
                result.append(.warning(.loadJump,
                                       "\(name(exercise)) jumps more than \(settings.maxWeeklyLoadIncreasePercent)% in a week: week \(week.number): top load \(load), up from \(before.load) \(previousText) (+\(Int(percent.rounded()))%)",
                                       at: map.rules[exercise]?.first ?? map.items[exercise]?.first ?? anchor))
            }
        }
        return result
    }

    // MARK: W506

    func trainingMaxJumps() -> [Diagnostic] {
        var result: [Diagnostic] = []
        var reported: Set<String> = []
        for session in program.sessions {
            for item in session.items {
                for prescription in item.prescriptions {
                    for case .wave(_, let increase?) in prescription.rules {
                        let exercise = program.exercises[prescription.exercise].id
                        guard !reported.contains(exercise) else { continue }
                        for athlete in program.athletes {
                            guard let max = athlete.trainingMaxes[prescription.trainingMaxKey], max.thousandths > 0 else { continue }
                            let step = increase.converted(to: max.unit)
                            let percent = Double(step.thousandths) / Double(max.thousandths) * 100
                            guard percent > Double(settings.maxTrainingMaxIncreasePercent) else { continue }
                            reported.insert(exercise)
                            let who = athlete.name.map { " for \($0)" } ?? ""
                            result.append(.warning(.trainingMaxJump,
                                                   "the training max of \(name(exercise))\(who) rises \(Int(percent.rounded()))% a cycle: \(max) + \(increase); the most is \(settings.maxTrainingMaxIncreasePercent)%",
                                                   at: map.rules[exercise]?.first ?? anchor))
                            break
                        }
                    }
                }
            }
        }
        return result
    }

    // MARK: W507

    func noDeload(_ analysis: PlanAnalysis) -> [Diagnostic] {
        let weeks = analysis.weeks
        guard weeks.count >= settings.deloadAfterWeeks else { return [] }
        // A lighter week: a deload, or 10% fewer hard sets or 10% less weight lifted than the week before.
        var progresses = false
        for (before, after) in zip(weeks, weeks.dropFirst()) {
            if after.isDeload { return [] }
            if after.totalHalfSets * 10 < before.totalHalfSets * 9 { return [] }
            if after.tonnageKilograms < before.tonnageKilograms * 0.9 { return [] }
            if after.totalHalfSets > before.totalHalfSets || after.tonnageKilograms > before.tonnageKilograms { progresses = true }
        }
        guard progresses else { return [] }
        return [.warning(.noDeload,
                         "\(weeks.count) weeks of rising work with no lighter week; add a deload (`deload: { every: 4 }`) or a lighter phase",
                         at: map.weeks ?? map.program)]
    }

    // MARK: W508, W509, W510

    /// Read from the sessions as written: sides and holds are the same in every week (holds
    /// only grow), so each item is looked at once.
    func oneSidedMobility() -> [Diagnostic] {
        var reported: Set<Int> = []
        var result: [Diagnostic] = []
        for session in program.sessions {
            let prescriptions = session.items.flatMap(\.prescriptions)
            for prescription in prescriptions {
                let exercise = program.exercises[prescription.exercise]
                guard let side = prescription.side, exercise.kind == .mobility, !reported.contains(prescription.exercise) else { continue }
                let other = side == "left" ? "right" : "left"
                guard !prescriptions.contains(where: { $0.exercise == prescription.exercise && $0.side == other }) else { continue }
                reported.insert(prescription.exercise)
                result.append(.warning(.oneSidedMobility,
                                       "\(exercise.name) is prescribed for the \(side) side only in \(session.title); the \(other) side is never done in that session",
                                       at: map.sides[exercise.id]?.first ?? map.items[exercise.id]?.first ?? anchor))
            }
        }
        return result
    }

    func shortStretches() -> [Diagnostic] {
        var reported: Set<Int> = []
        var result: [Diagnostic] = []
        for session in program.sessions {
            for prescription in session.items.flatMap(\.prescriptions) {
                let exercise = program.exercises[prescription.exercise]
                guard exercise.kind == .mobility, !reported.contains(prescription.exercise), let hold = prescription.holdSeconds,
                      hold < settings.minStretchHoldSeconds else { continue }
                reported.insert(prescription.exercise)
                result.append(.warning(.shortStretch,
                                       "\(exercise.name) is held \(PlanText.duration(hold)) in \(session.title), less than \(PlanText.duration(settings.minStretchHoldSeconds))",
                                       at: map.holds[exercise.id]?.first ?? map.items[exercise.id]?.first ?? anchor))
            }
        }
        return result
    }

    func longSessions(_ athlete: AthletePlan) -> [Diagnostic] {
        var reported: Set<String> = []
        var result: [Diagnostic] = []
        for session in athlete.sessions where !session.durationIsEstimate && !reported.contains(session.session) {
            guard session.estimatedMinutes * 100 > session.durationMinutes * (100 + settings.durationTolerancePercent) else { continue }
            reported.insert(session.session)
            result.append(.warning(.sessionTooLong,
                                   "\(session.title) takes about \(session.estimatedMinutes) min of sets and rest in week \(session.week), more than its stated \(session.durationMinutes) min",
                                   at: map.sessionDurations[session.session] ?? map.sessions[session.session] ?? anchor))
        }
        return result
    }
}
