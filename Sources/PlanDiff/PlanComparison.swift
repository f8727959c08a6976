import Checker
import RegimenPlan

/// Compares two versions of a program: what changes for the program and for each athlete.
///
/// Sessions are matched by identity (session, week and occurrence: what the calendar UID is
/// made of), never by date, so a session on another day reads as moved, not as one cancelled and
/// one added. Everything is matched through dictionaries, so the work grows with the number of
/// sessions, not with its square.
public enum PlanComparison {
    /// One version of a program: its plan and, when available, its checked program (the schedule
    /// and rules are compared from it).
    public struct Side: Sendable {
        public var plan: Plan
        public var program: CheckedProgram?

        public init(plan: Plan, program: CheckedProgram? = nil) {
            self.plan = plan
            self.program = program
        }
    }

    /// Compares `old` with `new`; a missing side makes every session added (no `old`) or
    /// cancelled (no `new`). `path` is how the program's file is shown.
    public static func compare(old: Side?, new: Side?, path: String) -> ProgramDiff {
        guard let shown = new ?? old else {
            return ProgramDiff(path: path, id: "", name: "", status: .unchanged, changes: [], athletes: [])
        }
        let oldPlan = old?.plan ?? shown.plan, newPlan = new?.plan ?? shown.plan
        var oldAthletes: [String: AthletePlan] = [:]
        for athlete in old?.plan.athletes ?? [] { oldAthletes[athlete.id] = athlete }
        var athletes: [AthleteDiff] = []
        var seen: Set<String> = []
        for athlete in new?.plan.athletes ?? [] {
            seen.insert(athlete.id)
            var comparison = AthleteComparison(old: oldAthletes[athlete.id], new: athlete, oldPlan: oldPlan, newPlan: newPlan)
            athletes.append(comparison.run())
        }
        for athlete in old?.plan.athletes ?? [] where !seen.contains(athlete.id) {
            var comparison = AthleteComparison(old: athlete, new: nil, oldPlan: oldPlan, newPlan: newPlan)
            athletes.append(comparison.run())
        }
        let changes = if let old, let new { ProgramComparison(old: old, new: new).run() } else { [Change]() }
        let status: ProgramDiff.Status = switch (old, new) {
        case (nil, _): .added
        case (_, nil): .removed
        default: changes.isEmpty && athletes.allSatisfy { $0.status == .unchanged } ? .unchanged : .changed
        }
        return ProgramDiff(
            path: path, id: shown.plan.program.id, name: shown.plan.program.name, status: status, changes: changes, athletes: athletes)
    }
}

extension ProgramDiff {
    /// The diff with only the athlete `id` (the program's own changes stay, since they concern
    /// every athlete); `nil` when the program has no such athlete on either side.
    public func only(athlete id: String) -> ProgramDiff? {
        guard let athlete = athletes.first(where: { $0.id == id }) else { return nil }
        var result = self
        result.athletes = [athlete]
        if result.status == .changed, changes.isEmpty, athlete.status == .unchanged { result.status = .unchanged }
        return result
    }
}
