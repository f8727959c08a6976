import Foundation
import PlanDiff
import RegimenPlan
import Testing

/// Plans built by hand, for what the example programs cannot show yet (warm-up sets, lifts
/// shared by several sessions, cardio targets) and for the schema's vocabulary.
@Suite("PlanDiff: plans compared")
struct PlanComparisonTests {
    static let start = CivilDate(year: 2027, month: 3, day: 1)!

    static func plan(_ sessions: [SessionInstance], weeks: Int = 2) -> Plan {
        let info = ProgramInfo(
            id: "club", name: "Club", coach: nil, notes: nil, weeks: weeks, units: .kg, phases: [],
            weekInfo: (1...weeks).map { WeekInfo(week: $0, phase: nil, isDeload: false, volumePercent: 100, intensityPercent: 100, progressionPaused: false) })
        let exercises = [
            ExerciseInfo(id: "back-squat", name: "Back squat", kind: .strength, targets: [], secondaryTargets: [], perSide: false, equipment: [], cues: []),
            ExerciseInfo(id: "easy-run", name: "Easy run", kind: .cardio, targets: [], secondaryTargets: [], perSide: false, equipment: [], cues: []),
        ]
        let athlete = AthletePlan(id: "alex", name: "Alex", startDate: start, timeZone: ZoneSnapshot(identifier: "UTC", periods: []),
                                  units: nil, trainingMaxes: [], sessions: sessions)
        return Plan(program: info, exercises: exercises, athletes: [athlete])
    }

    static func session(_ key: String, week: Int, day: Int, _ items: [PlannedItem]) -> SessionInstance {
        SessionInstance(
            identity: SessionIdentity(program: "club", athlete: "alex", session: key, week: week, occurrence: 1),
            date: start.adding(days: 7 * (week - 1) + day), week: week, phase: nil, isDeload: false, session: key, title: key,
            start: nil, utcOffset: 0, durationMinutes: 30, durationIsEstimate: true, estimatedMinutes: 30, kinds: [], location: nil,
            notes: nil, items: items)
    }

    /// Three work sets of five, after warm-ups of five at each mass given.
    static func squat(_ work: Int, warmUps: [Int] = []) -> PlannedItem {
        let warm = warmUps.map { WorkSet(reps: .exactly(5), load: Load(mass: Mass($0, .kg)), isWarmUp: true) }
        let sets = Array(repeating: WorkSet(reps: .exactly(5), load: Load(mass: Mass(work, .kg))), count: 3)
        return .exercise(Prescription(exercise: "back-squat", sets: warm + sets, restSeconds: 180, tempo: nil, side: nil, notes: nil,
                                      optional: false, lift: "squat"))
    }

    static func run(_ target: String) -> PlannedItem {
        .exercise(Prescription(exercise: "easy-run", sets: [WorkSet(durationSeconds: 1800, target: target)], restSeconds: nil, tempo: nil,
                               side: nil, notes: nil, optional: false))
    }

    static func compare(_ old: [SessionInstance], _ new: [SessionInstance]) -> AthleteDiff {
        let diff = PlanComparison.compare(old: .init(plan: plan(old)), new: .init(plan: plan(new)), path: "club.yaml")
        return diff.athletes[0]
    }

    @Test func warmUpsAreALineOfTheirOwn() {
        let athlete = Self.compare(
            [Self.session("a", week: 1, day: 0, [Self.squat(100, warmUps: [40, 60])])],
            [Self.session("a", week: 1, day: 0, [Self.squat(100, warmUps: [40, 60, 80])])])
        #expect(athlete.exercises.map(\.text) == ["week 1: Back squat warm-up 5 @ 40 kg, 5 @ 60 kg → 5 @ 40 kg, 5 @ 60 kg, 5 @ 80 kg"])
        #expect(athlete.exercises.first?.aspect == .warmUp)
    }

    @Test func oneLinePerLiftOverEverySessionItTouches() {
        // The same lift on Monday (heavy) and Thursday (light), both raised from week 2.
        let old = (1...2).flatMap { week in
            [Self.session("heavy", week: week, day: 0, [Self.squat(100)]), Self.session("light", week: week, day: 3, [Self.squat(80)])]
        }
        let new = (1...2).flatMap { week in
            [Self.session("heavy", week: week, day: 0, [Self.squat(week == 1 ? 100 : 105)]),
             Self.session("light", week: week, day: 3, [Self.squat(week == 1 ? 80 : 85)])]
        }
        let athlete = Self.compare(old, new)
        #expect(athlete.exercises.map(\.text) == ["week 2: Back squat load 100 kg → 105 kg, 80 kg → 85 kg (2 sessions)"])
        #expect(athlete.exercises.first?.lift == "squat")
        #expect(athlete.exercises.first?.fields == ["load"])
        #expect(athlete.counts.changed == 2)
    }

    @Test func cardioTargets() {
        let athlete = Self.compare([Self.session("run", week: 1, day: 1, [Self.run("zone 2")])],
                                   [Self.session("run", week: 1, day: 1, [Self.run("zone 3")])])
        #expect(athlete.exercises.map(\.text) == ["week 1: Easy run 30 min @ zone 2 → zone 3"])
        #expect(athlete.exercises.first?.fields == ["target"])
    }

    @Test func aSessionOnAnotherDayIsMovedNotReplaced() {
        let athlete = Self.compare([Self.session("run", week: 1, day: 1, [Self.run("zone 2")])],
                                   [Self.session("run", week: 1, day: 2, [Self.run("zone 2")])])
        #expect(athlete.counts.moved == 1 && athlete.counts.added == 0 && athlete.counts.cancelled == 0)
        #expect(athlete.sessions.map(\.text) == ["week 1: run moves Tuesday → Wednesday"])
    }

    /// The JSON schema names exactly the aspects the diff uses.
    @Test func theSchemaKnowsEveryAspect() throws {
        let root = String(#filePath[..<#filePath.range(of: "/Tests/")!.lowerBound])
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/schema/diff.schema.json"))) as? [String: Any]
        let change = ((schema?["$defs"] as? [String: Any])?["change"] as? [String: Any])?["properties"] as? [String: Any]
        let aspects = (change?["aspect"] as? [String: Any])?["enum"] as? [String]
        #expect(Set(aspects ?? []) == Set(ChangeAspect.allCases.map(\.rawValue)))
        let kinds = (change?["kind"] as? [String: Any])?["enum"] as? [String]
        #expect(Set(kinds ?? []) == Set(Change.Kind.allCases.map(\.rawValue)))
    }
}
