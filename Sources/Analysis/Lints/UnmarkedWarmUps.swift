import Diagnostics
import RegimenPlan

/// W523: lighter sets logged before an exercise's work sets, more sets than planned, and none of
/// them marked as warm-ups. They are read as work sets, so a session done as planned can count
/// as failed (a ramp of `5 @ 60kg; 3 @ 80kg` before `5,5,5 @ 100kg` is five work sets, two of them
/// short of the load). Reported once per athlete and exercise, at the first session it happens.
struct UnmarkedWarmUps: Lint {
    var code: DiagnosticCode { .unmarkedWarmUps }

    /// A logged set this much lighter than the lightest planned work set is not one of them
    /// (the tolerance of plate rounding and unit conversion).
    static let lighterBy = 0.025

    /// Where the lint found such sets: the first session, and how many sessions in all.
    struct Finding {
        var date: CivilDate
        var count: Int
        var lighter: [Mass]
        /// The first light set's reps, for the example of how to mark it.
        var firstReps: Int?
        var planned: Mass
        var sessions = 1
    }

    func findings(in input: LintInput) -> [Diagnostic] {
        input.plan.athletes.filter(LogAnalysis.hasLogs).flatMap { athlete in
            var found: [String: Finding] = [:]
            var order: [String] = []
            for session in athlete.sessions {
                guard let record = session.record, record.status != .missed else { continue }
                for prescription in session.items.flatMap(\.prescriptions) {
                    guard let finding = Self.finding(prescription, on: record.doneOn ?? session.date) else { continue }
                    if found[prescription.exercise] == nil {
                        found[prescription.exercise] = finding
                        order.append(prescription.exercise)
                    } else {
                        found[prescription.exercise]?.sessions += 1
                    }
                }
            }
            let who = input.who(athlete)
            return order.compactMap { exercise -> Diagnostic? in
                guard let finding = found[exercise] else { return nil }
                let sets = finding.count == 1 ? "1 set" : "\(finding.count) sets"
                let loads = finding.lighter.map(\.description).joined(separator: ", ")
                let more = finding.sessions > 1 ? " (and in \(finding.sessions - 1) more session\(finding.sessions == 2 ? "" : "s"))" : ""
                let example = "warm-up " + (finding.firstReps.map { "\($0) @ " } ?? "") + "\(finding.lighter[0])"
                return .warning(code,
                    "\(input.name(exercise))\(who) on \(finding.date): \(sets) at \(loads), lighter than the planned \(finding.planned), logged before the work sets\(more) "
                        + "and read as work sets; if they were warm-ups, mark them so (`\(example)`)",
                    at: input.logSpan(athlete: athlete.id, date: finding.date))
            }
        }
    }

    /// The leading surplus of logged work sets, when every one of them is lighter than the
    /// lightest planned work set.
    static func finding(_ prescription: Prescription, on date: CivilDate) -> Finding? {
        guard let done = prescription.done else { return nil }
        let work = prescription.sets.filter { !$0.isWarmUp }
        let planned = work.compactMap { $0.load?.mass }
        // Only where every planned work set has a load to compare with.
        guard !planned.isEmpty, planned.count == work.count else { return nil }
        let logged = done.filter { !$0.isWarmUp && $0.status != .skipped }
        let surplus = logged.count - planned.count
        guard surplus > 0 else { return nil }
        guard let lightest = planned.min(by: { kilograms($0) < kilograms($1) }) else { return nil }
        let leading = logged.prefix(surplus).map { $0.load?.mass }
        let lighter = leading.compactMap { $0 }
        guard lighter.count == surplus, lighter.allSatisfy({ kilograms($0) < kilograms(lightest) * (1 - lighterBy) }) else { return nil }
        return Finding(date: date, count: surplus, lighter: lighter, firstReps: logged.first?.reps, planned: lightest)
    }

    static func kilograms(_ mass: Mass) -> Double { Double(mass.converted(to: .kg).thousandths) / 1000 }
}
