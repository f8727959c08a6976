import Checker
import Diagnostics
import Foundation
import Planner
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
      easy-run: {name: Easy run, kind: cardio}
    """

    /// A program of one session `s` holding `item`, on the days of `schedule`, from Monday
    /// 4 January 2027, in UTC; `extra` adds top-level keys.
    static func oneSession(_ item: String, weeks: Int, extra: String = "", schedule: String = "{mon: s}") -> String {
        """
        start: 2027-01-04
        weeks: \(weeks)
        timezone: UTC
        \(extra)
        sessions:
          s:
            title: S
            items:
              - \(item)
        schedule: \(schedule)
        """
    }

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

/// Programs built with training logs written as `CheckedLog` values, as the log resolver makes
/// them: `"back-squat": "5,5,4 @ 100kg"` is three sets of 5, 5 and 4 reps at 100 kg.
enum TestLogs {
    /// The checked program of `header + body`, with no diagnostics allowed.
    static func program(_ body: String) throws -> CheckedProgram {
        let path = try TestPrograms.write(TestPrograms.header + "\n" + body)
        var compiler = Compiler()
        compiler.runsLints = false
        let outcome = compiler.check(path)
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        return try #require(outcome.program)
    }

    /// One logged session. `exercises` maps exercise ids to sets: each set's reps and the load
    /// (`"5,5,4 @ 100kg"`), `@ RPE 8` for the RPE of every set, `30s` for a hold, `25min` for a
    /// duration, `4.5km` for a distance, `x` for a
    /// skipped set, a `w` before warm-up sets, and `;` between runs of sets with other loads.
    static func session(
        _ date: String, _ session: String? = nil, in program: CheckedProgram, status: LoggedSession.Status = .done,
        _ exercises: KeyValuePairs<String, String> = [:], line: Int = 1
    ) -> LoggedSession {
        let span = SourceSpan(file: "logs/athlete.yaml", at: SourcePosition(line: line, column: 1))
        let logged = exercises.map { id, text in
            LoggedExercise(exercise: program.exercises.firstIndex { $0.id == id }!, sets: sets(text, span: span), span: span)
        }
        return LoggedSession(
            date: day(date), session: session.map { name in program.sessions.firstIndex { $0.id == name }! },
            status: status, exercises: logged, span: span)
    }

    /// `5,5,4 @ 100kg @ RPE 8`, `30s,20s`, with warm-ups before a `;` marked `w`.
    static func sets(_ text: String, span: SourceSpan) -> [LoggedSet] {
        text.split(separator: ";").flatMap { part -> [LoggedSet] in
            let pieces = part.split(separator: "@").map { $0.trimmingCharacters(in: .whitespaces) }
            var load: CheckedLoad?
            var rpe: Int?
            for piece in pieces.dropFirst() {
                if piece.lowercased().hasPrefix("rpe") {
                    rpe = Int((Double(piece.dropFirst(3).trimmingCharacters(in: .whitespaces))! * 10).rounded())
                } else {
                    let unit: MassUnit = piece.hasSuffix("lb") ? .lb : .kg
                    let number = Double(piece.dropLast(2))!
                    load = .mass(Mass(thousandths: Int64((number * 1000).rounded()), unit: unit))
                }
            }
            return pieces[0].split(separator: ",").map { entry in
                var value = entry.trimmingCharacters(in: .whitespaces)
                let warmUp = value.hasPrefix("w")
                if warmUp { value.removeFirst() }
                if value.hasSuffix("min") {
                    return LoggedSet(durationSeconds: Int(value.dropLast(3))! * 60, isWarmUp: warmUp, span: span)
                }
                if value.hasSuffix("km") {
                    return LoggedSet(distanceMeters: Int((Double(value.dropLast(2))! * 1000).rounded()), isWarmUp: warmUp, span: span)
                }
                if value.hasSuffix("s") {
                    return LoggedSet(holdSeconds: Int(value.dropLast())!, isWarmUp: warmUp, span: span)
                }
                if value == "x" { return LoggedSet(status: .skipped, span: span) }
                return LoggedSet(reps: Int(value)!, load: load, rpeTenths: rpe, isWarmUp: warmUp, span: span)
            }
        }
    }

    /// The plan of `program` with `sessions` logged for its first athlete.
    static func plan(_ program: CheckedProgram, _ sessions: [LoggedSession]) -> Plan {
        var withLog = program
        withLog.log = CheckedLog(sessions: [sessions] + Array(repeating: [], count: max(0, program.athletes.count - 1)))
        return Planner().plan(withLog)
    }
}

/// `2027-01-04` as a date.
func day(_ text: String) -> CivilDate {
    let parts = text.split(separator: "-").map { Int($0)! }
    return CivilDate(year: parts[0], month: parts[1], day: parts[2])!
}
