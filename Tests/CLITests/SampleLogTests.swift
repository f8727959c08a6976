import Foundation
import Testing

/// Every canonical program in `Programs/` built with its sample log (`Programs/logs/`) from the
/// command line, as a coach runs it — the log read from its file, in its own format — and the
/// sessions after the log compared with numbers worked out by hand from the program's published
/// rules (named in each program's opening comment and in docs/logs.md). Loads round to the
/// nearest step (5 lb; 2.5 kg), halfway going up.
@Suite("Programs: each canonical program built with its sample log")
struct SampleLogTests {
    static let programs = CLI.repositoryRoot + "/Programs"

    /// `regimen build Programs/PROGRAM.yaml --log Programs/logs/LOG --to json`, decoded.
    func build(_ program: String, log: String) throws -> BuiltPlan {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["build", Self.programs + "/\(program).yaml", "--log", Self.programs + "/logs/\(log)", "--to", "json", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "", "a sample log should build without a warning")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/\(program).json"))
        return try BuiltPlan(JSONDecoder().decode(BuiltPlan.File.self, from: data))
    }

    // MARK: Starting Strength — a stall, then 10% off

    @Test func startingStrength() throws {
        let plan = try build("starting-strength", log: "riley-chen-starting-strength.yaml")
        #expect(plan.logged() == 9)
        // The squat missed reps at 195 lb on 18, 20 and 22 January: three workouts running.
        let monday = try plan.session(on: "2027-01-25")
        #expect(monday.session == "workout-b" && monday.isProjected == true)
        #expect(monday.sets("back-squat") == "5@175 5@175 5@175")  // 195 × 0.9 = 175.5 → 175 (2.5 lb steps)
        #expect(monday.sets("bench-press") == "5@115 5@115 5@115")  // 110 on 20 Jan + 5 (weeks 1–6: +5 lb)
        #expect(monday.sets("deadlift") == "5@305")  // 295 on 22 Jan + 10 (weeks 3–6: +10 lb)
        let wednesday = try plan.session(on: "2027-01-27")
        #expect(wednesday.sets("back-squat") == "5@180 5@180 5@180")  // 175 + 5 (weeks 3–6: +5 lb)
        #expect(wednesday.sets("overhead-press") == "5@90 5@90 5@90")  // 85 on 22 Jan + 5
        #expect(wednesday.sets("deadlift") == "5@315")  // 305 + 10
    }

    // MARK: StrongLifts 5×5 — a missed rep repeats the weight

    @Test func strongLifts() throws {
        let plan = try build("stronglifts-5x5", log: "sam-okafor-strong.csv")
        #expect(plan.logged() == 1)
        // Monday's squat: 5, 5, 5, 4, 3 at 20 kg — not all reps.
        let wednesday = try plan.session(on: "2027-01-06")
        #expect(wednesday.session == "workout-b")
        #expect(wednesday.sets("back-squat") == Array(repeating: "5@20", count: 5).joined(separator: " "))  // repeated
        #expect(wednesday.sets("overhead-press") == Array(repeating: "5@20", count: 5).joined(separator: " "))  // its first session
        #expect(wednesday.sets("deadlift") == "5@40")  // its first session
        let friday = try plan.session(on: "2027-01-08")
        #expect(friday.sets("back-squat") == Array(repeating: "5@22.5", count: 5).joined(separator: " "))  // 20 + 2.5 after Wednesday
        #expect(friday.sets("bench-press") == Array(repeating: "5@22.5", count: 5).joined(separator: " "))  // 20 done + 2.5
        #expect(friday.sets("barbell-row") == Array(repeating: "5@32.5", count: 5).joined(separator: " "))  // 30 done + 2.5
    }

    /// The longer StrongLifts sample: three failed workouts in a row at a weight, then 10% off.
    @Test func strongLiftsDeloadsThePressAfterThreeFailures() throws {
        let plan = try build("stronglifts-5x5", log: "sam-okafor-stronglifts.yaml")
        #expect(plan.logged() == 14)
        // The press: 20, 22.5, 25, 27.5 kg made; 30 kg missed on 25 and 29 January and 3 February.
        let monday = try plan.session(on: "2027-02-08")
        #expect(monday.session == "workout-b")
        #expect(monday.sets("overhead-press") == Array(repeating: "5@27.5", count: 5).joined(separator: " "))  // 30 × 0.9 = 27 → 27.5
        #expect(monday.sets("deadlift") == "5@75")  // 70 on 3 Feb + 5
        // The squat missed once (45 kg on 27 Jan), repeated it, and went on: 50 on 3 Feb, 52.5, 55.
        #expect(monday.sets("back-squat") == Array(repeating: "5@55", count: 5).joined(separator: " "))
        #expect(try plan.session(on: "2027-02-12").sets("overhead-press") == Array(repeating: "5@30", count: 5).joined(separator: " "))  // 27.5 + 2.5
        let friday = try plan.session(on: "2027-02-05")
        #expect(friday.sets("bench-press") == Array(repeating: "5@37.5", count: 5).joined(separator: " "))  // 35 on 1 Feb + 2.5
        #expect(friday.sets("barbell-row") == Array(repeating: "5@47.5", count: 5).joined(separator: " "))  // 45 + 2.5
    }

    // MARK: GZCLP — stage changes on failure

    @Test func gzclp() throws {
        let plan = try build("gzclp", log: "morgan-diaz-gzclp.hevy.csv")
        #expect(plan.logged() == 9)
        // B1 on Monday 25 January: T1 press 37.5 + 2.5; T2 deadlift 75 + 5 (both made their reps).
        let b1 = try plan.session(on: "2027-01-25")
        #expect(b1.session == "b1")
        #expect(b1.sets("overhead-press") == "3@40 3@40 3@40 3@40 3+@40")
        #expect(b1.sets("deadlift") == "10@80 10@80 10@80")
        // A2: T1 bench 57.5 + 2.5; T2 squat 60 + 5; the pulldown's last set reached 25 at 40 kg on 22 Jan: +2.5.
        let a2 = try plan.session(on: "2027-01-27")
        #expect(a2.sets("bench-press") == "3@60 3@60 3@60 3@60 3+@60")
        #expect(a2.sets("back-squat") == "10@65 10@65 10@65")
        #expect(a2.sets("lat-pulldown") == "15@42.5 15@42.5 15+@42.5")
        // A1 on 1 February: the T1 squat failed 5×3+ at 90 kg (3, 3, 3, 2, 2): 6×2+ at the same 90 kg;
        // the T2 bench failed 3×10 at 45 kg (10, 10, 8): 3×8 at 45 kg.
        let a1 = try plan.session(on: "2027-02-01")
        #expect(a1.session == "a1")
        #expect(a1.sets("back-squat") == "2@90 2@90 2@90 2@90 2@90 2+@90")
        #expect(a1.sets("bench-press") == "8@45 8@45 8@45")
    }

    // MARK: 5/3/1 — a missed + set resets the training max

    @Test func fiveThreeOneResetsTheBenchAfterAMissedSingle() throws {
        let plan = try build("five-three-one", log: "alex-morgan-five-three-one.yaml")
        #expect(plan.logged() == 12)
        // Cycle 2 (week 5). The bench's 1+ set at 67.5 kg got 0 reps: 70 × 0.9 = 63 kg.
        let bench = try plan.session(on: "2027-02-02")
        #expect(bench.trainingMax("bench-press") == "63 kg")
        #expect(bench.sets("bench-press") == "5@40 5@47.5 5+@52.5")  // 40.95 → 40, 47.25 → 47.5, 53.55 → 52.5
        // The others made their + sets: +5 kg (lower) and +2.5 kg (upper).
        let squat = try plan.session(on: "2027-02-01")
        #expect(squat.trainingMax("back-squat") == "105 kg")
        #expect(squat.sets("back-squat") == "5@67.5 5@80 5+@90")  // 68.25 → 67.5, 78.75 → 80, 89.25 → 90
        let deadlift = try plan.session(on: "2027-02-04")
        #expect(deadlift.sets("deadlift") == "5@82.5 5@95 5+@107.5")  // 125 kg: 81.25, 93.75, 106.25, halfway up
        let press = try plan.session(on: "2027-02-05")
        #expect(press.sets("overhead-press") == "5@30 5@35 5+@40")  // 47.5 kg: 30.875 → 30, 35.625 → 35, 40.375 → 40
        // Double progression of the dumbbell row (bench and press days) from the reps done:
        // 12, 12, 12 at 22.5 kg on 19 Jan → 25 kg from 8; 9, 8, 8 on 22 Jan → 9 reps next.
        let deload = try plan.session(on: "2027-01-26")
        #expect(deload.sets("dumbbell-row") == "9@25 9@25 9@25")
        // The Romanian deadlift's weakest set on 18 Jan was 11: 12 next.
        #expect(try plan.session(on: "2027-01-25").sets("romanian-deadlift") == "12@50 12@50 12@50")
    }

    @Test func fiveThreeOneForBeginnersFromAStrongExport() throws {
        let plan = try build("five-three-one-beginners", log: "casey-park-531-beginners-strong.csv")
        // Casey (the second athlete, in pounds) logged cycle 1; Alex logged nothing.
        #expect(plan.logged(athlete: 1) == 9)
        #expect(plan.logged(athlete: 0) == 0)
        // The press's 1+ set at 100 lb on 20 January got 0 reps: 103.5 × 0.9 = 93.15 lb.
        let wednesday = try plan.session(on: "2027-01-27", athlete: 1)
        #expect(wednesday.trainingMax("overhead-press") == "93.15 lb")
        // 60.5475 → 60, 69.8625 → 70, 79.1775 → 80; First Set Last 5×5 at 60.
        #expect(wednesday.sets("overhead-press") == "5@60 5@70 5+@80 5@60 5@60 5@60 5@60 5@60")
        #expect(wednesday.trainingMax("deadlift") == "311.5 lb")  // 301.5 + 10
        // The squat made its + sets: 247.5 + 10 = 257.5 lb; 167.375 → 165, 193.125 → 195, 218.875 → 220.
        let monday = try plan.session(on: "2027-01-25", athlete: 1)
        #expect(monday.sets("back-squat") == "5@165 5@195 5+@220 5@165 5@165 5@165 5@165 5@165")
        #expect(monday.trainingMax("bench-press") == "171.5 lb")  // 166.5 + 5
    }

    @Test func boringButBigResetsTheSquat() throws {
        let plan = try build("boring-but-big", log: "jamie-fox-boring-but-big.yaml")
        #expect(plan.logged() == 12)
        // Week 3's squat single at 270 lb: 0 reps. Cycle 2 (week 5): 283.5 × 0.9 = 255.15 lb.
        let squat = try plan.session(on: "2027-02-05")
        #expect(squat.trainingMax("back-squat") == "255.15 lb")
        #expect(squat.sets("back-squat") == "5@165 5@190 5+@215")  // 165.85 → 165, 191.36 → 190, 216.88 → 215
        #expect(squat.sets("back-squat", occurrence: 1) == "10@130 10@130 10@130 10@130 10@130")  // 50%: 127.575 → 130
        // The press made its + sets: 121.5 + 5 = 126.5 lb. 82.225 → 80, 94.875 → 95, 107.525 → 110; 5×10 at 63.25 → 65.
        let press = try plan.session(on: "2027-02-01")
        #expect(press.sets("overhead-press") == "5@80 5@95 5+@110")
        #expect(press.sets("overhead-press", occurrence: 1) == "10@65 10@65 10@65 10@65 10@65")
        // The deadlift: 364.5 + 10 = 374.5 lb: 243.425 → 245; the bench: 202.5 + 5 = 207.5 lb: 134.875 → 135.
        #expect(try plan.session(on: "2027-02-02").sets("deadlift") == "5@245 5@280 5+@320")  // 280.875 → 280, 318.325 → 320
        #expect(try plan.session(on: "2027-02-04").sets("bench-press") == "5@135 5@155 5+@175")  // 155.625 → 155, 176.375 → 175
    }

    // MARK: nSuns — the 1+ set's reps move the training max

    @Test func nSunsByTheTable() throws {
        let plan = try build("nsuns-4-day", log: "taylor-brooks-nsuns.hevy.csv")
        #expect(plan.logged() == 4)
        // Tuesday's squat 1+ set: 4 reps (4–5: +10 lb): 283.5 → 293.5. Friday's front squat used it
        // already: 50% of 293.5 = 146.75 → 145.
        #expect(try plan.session(on: "2027-01-08").sets("front-squat").hasPrefix("5@145 5@175 3@205"))
        let tuesday = try plan.session(on: "2027-01-12")
        #expect(tuesday.trainingMax("back-squat") == "293.5 lb")
        #expect(tuesday.sets("back-squat").hasPrefix("5@220 5@250 1+@280"))  // 220.125 → 220, 249.475 → 250, 278.825 → 280
        // Thursday's bench 1+ set: 6 reps (6+: +15 lb): 202.5 → 217.5; Monday's volume bench reads it.
        let monday = try plan.session(on: "2027-01-11")
        #expect(monday.trainingMax("bench-press") == "217.5 lb")
        #expect(monday.sets("bench-press").hasPrefix("8@140 6@165 4@185"))  // 141.375 → 140, 163.125 → 165, 184.875 → 185
        // The press: +5 lb a week (121.5 → 126.5): 50% = 63.25 → 65.
        #expect(monday.sets("overhead-press").hasPrefix("6@65 5@75 3@90"))
        #expect(monday.sets("dumbbell-row") == "10@50 10@50 10@50")  // 10, 10, 9 logged: one more than the weakest
        #expect(tuesday.sets("leg-curl") == "8@65 8@65 8@65")  // 12, 12, 12 at 60 lb: +5 lb, from 8
        let thursday = try plan.session(on: "2027-01-14")
        #expect(thursday.sets("bench-press").hasPrefix("5@165 5@185 1+@205"))  // 163.125 → 165, 184.875 → 185, 206.625 → 205
        // Friday's deadlift 1+ set: 1 rep (0–1: +0): 364.5 stays.
        let friday = try plan.session(on: "2027-01-15")
        #expect(friday.trainingMax("deadlift") == "364.5 lb")
        #expect(friday.sets("deadlift").hasPrefix("5@275 5@310 1+@345"))  // 273.375 → 275, 309.825 → 310, 346.275 → 345
    }

    // MARK: Texas Method and Madcow

    @Test func texasMethodHoldsAMissedRecord() throws {
        let plan = try build("texas-method", log: "riley-chen-texas-method.yaml")
        #expect(plan.logged() == 6)
        // Friday's squat record: 275 lb made (→ 280), 280 lb missed (4 reps): week 3 stays on 280.
        let monday = try plan.session(on: "2027-01-18")
        #expect(monday.sets("back-squat") == "5@250 5@250 5@250 5@250 5@250")  // 90% of 280 = 252 → 250
        #expect(monday.sets("bench-press") == "5@185 5@185 5@185 5@185 5@185")  // bench record 200 made: 90% of 205 = 184.5 → 185
        #expect(monday.sets("deadlift") == "5@325")  // 315, 320 done: +5 a week
        let wednesday = try plan.session(on: "2027-01-20")
        #expect(wednesday.sets("back-squat") == "5@200 5@200")  // 72% of 280 = 201.6 → 200
        #expect(wednesday.sets("overhead-press") == "5@110 5@110 5@110")  // press record 130 made: 80% of 135 = 108 → 110
        let friday = try plan.session(on: "2027-01-22")
        #expect(friday.sets("back-squat") == "5@280")  // the record again
        #expect(friday.sets("power-clean") == "3@145 3@145 3@145 3@145 3@145")  // 135, 140 done: +5
    }

    @Test func madcowRepeatsAMissedWeek() throws {
        let plan = try build("madcow-5x5", log: "sam-okafor-madcow-strong.csv")
        #expect(plan.logged() == 6)
        // Week 2's bench top set at 200 lb: 3 reps. Its training max stays 199.875 lb (195 × 1.025).
        let monday = try plan.session(on: "2027-01-18")
        #expect(monday.sets("bench-press") == "5@100 5@125 5@150 5@175 5@200")  // 99.94, 124.92, 149.91, 174.89, 199.875
        // The squat made it: 281.875 × 1.025 = 288.92 lb: 144.46 → 145, 180.58 → 180, 216.69 → 215, 252.81 → 255, 290.
        #expect(monday.sets("back-squat") == "5@145 5@180 5@215 5@255 5@290")
        #expect(monday.sets("barbell-row").hasSuffix("5@185"))  // 179.375 × 1.025 = 183.86 → 185
        // Friday: the bench's triple at 102.5% of 199.875 = 204.87 → 205, the eight at 75% → 150.
        #expect(try plan.session(on: "2027-01-22").sets("bench-press").hasSuffix("3@205 8@150"))
    }

    // MARK: Reddit PPL

    @Test func redditPPL() throws {
        let plan = try build("reddit-ppl", log: "drew-patel-reddit-ppl.yaml")
        #expect(plan.logged() == 6)
        let monday = try plan.session(on: "2027-01-11")
        #expect(monday.sets("deadlift") == "5+@105")  // 7 at 100 kg: +5
        #expect(monday.sets("lat-pulldown") == "11@45 11@45 11@45")  // 11, 10, 10 on Thursday: weakest + 1
        #expect(monday.sets("cable-row") == "9@47.5 9@47.5 9@47.5")  // 12×3 at 45 → 47.5 from 8; then 9, 8, 8: 9
        #expect(try plan.session(on: "2027-01-12").sets("bench-press") == "5@62.5 5@62.5 5@62.5 5@62.5 5+@62.5")  // 60 made: +2.5
        #expect(try plan.session(on: "2027-01-13").sets("back-squat") == "5@75 5@75 5+@75")  // 70, 72.5 made: +2.5
        // Friday's press: 5, 5, 5, 4, 4 at 40 kg — not all reps: repeated.
        let friday = try plan.session(on: "2027-01-15")
        #expect(friday.sets("overhead-press") == "5@40 5@40 5@40 5@40 5+@40")
        #expect(friday.sets("bench-press") == "9@45 9@45 9@45")  // the volume bench: 8, 8, 8 → 9
    }

    // MARK: Hold-gated rehab

    @Test func runnerHipsHoldLongerOnlyOnceHeld() throws {
        let plan = try build("runner-hip-balance", log: "alex-morgan-runner-hips.yaml")
        #expect(plan.logged() == 14)
        // Week 2 asked 40 s; the second Saturday's last hold was 35 s: week 3 asks 40 s again.
        let tuesday = try plan.session(on: "2027-03-16", named: "post-run")
        #expect(tuesday.sets("kneeling-hip-flexor-stretch") == "40s 40s 40s")
        #expect(tuesday.sets("low-lunge") == "40s 40s")  // 30, 35 held: +5 s
        #expect(try plan.session(on: "2027-03-18").sets("side-plank") == "40s 40s 40s")  // 30, 35 held: +5 s
        let monday = try plan.session(on: "2027-03-15")
        #expect(monday.sets("romanian-deadlift") == "8@45 8@45 8@45")  // 40, 42.5 done: +2.5 a week
        #expect(monday.sets("hip-thrust") == "8@55 8@55 8@55")  // 12, 12, 12 at 50: +5 kg, from 8
        // Projected: 40 s, week 4 (deload) holds 40 s, 50, 60 s (the cap), then the harder variant,
        // the couch stretch, from week 7 (forecast without the log: week 6).
        let stretches = plan.athletes[0].sessions.filter { $0.session == "post-run" }.map { "\($0.items[0].exercise?.exercise ?? "") \($0.items[0].exercise?.sets.first?.holdSeconds ?? 0)" }
        #expect(stretches.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) == [
            "kneeling-hip-flexor-stretch 30", "kneeling-hip-flexor-stretch 40", "kneeling-hip-flexor-stretch 40", "kneeling-hip-flexor-stretch 40",
            "kneeling-hip-flexor-stretch 50", "kneeling-hip-flexor-stretch 60", "couch-stretch 30", "couch-stretch 40",
        ])
    }

    @Test func nordicHamstringProgrammeRepeatsAShortWeek() throws {
        let plan = try build("hamstring-nordic", log: "alex-morgan-nordic.yaml")
        #expect(plan.logged() == 6)
        // Week 3's Friday: 7, 6, 4 of 3×6–8. Week 4 repeats 3×6–8; week 5 moves to 3×8–10.
        #expect(try plan.session(on: "2027-03-22").sets("nordic-hamstring-curl") == "6-8 6-8 6-8")
        #expect(try plan.session(on: "2027-03-29").sets("nordic-hamstring-curl") == "8-10 8-10 8-10")
        // The stretch: 35 s, 30 s on 11 March: week 3 stays at 35 s, then, held, 40 s in week 4.
        #expect(try plan.session(on: "2027-03-15").sets("hamstring-stretch") == "35s 35s")
        #expect(try plan.session(on: "2027-03-22").sets("hamstring-stretch") == "40s 40s")
    }

    // MARK: Beginner full body — no rules: the log shows what was done, and changes nothing ahead

    @Test func beginnerFullBody() throws {
        let plan = try build("beginner-full-body", log: "casey-park-strong.csv")
        #expect(plan.logged() == 3)
        #expect(try plan.session(on: "2026-12-29").record?.status == "missed")  // the walk, not in the export
        #expect(try plan.session(on: "2027-01-04").sets("bench-press") == "8@65 8@65 8@65")  // as written
    }
}

/// The JSON plan, decoded as far as these tests read it.
struct BuiltPlan {
    struct File: Decodable { var athletes: [Athlete] }
    struct Athlete: Decodable { var sessions: [Session] }
    struct Record: Decodable { var status: String }
    struct Session: Decodable {
        var date: String
        var session: String
        var isProjected: Bool?
        var record: Record?
        var items: [Item]

        var prescriptions: [Prescription] { items.flatMap { $0.exercise.map { [$0] } ?? $0.group?.exercises ?? [] } }

        /// The work sets of the `occurrence`-th prescription of `exercise`: `5@100 5@100 5+@100`,
        /// `6-8 6-8`, `30s 30s`.
        func sets(_ exercise: String, occurrence: Int = 0) -> String {
            let found = prescriptions.filter { $0.exercise == exercise }
            guard found.indices.contains(occurrence) else { return "(no \(exercise))" }
            return found[occurrence].sets.filter { $0.warmUp != true }.map(\.text).joined(separator: " ")
        }

        func trainingMax(_ exercise: String) -> String? {
            prescriptions.first { $0.exercise == exercise }?.trainingMax.map { "\(Mass.text($0.amount)) \($0.unit)" }
        }
    }
    struct Item: Decodable {
        var exercise: Prescription?
        var group: Group?
    }
    struct Group: Decodable { var exercises: [Prescription] }
    struct Prescription: Decodable {
        var exercise: String
        var sets: [WorkSet]
        var trainingMax: Mass?
    }
    struct Mass: Decodable {
        var amount: Double
        var unit: String
        static func text(_ amount: Double) -> String {
            amount == amount.rounded() ? String(Int(amount)) : String(amount)
        }
    }
    struct Reps: Decodable { var min: Int; var max: Int?; var amrap: Bool? }
    struct Load: Decodable { var mass: Mass? }
    struct WorkSet: Decodable {
        var reps: Reps?
        var load: Load?
        var holdSeconds: Int?
        var warmUp: Bool?
        var text: String {
            var text = ""
            if let reps {
                text += "\(reps.min)"
                if reps.amrap == true { text += "+" } else if let max = reps.max, max != reps.min { text += "-\(max)" }
            }
            if let holdSeconds { text += "\(holdSeconds)s" }
            if let mass = load?.mass { text += "@" + Mass.text(mass.amount) }
            return text
        }
    }

    var athletes: [Athlete]
    init(_ file: File) { athletes = file.athletes }

    /// How many of the athlete's sessions the log covers (done, partly done or missed as logged).
    func logged(athlete: Int = 0) -> Int {
        athletes[athlete].sessions.count { $0.record.map { $0.status != "missed" } ?? false }
    }

    /// The athlete's session on `date` (the one with key `named` on a day with several).
    func session(on date: String, athlete: Int = 0, named: String? = nil) throws -> Session {
        try #require(athletes[athlete].sessions.first { $0.date == date && (named == nil || $0.session == named) }, "no session on \(date)")
    }
}
