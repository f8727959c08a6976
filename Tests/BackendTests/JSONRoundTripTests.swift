import Foundation
import JSONBackend
import RegimenPlan
import Testing

@Suite("JSON backend: the output is the Plan")
struct JSONRoundTripTests {
    @Test("decodes back into the same Plan", arguments: Golden.programs)
    func roundTrip(program: String) throws {
        let plan = try Golden.plan(program)
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(JSONBackend.encode(plan)))
        #expect(decoded == plan)
    }

    @Test func theHandWrittenEncoderAgreesWithCodable() throws {
        // Encoding with Codable and with the JSON backend must give the same JSON values.
        let plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        let handWritten = try JSONSerialization.jsonObject(with: Data(JSONBackend.encode(plan))) as? NSDictionary
        let codable = try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as? NSDictionary
        #expect(handWritten != nil)
        #expect(handWritten == codable)
    }

    @Test func stringsAreEscaped() throws {
        var plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        plan.program.name = "Quote \" backslash \\ newline \n tab \t control \u{1}"
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(JSONBackend.encode(plan)))
        #expect(decoded.program.name == plan.program.name)
    }
}
