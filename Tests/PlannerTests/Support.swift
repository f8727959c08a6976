import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// Compiles a program given as text, through the whole front end, for tests.
enum TestPrograms {
    static let header = """
    regimen: 1
    program: Test
    exercises:
      glute-bridge: {name: Glute bridge, kind: strength}
      low-lunge: {name: Low lunge, kind: mobility, per-side: true}
    """

    /// Writes `text` to a fresh temporary folder as `name.yaml` and returns its path.
    static func write(_ text: String, name: String = "program") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(name).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The plan of a program built from `header` plus `body`; fails the test on any diagnostic.
    static func plan(_ body: String, name: String = "program") throws -> Plan {
        let path = try write(header + "\n" + body, name: name)
        let (outcome, plan) = Compiler().compile(path)
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        return try #require(plan)
    }
}
