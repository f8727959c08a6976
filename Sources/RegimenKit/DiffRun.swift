import Dispatch
import PlanDiff
import RegimenPlan
import Synchronization

/// Compiles both sides of every program pair (several at once) and compares them. A side with
/// errors is not compared: it becomes a problem of the report, with its diagnostics, so that no
/// diff is presented as complete without it. Libraries and rosters are not programs and are
/// left out (what they change shows in the programs that use them).
public struct DiffRun: Sendable {
    public var inputs: DiffInputs
    public var jobs: Int

    public init(inputs: DiffInputs, jobs: Int = ParallelCheck.processorCount) {
        self.inputs = inputs
        self.jobs = max(1, jobs)
    }

    public struct Result: Sendable {
        public var report: DiffReport
        /// How each side with errors checked, to show its diagnostics with their source lines.
        public var failures: [Compiler.CheckOutcome]
    }

    /// One side of one pair, compiled.
    private struct Compiled: Sendable {
        var outcome: Compiler.CheckOutcome
        var plan: Plan?

        var isProgram: Bool { !outcome.isLibrary && !outcome.isRoster }
        var side: PlanComparison.Side? { plan.map { PlanComparison.Side(plan: $0, program: outcome.program) } }
    }

    public func run() -> Result {
        let compiled = compileAll()
        var report = DiffReport(oldLabel: inputs.oldLabel, newLabel: inputs.newLabel, programs: [])
        var failures: [Compiler.CheckOutcome] = []
        var sides: [(shown: String, old: PlanComparison.Side?, new: PlanComparison.Side?)] = []
        for (index, pair) in inputs.pairs.enumerated() {
            let old = compiled[2 * index].flatMap { $0.isProgram ? $0 : nil }
            let new = compiled[2 * index + 1].flatMap { $0.isProgram ? $0 : nil }
            guard old != nil || new != nil else { continue }
            var failed = false
            for (side, path, result) in [(DiffProblem.Side.old, pair.old, old), (.new, pair.new, new)] {
                guard let result, result.plan == nil, let path else { continue }
                failed = true
                failures.append(result.outcome)
                report.problems.append(DiffProblem(
                    path: pair.shown, side: side, message: "\(path) has errors, so it cannot be compared",
                    diagnostics: result.outcome.diagnostics))
            }
            if !failed { sides.append((pair.shown, old?.side, new?.side)) }
        }
        report.programs = Self.pairedByID(sides).map { PlanComparison.compare(old: $0.old, new: $0.new, path: $0.shown) }
        return Result(report: report, failures: failures)
    }

    /// A program only on the old side and one only on the new side with the same `id` are the
    /// same program moved to another file: its calendar events keep their UIDs, so it is compared
    /// as one.
    private static func pairedByID(
        _ sides: [(shown: String, old: PlanComparison.Side?, new: PlanComparison.Side?)]
    ) -> [(shown: String, old: PlanComparison.Side?, new: PlanComparison.Side?)] {
        var onlyNew: [String: Int] = [:]
        for (index, entry) in sides.enumerated() where entry.old == nil {
            if let id = entry.new?.plan.program.id, onlyNew[id] == nil { onlyNew[id] = index }
        }
        var result = sides
        var merged: Set<Int> = []
        for (index, entry) in sides.enumerated() where entry.new == nil {
            guard let id = entry.old?.plan.program.id, let partner = onlyNew.removeValue(forKey: id) else { continue }
            result[index] = ("\(entry.shown) → \(sides[partner].shown)", entry.old, sides[partner].new)
            merged.insert(partner)
        }
        return result.enumerated().filter { !merged.contains($0.offset) }.map(\.element)
    }

    /// Both sides of every pair, compiled on up to `jobs` threads: `[2i]` old, `[2i + 1]` new.
    private func compileAll() -> [Compiled?] {
        let tasks = inputs.pairs.flatMap { [($0.old, inputs.old), ($0.new, inputs.new)] }
        let results = Mutex([Compiled?](repeating: nil, count: tasks.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, tasks.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < tasks.count else { return }
                guard let path = tasks[index].0 else { continue }
                var compiler = tasks[index].1
                compiler.runsLints = false
                let (outcome, plan) = compiler.compile(path)
                results.withLock { $0[index] = Compiled(outcome: outcome, plan: plan) }
            }
        }
        return results.withLock { $0 }
    }
}
