import Foundation
import PlanJSON
import RegimenPlan
import Testing

@Suite("The Plan's wire form (PlanJSON): the json backend's output and every plugin's input")
struct JSONRoundTripTests {
    @Test("decodes back into the same Plan", arguments: Golden.programs)
    func roundTrip(program: String) throws {
        let plan = try Golden.plan(program)
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(PlanJSON.encode(plan)))
        #expect(decoded == plan)
    }

    /// Encoding with Codable (what Swift plugins decode with) and by hand (what Regimen writes)
    /// gives the same JSON values, for every example program.
    @Test(arguments: Golden.programs + Golden.testPrograms)
    func theHandWrittenEncoderAgreesWithCodable(program: String) throws {
        let plan = try Golden.plan(program)
        let handWritten = try JSONSerialization.jsonObject(with: Data(PlanJSON.encode(plan))) as? NSDictionary
        let codable = try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as? NSDictionary
        #expect(handWritten != nil)
        #expect(handWritten == codable)
    }

    @Test func stringsAreEscaped() throws {
        var plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        plan.program.name = "Quote \" backslash \\ newline \n tab \t control \u{1}"
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(PlanJSON.encode(plan)))
        #expect(decoded.program.name == plan.program.name)
    }

    @Test func loggedResultsWarmUpsAndTargetsRoundTrip() throws {
        // The fields training logs and the richer language fill in: the hand-written encoder
        // and Codable agree on them, and they decode back unchanged.
        var plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        var session = plan.athletes[0].sessions[0]
        session.record = SessionRecord(status: .partial, doneOn: session.date.adding(days: 1), notes: "tired", source: "log.yaml:3")
        session.isProjected = true
        guard case .exercise(var prescription) = session.items[0] else {
            Issue.record("the seed program's first item is a single exercise")
            return
        }
        prescription.lift = "glute-bridge"
        prescription.sets[0].isWarmUp = true
        prescription.sets[0].target = "zone 2"
        prescription.done = [
            ActualSet(status: .done, reps: 12, load: Load(mass: Mass(20, .kg)), rpe: 7.5, isWarmUp: true),
            ActualSet(status: .partial, reps: 9, holdSeconds: 30, notes: "cramp"),
        ]
        session.items[0] = .exercise(prescription)
        plan.athletes[0].sessions[0] = session
        let encoded = Data(PlanJSON.encode(plan))
        #expect(try JSONDecoder().decode(Plan.self, from: encoded) == plan)
        let handWritten = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
        let codable = try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as? NSDictionary
        #expect(handWritten != nil)
        #expect(handWritten == codable)
    }
}
