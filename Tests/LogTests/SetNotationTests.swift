import Diagnostics
import LogChecker
import Testing
import TrainingLog

/// The compact set notation, case by case: what each form means, and where a mistake is shown.
@Suite("Training logs: the set notation")
struct SetNotationTests {
    static let placement = SetNotation.Placement(
        span: SourceSpan(file: "log.yaml", start: SourcePosition(line: 3, column: 10), end: SourcePosition(line: 3, column: 60)),
        firstCharacter: SourcePosition(line: 3, column: 10))

    /// The sets as `reps/seconds/metres @ load rpe` words, or the error with its column.
    func read(_ text: String) -> String {
        switch SetNotation.parse(text, at: Self.placement) {
        case .failure(let diagnostic):
            return "error at \(diagnostic.span?.start.column ?? 0): \(diagnostic.message)"
        case .success(let sets):
            return sets.map { set in
                if set.status == .skipped { return "skip" }
                var parts: [String] = []
                if let reps = set.reps { parts.append("\(reps)") }
                if let distance = set.distance { parts.append("\(distance.value.thousandths)/1000\(distance.value.unit?.rawValue ?? "")") }
                if let seconds = set.seconds { parts.append("\(seconds)s") }
                switch set.load?.value {
                case .mass(let thousandths, let unit)?: parts.append("@\(thousandths)\(unit?.rawValue ?? "?")")
                case .bodyweight(let added)?: parts.append("@bw" + (added.map { "+\($0.thousandths)\($0.unit.rawValue)" } ?? ""))
                case nil: break
                }
                if let rpe = set.rpeTenths { parts.append("rpe\(rpe)") }
                if set.isWarmUp { parts.append("wu") }
                return parts.joined(separator: " ")
            }.joined(separator: " | ")
        }
    }

    @Test func repsAtALoad() {
        #expect(read("5,5,7 @ 100kg") == "5 @100000kg | 5 @100000kg | 7 @100000kg")
        #expect(read("5, 5, 7@100 kg") == "5 @100000kg | 5 @100000kg | 7 @100000kg")
        #expect(read("5 @ 102.5kg") == "5 @102500kg")
        #expect(read("5,5 @ 225lbs") == "5 @225000lb | 5 @225000lb")
        #expect(read("5,5 @ 100") == "5 @100000? | 5 @100000?")
    }

    @Test func setsTimesReps() {
        #expect(read("3x5 @ 100kg") == "5 @100000kg | 5 @100000kg | 5 @100000kg")
        #expect(read("3 × 5 @ 100kg") == "5 @100000kg | 5 @100000kg | 5 @100000kg")
        #expect(read("2X8") == "8 | 8")
    }

    @Test func effort() {
        #expect(read("3x5 @ 100kg rpe 8") == "5 @100000kg rpe80 | 5 @100000kg rpe80 | 5 @100000kg rpe80")
        #expect(read("5,5,4 @ 100kg RPE 7,8,9.5") == "5 @100000kg rpe70 | 5 @100000kg rpe80 | 4 @100000kg rpe95")
        #expect(read("8 @ bw rir 2") == "8 @bw rpe80")
    }

    @Test func warmUpsSkipsAndGroups() {
        #expect(read("warm-up 2x5 @ 60kg; 5,-,5 @ 100kg") == "5 @60000kg wu | 5 @60000kg wu | 5 @100000kg | skip | 5 @100000kg")
        #expect(read("5 @ 60kg warm-up; 5 @ 100kg") == "5 @60000kg wu | 5 @100000kg")
        #expect(read("5, skip @ 100kg") == "5 @100000kg | skip")
    }

    @Test func holdsDurationsAndDistances() {
        #expect(read("3x30s") == "30s | 30s | 30s")
        #expect(read("30s, 25s") == "30s | 25s")
        #expect(read("1min30s") == "90s")
        #expect(read("1 min 30 s") == "90s")
        #expect(read("20min") == "1200s")
        #expect(read("45 s, 2 min") == "45s | 120s")
        #expect(read("0s").hasPrefix("error at 10: `0s` is not reps, a time"))
        #expect(read("5km in 28:40") == "5000/1000km 1720s")
        #expect(read("3.1mi in 1:05:00") == "3100/1000mi 3900s")
        #expect(read("4x400m in 90s") == "400000/1000m 90s | 400000/1000m 90s | 400000/1000m 90s | 400000/1000m 90s")
        #expect(read("40m @ 32kg") == "40000/1000m @32000kg")
    }

    @Test func bodyweight() {
        #expect(read("8,8,6 @ bw+10kg") == "8 @bw+10000kg | 8 @bw+10000kg | 6 @bw+10000kg")
        #expect(read("10 @ bodyweight") == "10 @bw")
    }

    @Test func mistakesArePointedAt() {
        #expect(read("5,5,7 at 100kg") == "error at 16: write the load after `@`, like `5,5,7 @ 100kg`")
        #expect(read("5,-5,5 @ 100kg") == "error at 12: reps cannot be negative (`-5`); write `-` alone for a skipped set")
        #expect(read("5.5 @ 100kg") == "error at 10: reps are whole numbers; `5.5` is not (a time or distance needs its unit, like `30s` or `5km`)")
        #expect(read("5 @ 100st") == "error at 17: `st` is not a unit of load; write `kg` or `lb`")
        #expect(read("5 @ 0kg") == "error at 14: a load must be more than 0 and at most 1000 (kg or lb); `0kg` is out of range")
        #expect(read("5,5 @ 100kg rpe 7,8,9") == "error at 22: 3 RPE values for 2 sets; give one for every set, or one for all")
        #expect(read("5 @ 100kg rpe 11") == "error at 24: RPE must be from 1 to 10 in steps of 0.5, like `7.5`, not `11`")
        #expect(read("5 @ 100kg rir 12") == "error at 24: reps in reserve must be a whole number from 0 to 9, not `12`")
        #expect(read("5km in fast") == "error at 17: after `in` comes a time, like `25:30` or `25min30s`")
        #expect(read("25:75") == "error at 10: `25:75` is not a time; write minutes and seconds like `25:30`, or `1:05:30`")
        #expect(read("") == "error at 10: no sets are given")
        #expect(read("five") == "error at 10: expected reps, a time or a distance, found `five`")
        #expect(read("5 @ 100kg; ; 3") == "error at 21: expected reps, a time or a distance, found `;`")
        #expect(read("0x5") == "error at 10: `0` sets: the number of sets must be a whole number from 1 to 100")
        #expect(read("101x5").hasPrefix("error at 10: `101` sets"))
    }
}
