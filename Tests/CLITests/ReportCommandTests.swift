import Foundation
import Testing

@Suite("CLI: regimen report")
struct ReportCommandTests {
    /// The longest session is shown as stated (`duration:`) and as estimated from its sets and
    /// rest, so that a session that takes longer than it says shows in the report (issue 13).
    @Test func theLongestSessionIsShownStatedAndEstimated() throws {
        let result = try CLI.run(["report", "Tests/SpecTests/Fixtures/lints/W510-trips.yaml"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex(of: "WEEK BY WEEK"))
        #expect(lines[header + 1] == "week  phase             sessions  training days  rest days  longest session: stated  estimated")
        #expect(lines[header + 2] == "   1                           1              1          6                   20 min     30 min")
        let json = try CLI.run(["report", "Tests/SpecTests/Fixtures/lints/W510-trips.yaml", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let week = try #require((report["weeks"] as? [[String: Any]])?.first)
        #expect(week["longestStatedMinutes"] as? Int == 20)
        #expect(week["longestEstimatedMinutes"] as? Int == 30)
    }

    @Test func aSessionWithoutADurationShowsOnlyTheEstimate() throws {
        let result = try CLI.run(["report", "Tests/SpecTests/Fixtures/lints/W505-trips.yaml"])
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex(of: "WEEK BY WEEK"))
        #expect(lines[header + 2] == "   1                           1              1          6                        —      5 min")
    }
}
