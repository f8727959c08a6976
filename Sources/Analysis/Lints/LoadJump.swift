import Diagnostics
import RegimenPlan

/// W505: a lift's load rising more than the most allowed (10%) a week.
///
/// Like is compared with like: each item of each session, week over week (a Texas Method's
/// recovery and intensity days are different items, so the planned light-then-heavy week is not a
/// jump), against the best of the weeks before (so that coming back from a deload or a wave's
/// light week is not one either), as a rate a week over the training weeks between the two (an
/// item done every other week may rise twice a week's step). Where the reps change too (a double
/// progression's step: more load, fewer reps) the top sets are compared by estimated one-rep max
/// (Epley: load × (1 + reps ÷ 30)); a load must still rise by more than one rounding step. Each
/// lift is reported once, at its worst jump, pointing at the item that jumps.
struct LoadJump: Lint {
    var code: DiagnosticCode { .loadJump }

    /// An item's strongest set in one week.
    struct TopSet {
        var week: Int
        var load: Mass
        var reps: Int?

        /// Estimated one-rep max in kilograms (the load alone when reps are unknown).
        var strength: Double {
            Double(load.converted(to: .kg).thousandths) / 1000 * (1 + Double(reps ?? 0) / 30)
        }
    }

    /// One item of one session template: its top set each week it is done.
    struct Series {
        var session: String
        var title: String
        var position: Int
        var exercise: String
        var weeks: [TopSet] = []
    }

    /// A rise over the limit.
    struct Jump {
        var series: Series
        var before: TopSet
        var after: TopSet
        var previousIsBest: Bool
        var weeks: Int
        var percent: Double
        var perWeek: Double { percent / Double(weeks) }
    }

    func findings(in input: LintInput) -> [Diagnostic] {
        let limit = Double(input.settings.maxWeeklyLoadIncreasePercent)
        let deloads = Set(input.analysis.weeks.filter(\.isDeload).map(\.number))
        var jumps: [String: [Jump]] = [:]
        let allSeries = Self.series(input.analysis.athlete)
        for series in allSeries {
            var best: TopSet?
            for (index, set) in series.weeks.enumerated() {
                // The latest of equally strong weeks is the one to measure from.
                defer { if best.map({ $0.strength <= set.strength }) ?? true { best = set } }
                guard !deloads.contains(set.week), let before = best, before.strength > 0 else { continue }
                let rise = set.load.converted(to: before.load.unit).thousandths - before.load.thousandths
                let step = input.facts.loadSteps[series.exercise]?[before.load.unit]?.thousandths ?? 0
                guard rise > step else { continue }
                let percent = (set.strength - before.strength) / before.strength * 100
                let weeks = max(1, ((before.week + 1)...max(before.week + 1, set.week)).count { !deloads.contains($0) })
                guard percent / Double(weeks) > limit else { continue }
                let previous = index > 0 ? series.weeks[index - 1].week : before.week
                jumps[series.exercise, default: []].append(Jump(series: series, before: before, after: set,
                                                                previousIsBest: previous == before.week, weeks: weeks, percent: percent))
            }
        }
        let sessionsByLift = Dictionary(grouping: allSeries, by: \.exercise).mapValues { Set($0.map(\.session)).count }
        return input.plan.exercises.compactMap { exercise in
            guard let found = jumps[exercise.id], let worst = found.max(by: { $0.perWeek < $1.perWeek }) else { return nil }
            let place = (sessionsByLift[exercise.id] ?? 0) > 1 ? " in \(worst.series.title)" : ""
            let more = found.count > 1 ? " (the largest of \(found.count) jumps)" : ""
            let anchor = input.anchors.sessionItems[worst.series.session].flatMap { items in
                worst.series.position < items.count ? items[worst.series.position] : nil
            }
            return .warning(code, "\(exercise.name)\(place) jumps more than \(input.settings.maxWeeklyLoadIncreasePercent)% in a week: \(Self.evidence(worst))\(more)",
                            at: anchor.map { $0.rule ?? $0.exercise } ?? input.anchors.rules[exercise.id]?.first ?? input.anchors.items[exercise.id]?.first ?? input.programAnchor)
        }
    }

    /// "week 2: top load 50 kg, up from 40 kg in week 1 (+25%)".
    static func evidence(_ jump: Jump) -> String {
        let when = jump.previousIsBest ? "in week \(jump.before.week)" : "the best before, in week \(jump.before.week)"
        let percent = "+\(Int(jump.percent.rounded()))%" + (jump.weeks > 1 ? " in \(jump.weeks) weeks" : "")
        if jump.before.reps == jump.after.reps {
            return "week \(jump.after.week): top load \(jump.after.load), up from \(jump.before.load) \(when) (\(percent))"
        }
        func set(_ top: TopSet) -> String { top.reps.map { "\(top.load) × \($0)" } ?? "\(top.load)" }
        return "week \(jump.after.week): top set \(set(jump.after)), up from \(set(jump.before)) \(when) (\(percent) by estimated one-rep max)"
    }

    /// Every loaded item of every session template, with its top set in each week it is done.
    static func series(_ athlete: AthletePlan) -> [Series] {
        struct Key: Hashable {
            var session: String
            var position: Int
            var exercise: String
        }
        // Each series is grown in place in the array; the dictionary only finds it.
        var found: [Key: Int] = [:]
        var all: [Series] = []
        for session in athlete.sessions {
            var position = 0
            for item in session.items {
                for prescription in item.prescriptions {
                    defer { position += 1 }
                    guard let top = topSet(prescription, week: session.week) else { continue }
                    let key = Key(session: session.session, position: position, exercise: prescription.exercise)
                    let index: Int
                    if let known = found[key] {
                        index = known
                    } else {
                        index = all.count
                        found[key] = index
                        all.append(Series(session: session.session, title: session.title, position: position, exercise: prescription.exercise))
                    }
                    if let last = all[index].weeks.last, last.week == top.week {
                        if last.strength < top.strength { all[index].weeks[all[index].weeks.count - 1] = top }
                    } else {
                        all[index].weeks.append(top)
                    }
                }
            }
        }
        return all
    }

    /// The prescription's strongest set (by estimated one-rep max), if it has a load.
    static func topSet(_ prescription: Prescription, week: Int) -> TopSet? {
        var best: TopSet?
        for set in prescription.sets where !set.isWarmUp {
            guard let load = set.load?.mass else { continue }
            let reps: Int? = switch set.reps {
            case .exactly(let count)?: count
            case .range(let lower, _)?: lower
            case .asManyAsPossible(let minimum)?: minimum
            case nil: nil
            }
            let candidate = TopSet(week: week, load: load, reps: reps)
            if best.map({ $0.strength < candidate.strength }) ?? true { best = candidate }
        }
        return best
    }
}
