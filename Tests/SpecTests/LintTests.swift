import Analysis
import Diagnostics
import Foundation
import RegimenKit
import Testing

/// Every coaching lint trips on a program made to trip it, with the exact evidence, and stays
/// quiet on its counterpart; a deliberately unbalanced program trips them all.
@Suite("Coaching lints")
struct LintTests {
    static let folder = Fixtures.root + "/lints"

    static let cases: [String] = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".yaml") && $0 != "exercises.yaml" }.map { String($0.dropLast(5)) }.sorted()

    func lines(_ name: String, compiler: Compiler = Compiler()) -> [String] {
        Fixtures.summaryLines(compiler.check(Self.folder + "/" + name + ".yaml").diagnostics, relativeTo: Self.folder)
    }

    @Test("diagnostics match the expected evidence", arguments: cases)
    func evidence(name: String) {
        let expected = Fixtures.read(Self.folder + "/" + name + ".expected").split(separator: "\n").map(String.init)
        #expect(lines(name) == expected)
        if name.hasSuffix("-clean") { #expect(expected.isEmpty, "\(name) should be clean") }
        if name.hasSuffix("-trips") {
            let code = String(name.prefix(4))
            #expect(!expected.isEmpty && expected.allSatisfy { $0.hasSuffix("[\(code)]") }, "\(name) should trip \(code) and nothing else")
        }
    }

    /// The registry of lints and the catalog of codes agree: every lint code has a lint, once.
    @Test func everyLintCodeHasOneLint() {
        #expect(Linter.codes == DiagnosticCode.lintCodes)
    }

    @Test func everyLintHasATrippingAndACleanCase() {
        for code in DiagnosticCode.allCases where code.isLint {
            #expect(Self.cases.contains("\(code.rawValue)-trips") && Self.cases.contains("\(code.rawValue)-clean"), "\(code.rawValue)")
        }
    }

    @Test func theUnbalancedProgramTripsEveryLint() {
        let found = Set(lines("unbalanced").compactMap { $0.split(separator: "[").last.map { String($0.dropLast()) } })
        #expect(found == Set(DiagnosticCode.allCases.filter(\.isLint).map(\.rawValue)))
    }

    @Test func theExampleProgramsAreClean() {
        for program in ["runner-hip-balance", "five-three-one", "beginner-full-body"] {
            let outcome = Compiler().check(Fixtures.root + "/../../../Programs/\(program).yaml")
            #expect(outcome.diagnostics.map(\.summaryLine) == [], "\(program)")
        }
    }

    @Test func theCommandLineCanAllowAndDeny() {
        var compiler = Compiler()
        compiler.allowedLints = [.loadJump]
        #expect(lines("W505-trips", compiler: compiler) == [])
        compiler.allowedLints = []
        compiler.deniedLints = [.loadJump]
        let outcome = compiler.check(Self.folder + "/W505-trips.yaml")
        #expect(outcome.diagnostics.map(\.severity) == [.error])
        #expect(outcome.program == nil)
    }

    @Test func theProgramCanAllowDenyAndSetThresholds() throws {
        let base = Fixtures.read(Self.folder + "/W505-trips.yaml")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-lints-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Fixtures.read(Self.folder + "/exercises.yaml").write(toFile: folder + "/exercises.yaml", atomically: true, encoding: .utf8)
        func check(_ lints: String) throws -> [Diagnostic] {
            try (base + "lints: " + lints + "\n").write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
            return Compiler().check(folder + "/p.yaml").diagnostics
        }
        #expect(try check("{allow: [W505]}") == [])
        #expect(try check("{deny: [W505]}").map(\.severity) == [.error])
        #expect(try check("{max-weekly-load-increase: 30%}") == [])
        #expect(try check("{allow: [W550]}").map(\.summaryLine).first?.hasSuffix("error: `W550` is not a lint code; did you mean `W505`? [R308]") == true)
    }
}
