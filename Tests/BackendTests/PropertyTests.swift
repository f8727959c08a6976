import Foundation
import ICSBackend
import JSONBackend
import RegimenKit
import RegimenPlan
import Testing

/// Properties over random valid programs, generated from a fixed seed so that any failure can be
/// replayed: every generated spec compiles without errors; building twice gives the same bytes
/// from every backend; the JSON output decodes back into the same Plan; every calendar conforms.
@Suite("Properties of random valid programs")
struct PropertyTests {
    static let count = 150

    @Test("random programs", arguments: 0..<count)
    func randomProgram(seed: Int) throws {
        var generator = SpecGenerator(seed: UInt64(seed))
        let text = generator.program()
        let compiler = Compiler(sources: InMemorySources(["/p/program.yaml": Array(text.utf8)]))
        let (outcome, compiled) = compiler.compile("/p/program.yaml")
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "seed \(seed):\n\(errors.map(\.summaryLine).joined(separator: "\n"))\n\(text)")
        guard let plan = compiled else { return }
        let second = try #require(Compiler(sources: InMemorySources(["/p/program.yaml": Array(text.utf8)])).compile("/p/program.yaml").plan)
        #expect(plan == second, "seed \(seed): two compilations gave different plans")
        for backend in BackendRegistry.builtIn.backends {
            let first = try Golden.render(plan, with: backend)
            let again = try Golden.render(second, with: backend)
            #expect(first == again, "seed \(seed): \(backend.name) output differs between two builds")
            if backend.name == "ics" {
                for file in first { #expect(ICSConformance.problems(in: file.contents) == [], "seed \(seed): \(file.path)") }
            }
        }
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(JSONBackend.encode(plan)))
        #expect(decoded == plan, "seed \(seed): the JSON does not decode into the same plan")
    }
}

/// SplitMix64: small, fast, and the same sequence on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes random programs that are valid by construction: every reference resolves, every rule
/// fits its item, every percentage has a training max.
struct SpecGenerator {
    var random: SplitMix64
    /// Items with rules of their own get lifts of their own: items sharing a lift must start alike.
    var items = 0

    init(seed: UInt64) {
        random = SplitMix64(state: seed &* 7919 &+ 17)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }

    struct Exercise {
        var id: String
        var kind: String
        var perSide: Bool
        var harder: String?
    }

    mutating func program() -> String {
        let weeks = int(1...14)
        let start = "\(int(2025...2028))-\(pad(int(1...12)))-\(pad(int(1...28)))"
        let zones = ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo", "America/Sao_Paulo"]
        let units = pick(["kg", "lb"])
        var exercises: [Exercise] = []
        for index in 0..<int(3...8) {
            exercises.append(Exercise(id: "ex\(index)", kind: pick(["strength", "mobility", "core", "cardio", "recovery"]), perSide: chance(30), harder: nil))
        }
        for index in 0..<exercises.count - 1 where chance(30) { exercises[index].harder = exercises[index + 1].id }
        let withRoster = chance(50)
        var text = "regimen: 1\nid: random\nprogram: Random \(int(1...999))\nstart: \(start)\nweeks: \(weeks)\n"
        text += "timezone: \(pick(zones))\nunits: \(units)\n"
        if chance(30) { text += "rounding: \(pick(["2.5kg", "[1.25kg, 2.5lb]", "{step: 5kg, direction: down}", "{step: 2kg, direction: up}"]))\n" }
        text += "exercises:\n"
        for exercise in exercises {
            text += "  \(exercise.id): {name: \"Exercise \(exercise.id) ; , \\\\ é\", kind: \(exercise.kind), per-side: \(exercise.perSide)"
            if let harder = exercise.harder { text += ", harder: \(harder)" }
            if chance(30) { text += ", bar: 20kg" }
            text += ", cues: [\"Cue, with; punctuation\"]}\n"
        }
        if withRoster {
            text += "athletes:\n"
            for index in 0..<int(1...3) {
                text += "  - name: Athlete \(index)\n    timezone: \(pick(zones))\n"
                if chance(50) { text += "    units: \(pick(["kg", "lb"]))\n" }
                text += "    training-max: {" + exercises.map { "\($0.id): \(int(20...200))\(pick(["kg", "lb"]))" }.joined(separator: ", ") + "}\n"
            }
        }
        if weeks >= 4, chance(40) {
            text += "phases:\n  - {name: First, weeks: 1-\(weeks / 2)}\n  - {name: Lighter, weeks: \(weeks / 2 + 1), volume: \(int(40...90))%, intensity: \(int(60...95))%}\n"
        } else if weeks >= 3, chance(30) {
            text += "deload: {every: \(int(2...weeks))}\n"
        }
        let sessionCount = int(1...4)
        text += "sessions:\n"
        for session in 0..<sessionCount {
            text += "  s\(session):\n    title: \"Session \(session)\"\n"
            if chance(70) { text += "    at: \"\(pad(int(0...23))):\(pad(pick([0, 15, 30, 45])))\"\n" }
            if chance(50) { text += "    duration: \(int(10...120))min\n" }
            if chance(30) { text += "    location: \"Gym, room \(int(1...9))\"\n" }
            text += "    items:\n"
            for _ in 0..<int(1...5) {
                if chance(20) {
                    text += "      - \(pick(["superset", "circuit"])):\n"
                    for _ in 0..<int(2...3) { text += "          - " + item(exercises, inGroup: true, roster: withRoster) + "\n" }
                    text += "        rounds: \(int(1...5))\n"
                    if chance(50) { text += "        rest: \(int(0...120))s\n" }
                } else {
                    text += "      - " + item(exercises, inGroup: false, roster: withRoster) + "\n"
                }
            }
        }
        let rotates = sessionCount >= 2 && chance(25)
        if rotates { text += "rotations:\n  turns: [s0, s1]\n" }
        text += "schedule:\n"
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        var scheduled: Set<Int> = []
        for day in days where chance(50) || (day == "sun" && scheduled.isEmpty) {
            let sessions = (0..<int(1...2)).map { _ in int(0...sessionCount - 1) }
            scheduled.formUnion(sessions)
            let names = sessions.map { rotates && $0 < 2 ? "turns" : "s\($0)" }
            text += "  \(day): [" + names.joined(separator: ", ") + "]\n"
        }
        return text
    }

    /// One item, with a rule that fits it.
    mutating func item(_ exercises: [Exercise], inGroup: Bool, roster: Bool) -> String {
        let exercise = pick(exercises)
        var fields = ["exercise: \(exercise.id)"]
        if !inGroup { fields.append("sets: \(int(1...6))") }
        if roster, !inGroup, chance(15) {
            return "{exercise: \(exercise.id), progress: {wave: 5/3/1, increase: +\(pick(["2.5kg", "5lb"]))}}"
        }
        items += 1
        if !inGroup, chance(10) {
            // Set groups, with a warm-up now and then.
            let load = roster && chance(50) ? "\(int(40...90))%" : "\(int(20...150))kg"
            var groups = "sets: [\(int(1...3))x\(int(1...8))+ @ \(load), \(int(1...4))x\(int(3...10)) @ -\(int(5...20))%]"
            if chance(30) { groups = "sets: \(int(1...5))x\(int(1...12)) @ \(load)" }
            fields = ["exercise: \(exercise.id)", groups, "lift: i\(items)"]
            if chance(50) { fields.append("warm-up: standard") }
            if !load.hasSuffix("%"), chance(50) { fields.append("progress: {load: +\(pick(["2.5kg", "5lb"])), every: session}") }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        switch int(0...3) {
        case 0:
            let load = roster && chance(30) ? "\(int(40...90))%" : "\(int(5...150))\(pick(["kg", "lb", ""]))"
            fields += ["reps: \(int(1...15))", "load: \(load)"]
            if chance(50), !load.hasSuffix("%") {
                let cadence = chance(30) ? ", step-loading: 3/1" : (chance(50) ? ", every: session" : "")
                fields.append("progress: {load: +\(pick(["2.5kg", "5lb", "1kg"]))\(cadence)}")
            }
        case 1:
            let low = int(3...10)
            fields += ["reps: \(low)-\(low + int(1...5))", "load: \(int(10...100))kg"]
            if chance(60) { fields.append("progress: {double: +\(pick(["2.5kg", "5lb"]))}") }
        case 2:
            let hold = int(10...60)
            fields.append("hold: \(hold)s")
            if chance(60) {
                let then = exercise.harder != nil && chance(50) ? ", then: harder" : ""
                fields.append("progress: {hold: +\(int(1...10))s, max: \(hold + int(0...60))s\(then)}")
            }
        default:
            fields.append(pick(["duration: \(int(1...60))min", "distance: \(int(1...20))km", "reps: amrap", "reps: 5+"]))
            if chance(30) { fields.append("rpe: \(pick(["6", "7.5", "9"]))") }
        }
        if chance(30) { fields.append("rest: \(int(0...180))s") }
        if chance(20) { fields.append("tempo: \(pick(["3-1-1-0", "31X0", "2-0-2-0"]))") }
        if exercise.perSide, chance(15) { fields.append("side: \(pick(["left", "right"]))") }
        if chance(15) { fields.append("optional: true") }
        if chance(15) { fields.append("notes: \"Note: keep it easy, honestly; really\"") }
        if fields.contains(where: { $0.hasPrefix("progress:") }) { fields.append("lift: i\(items)") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
