import Diagnostics
import Foundation
import RegimenKit
import Testing

/// Every invalid spec's diagnostics in the human format (golden text) and the JSON format
/// (checked against the reviewed `.expected` lines).
@Suite("Diagnostics: formats for every invalid spec")
struct DiagnosticFormatTests {
    static var updating: Bool { ProcessInfo.processInfo.environment["REGIMEN_UPDATE_GOLDEN"] == "1" }

    @Test("human format matches the golden text", arguments: Fixtures.invalidSpecs)
    func human(name: String) throws {
        let outcome = Compiler().check(Fixtures.invalid + "/" + name + ".yaml")
        let formatter = HumanFormatter(color: false) { outcome.sources[$0] }
        let text = outcome.diagnostics.map(formatter.format).joined()
            .replacingOccurrences(of: Fixtures.invalid + "/", with: "").replacingOccurrences(of: Fixtures.invalid, with: ".")
        let path = Fixtures.invalid + "/" + name + ".human"
        if Self.updating {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(text == Fixtures.read(path), "\(name).human differs; run scripts/update-golden and review the diff")
    }

    @Test func theHumanFormatShowsAtMostTheLimitThenSaysHowManyMore() throws {
        let outcome = Compiler().check(Fixtures.invalid + "/timezone-athletes.yaml")
        let formatter = HumanFormatter(color: false) { outcome.sources[$0] }
        let all = outcome.diagnostics
        try #require(all.count == 12)
        let capped = formatter.format(all, limit: 3).replacingOccurrences(of: Fixtures.invalid + "/", with: "")
        let expected = all.prefix(3).map(formatter.format).joined().replacingOccurrences(of: Fixtures.invalid + "/", with: "")
            + "…and 9 more (8 errors, 1 warning) in timezone-athletes.yaml not shown; --max-errors 0 shows every one\n"
        #expect(capped == expected)
        #expect(formatter.format(all, limit: 12) == all.map(formatter.format).joined())
        #expect(formatter.format(all, limit: nil) == all.map(formatter.format).joined())
    }

    @Test("JSON format carries the expected diagnostics", arguments: Fixtures.invalidSpecs)
    func json(name: String) throws {
        let outcome = Compiler().check(Fixtures.invalid + "/" + name + ".yaml")
        let text = DiagnosticReport.json([FileDiagnostics(file: name, diagnostics: outcome.diagnostics, sources: [:])])
        let report = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let entries = try #require(report?["diagnostics"] as? [[String: Any]])
        let lines = entries.map { entry in
            let place = (entry["file"] as? String).map { "\($0):\(entry["line"]!):\(entry["column"]!): " } ?? ""
            return "\(place)\(entry["severity"]!): \(entry["message"]!) [\(entry["code"]!)]"
                .replacingOccurrences(of: Fixtures.invalid + "/", with: "").replacingOccurrences(of: Fixtures.invalid, with: ".")
        }
        let expected = Fixtures.read(Fixtures.invalid + "/" + name + ".expected").split(separator: "\n").map(String.init)
        #expect(lines == expected)
        let summary = try #require(report?["summary"] as? [String: Int])
        #expect(summary["errors"] == expected.count { $0.contains(": error: ") })
        #expect(summary["warnings"] == expected.count { $0.contains(": warning: ") })
    }

    @Test func everyCodeIsExplainedAndDocumented() throws {
        let docs = Fixtures.read(Fixtures.root + "/../../../docs/diagnostics.md")
        if Self.updating {
            try DiagnosticCode.markdownReference.write(toFile: Fixtures.root + "/../../../docs/diagnostics.md", atomically: true, encoding: .utf8)
        }
        #expect(docs == DiagnosticCode.markdownReference, "docs/diagnostics.md is out of date; run scripts/update-golden")
        for code in DiagnosticCode.allCases {
            #expect(!code.explanation.meaning.isEmpty && !code.explanation.example.isEmpty && !code.explanation.fix.isEmpty)
        }
    }

    @Test func theCorpusCoversEveryKindOfMistake() {
        let codes = Set(Fixtures.invalidSpecs.flatMap { name in
            Fixtures.read(Fixtures.invalid + "/" + name + ".expected").split(separator: "\n").compactMap { line in
                line.split(separator: "[").last.map { String($0.dropLast()) }
            }
        })
        #expect(Fixtures.invalidSpecs.count >= 60)
        for prefix in ["R1", "R2", "R3", "R4"] {
            #expect(codes.contains { $0.hasPrefix(prefix) }, "no invalid spec produces an \(prefix)xx diagnostic")
        }
    }
}
