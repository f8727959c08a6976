import Checker
import Diagnostics
import Foundation
import ICSBackend
import Planner
import RegimenKit
import RegimenPlan
import Testing

/// When logs arrive and the plan changes, the calendar updates in place: the same UIDs, and a
/// higher `SEQUENCE` on exactly the events whose numbers or status changed.
@Suite("iCalendar: rebuilding with a training log")
struct LoggedRebuildTests {
    static let program = """
    regimen: 1
    id: lp
    program: Linear progression
    start: 2027-01-04
    weeks: 2
    timezone: Europe/London
    athlete: Alex Morgan
    exercises:
      back-squat: {name: Back squat, kind: strength, bar: 20kg}
    sessions:
      s:
        title: Squat
        at: "18:00"
        items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}]
    schedule: {mon: s, wed: s, fri: s}
    """

    @Test func aFailureLoggedUpdatesLaterEventsInPlace() throws {
        let compiler = Compiler(sources: InMemorySources(["/p/lp.yaml": Array(Self.program.utf8)]))
        var program = try #require(compiler.check("/p/lp.yaml").program)
        let identity = CalendarIdentityTests()
        let before = try identity.render(Planner().plan(program), timestamp: 1_798_761_600).bytes

        // Monday done; Wednesday failed at 62.5 kg: Friday repeats 62.5 kg, and everything after moves down a step.
        let span = SourceSpan(file: "logs/alex.yaml", at: SourcePosition(line: 3, column: 1))
        func set(_ reps: Int, _ kg: Int64) -> LoggedSet { LoggedSet(reps: reps, load: .mass(Mass(thousandths: kg, unit: .kg)), span: span) }
        program.log = CheckedLog(sessions: [[
            LoggedSession(date: CivilDate(year: 2027, month: 1, day: 4)!, status: .done,
                          exercises: [LoggedExercise(exercise: 0, sets: [set(5, 60000), set(5, 60000), set(5, 60000)], span: span)], span: span),
            LoggedSession(date: CivilDate(year: 2027, month: 1, day: 6)!, status: .done,
                          exercises: [LoggedExercise(exercise: 0, sets: [set(5, 62500), set(4, 62500), set(3, 62500)], span: span)], span: span),
        ]])
        let after = try identity.render(Planner().plan(program), previous: before, timestamp: 1_798_848_000).bytes
        let (old, new) = (identity.events(before), identity.events(after))
        #expect(Set(old.keys) == Set(new.keys))
        #expect(new.count == 6)
        for (uid, lines) in new.sorted(by: { $0.key < $1.key }) {
            let changed = lines.filter { !$0.hasPrefix("DTSTAMP") && !$0.hasPrefix("SEQUENCE") }
                != old[uid]!.filter { !$0.hasPrefix("DTSTAMP") && !$0.hasPrefix("SEQUENCE") }
            #expect(identity.value(lines, "SEQUENCE") == (changed ? "1" : "0"), "\(uid)")
        }
        // The two sessions done carry their results' source and are unchanged in their numbers;
        // every later one changed (Friday from 65 to 62.5 kg, and so on, and each is projected).
        let friday = try #require(new["lp.alex-morgan.s.w1.3@regimen"])
        #expect(identity.value(friday, "SEQUENCE") == "1")
        #expect(identity.value(friday, "DESCRIPTION")?.contains("3×5 @ 62.5 kg") == true)
        #expect(identity.value(old["lp.alex-morgan.s.w1.3@regimen"], "DESCRIPTION")?.contains("3×5 @ 65 kg") == true)
    }
}
