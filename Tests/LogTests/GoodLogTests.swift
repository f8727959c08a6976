import Checker
import Diagnostics
import LogChecker
import RegimenKit
import Testing

/// Logs in every format read and resolved against the test program, compared with what the
/// files say, worked out by hand.
@Suite("Training logs: reading and resolving")
struct GoodLogTests {
    func resolved(_ log: String) -> [String] {
        let outcome = Fixtures.check(logs: [Fixtures.root + "/good/" + log])
        #expect(Fixtures.summaryLines(outcome.diagnostics) == [], "\(log)")
        return Fixtures.summary(outcome)
    }

    @Test func yamlLog() {
        #expect(resolved("alex.yaml") == [
            "alex-morgan 2027-03-01 07:05 strength-a done — Slept badly",
            "  back-squat: 5 @ 60 kg warm-up, 5 @ 60 kg warm-up, 5 @ 100 kg RPE 8, 5 @ 100 kg RPE 8, 5 @ 100 kg RPE 8",
            "  plank: 30 s hold, 30 s hold, 30 s hold",
            "alex-morgan 2027-03-03 strength-b partial",
            "  bench-press: 5 @ 70 kg RPE 7, 5 @ 70 kg RPE 8, 4 @ 70 kg RPE 9.5",
            "  romanian-deadlift: 8 @ 60 kg, 8 @ 60 kg RPE 8, 6 @ 60 kg partial (grip gave out)",
            "  kneeling-hip-flexor-stretch: 30 s hold, 25 s hold",
            "alex-morgan 2027-03-06 run done",
            "  easy-run: 5 km in 28 min 40 s",
            "alex-morgan 2027-03-08 strength-a skipped — Sick",
        ])
    }

    @Test func strongCommaExportWithoutUnitsTakesTheProgramUnits() {
        #expect(resolved("strong-comma.csv") == [
            "alex-morgan 2027-03-01 07:02 strength-a done",
            "  back-squat: 5 @ 60 kg warm-up, 5 @ 100 kg RPE 8, 5 @ 100 kg RPE 8.5, 4 @ 100 kg RPE 9.5 — Last rep, no",
            "  plank: 30 s hold, 30 s hold",
            "alex-morgan 2027-03-03 18:30 strength-b done — Gym was packed",
            "  bench-press: 5 @ 70 kg, 5 @ 70 kg",
            "  romanian-deadlift: 8 @ 60 kg",
        ])
    }

    @Test func strongSemicolonExportWithUnitColumns() {
        #expect(resolved("strong-semicolon.csv") == [
            "alex-morgan 2027-03-01 07:02 strength-a done",
            "  back-squat: 5 @ 100 kg RPE 8, 5 @ 100 kg, 3 @ 102.5 kg RPE 9.5 — Felt; heavy",
            "alex-morgan 2027-03-05 17:45 run done — Windy\nalong the river",
            "  easy-run: 5.2 km in 28 min 30 s",
        ])
    }

    @Test func strongExportWithUnitsInTheHeader() {
        #expect(resolved("strong-units.csv") == [
            "alex-morgan 2027-03-01 07:00 strength-a done",
            "  back-squat: 5 @ 225 lb, 5 @ 225 lb, 5 @ 225 lb",
            "alex-morgan 2027-03-05 07:00 run done",
            "  easy-run: 4.989 km in 30 min",
        ])
    }

    /// Strong's newer export as found in the wild: every field quoted, semicolons, CRLF, decimal
    /// commas, units in the header, warm-ups marked `W`.
    @Test func strongQuotedSemicolonExportWithUnitsInTheHeader() {
        #expect(resolved("strong-quoted-semicolon.csv") == [
            "alex-morgan 2027-03-01 07:00 strength-a done",
            "  back-squat: 5 @ 60 kg warm-up, 5 @ 102.5 kg RPE 8, 5 @ 102.5 kg RPE 8.5",
            "alex-morgan 2027-03-05 07:00 run done",
            "  easy-run: 5 km in 30 min",
        ])
    }

    @Test func hevyExportInKilograms() {
        #expect(resolved("hevy-kg.csv") == [
            "alex-morgan 2027-03-01 07:06 strength-a done",
            "  back-squat: 5 @ 60 kg warm-up, 5 @ 100 kg RPE 8, 5 @ 100 kg RPE 8.5, 3 @ 100 kg RPE 10 (to failure) — Knees caved, \"fix\" next time",
            "  plank: 45 s hold",
            "alex-morgan 2027-03-03 18:02 strength-b done — Long day",
            "  bench-press: 5 @ 70 kg",
        ])
    }

    @Test func hevyExportInPounds() {
        #expect(resolved("hevy-lb.csv") == [
            "alex-morgan 2027-03-01 07:06 strength-a done",
            "  back-squat: 5 @ 225 lb, 8 @ 185 lb (drop set)",
            "alex-morgan 2027-03-05 06:30 run done",
            "  easy-run: 5.005 km in 31 min",
        ])
    }

    @Test func anAthletesOwnDaysAndSwapsAreHowSessionsAreMatched() {
        // Sam does Monday's session on Tuesday, and goblet squats instead of back squats.
        let outcome = Fixtures.check(Fixtures.team, logs: [Fixtures.root + "/good/team-sam.yaml"])
        #expect(Fixtures.summaryLines(outcome.diagnostics) == [])
        #expect(Fixtures.summary(outcome) == [
            "sam 2027-03-09 strength-a done",
            "  goblet-squat: 10 @ 24 kg, 10 @ 24 kg, 10 @ 24 kg",
            "  plank: 30 s hold, 30 s hold, 30 s hold",
            // A Thursday, when Sam has nothing planned: the swapped squat says which session it was.
            "sam 2027-03-18 strength-a done",
            "  goblet-squat: 10 @ 26 kg, 10 @ 26 kg, 10 @ 26 kg",
        ])
    }
}
