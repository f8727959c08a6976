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
}
