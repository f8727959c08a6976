import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// Compiles a program given as text, through the whole front end, for tests.
enum TestPrograms {
    static let header = """
    regimen: 1
    program: Test
    exercises:
      glute-bridge: {name: Glute bridge, kind: strength}
      low-lunge: {name: Low lunge, kind: mobility, per-side: true}
      back-squat: {name: Back squat, kind: strength, bar: 20kg}
      bench-press: {name: Bench press, kind: strength, bar: 45lb}
      dumbbell-row: {name: Dumbbell row, kind: strength, per-side: true}
      kneeling-hip-flexor-stretch: {name: Kneeling hip flexor stretch, kind: mobility, per-side: true, harder: couch-stretch}
      couch-stretch: {name: Couch stretch, kind: mobility, per-side: true, harder: elevated-couch-stretch}
      elevated-couch-stretch: {name: Elevated couch stretch, kind: mobility, per-side: true}
      micro-lift: {name: Micro lift, kind: strength, rounding: 1.25kg}
    """

    /// Writes `text` to a fresh temporary folder as `name.yaml` and returns its path.
    static func write(_ text: String, name: String = "program") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(name).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The plan of a program built from `header` plus `body`; fails the test on any diagnostic
    /// (the coaching lints are not run).
    static func plan(_ body: String, name: String = "program") throws -> Plan {
        let path = try write(header + "\n" + body, name: name)
        var compiler = Compiler()
        compiler.runsLints = false  // these tests are about planning; the lints have tests of their own
        let (outcome, plan) = compiler.compile(path)
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        return try #require(plan)
    }
}

/// Reading a plan's numbers back for assertions.
extension Plan {
    /// The prescriptions of `exercise` (by the item's original exercise or its variant) for the
    /// first athlete, in session order.
    func prescriptions(of exercise: String, athlete: Int = 0) -> [Prescription] {
        athletes[athlete].sessions.flatMap { session in
            session.items.flatMap(\.prescriptions).filter { $0.exercise == exercise || $0.advancedFrom == exercise }
        }
    }
}

extension Prescription {
    /// `3×8 @ 40 kg`-style summary of the sets, for compact expectations: each set as
    /// `reps@load`, joined with spaces.
    var setsText: String {
        sets.map { set in
            var text = set.reps?.description ?? ""
            if let hold = set.holdSeconds { text += "\(hold)s" }
            if let mass = set.load?.mass { text += "@\(mass.amountText)\(mass.unit.rawValue)" }
            return text
        }.joined(separator: " ")
    }
}
