import Diagnostics
import Foundation
import RegimenKit
import Testing

/// Every log in `Fixtures/bad` must produce exactly the diagnostics in its `.expected` file
/// (code, position and message), and no program: a bad log stops the build. Logs directly in
/// `bad/` are checked with `program.yaml` (one athlete, `units: kg`); those under `bad/team/`
/// with `team.yaml` (two athletes, no units), the folder `alex/` saying whose they are.
@Suite("Training logs: every bad log has its exact diagnostic")
struct BadLogTests {
    static let folder = Fixtures.root + "/bad"

    static let cases: [String] = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".csv") }.sorted()

    static func outcome(_ name: String) -> Compiler.CheckOutcome {
        let program = name.hasPrefix("team/") ? Fixtures.team : Fixtures.program
        return Fixtures.check(program, logs: [folder + "/" + name])
    }

    @Test("diagnostics match the expected text", arguments: cases)
    func diagnosticsMatch(name: String) throws {
        let outcome = Self.outcome(name)
        let lines = Fixtures.summaryLines(outcome.diagnostics)
        let expectedPath = Self.folder + "/" + name.split(separator: ".").dropLast().joined(separator: ".") + ".expected"
        if ProcessInfo.processInfo.environment["REGIMEN_UPDATE_GOLDEN"] != nil {
            try (lines.joined(separator: "\n") + "\n").write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = Fixtures.read(expectedPath).split(separator: "\n").map(String.init)
        #expect(!expected.isEmpty, "\(name): the .expected file is missing or empty")
        #expect(lines == expected, "\(name)")
        if outcome.diagnostics.contains(where: { $0.severity == .error }) {
            #expect(outcome.program == nil, "\(name) has errors but produced a program")
        }
    }

    @Test func thereAreCasesForEveryLogCode() {
        let expected = Self.cases.map { name in
            Fixtures.read(Self.folder + "/" + name.split(separator: ".").dropLast().joined(separator: ".") + ".expected")
        }.joined()
        for code in ["R600", "R601", "R602", "R603", "R604", "R605", "R606", "R607", "R608", "R609", "R610", "R611", "R103", "R307"] {
            #expect(expected.contains("[\(code)]"), "no bad log case reports \(code)")
        }
    }
}
