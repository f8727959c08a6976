import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// Golden files: the expected output of every backend for every program in `Programs/`, kept
/// under `Tests/BackendTests/Fixtures/<program>/`. Run `scripts/update-golden` to regenerate
/// them after an intended change, then review the diff before committing.
enum Golden {
    static let repositoryRoot: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Tests/BackendTests/")!.lowerBound])
    }()

    static let fixtures = repositoryRoot + "/Tests/BackendTests/Fixtures"

    static var updating: Bool { ProcessInfo.processInfo.environment["REGIMEN_UPDATE_GOLDEN"] == "1" }

    /// Program files in `Programs/` (libraries, rosters and the sample logs in `Programs/logs` excluded).
    static let programs: [String] = {
        let files = (try? ProgramFiles.expand([repositoryRoot + "/Programs"]).get()) ?? []
        return files.filter { let outcome = Compiler().check($0); return !outcome.isLibrary && !outcome.isRoster && !outcome.isLog }.map { String($0.dropFirst(repositoryRoot.count + 1)) }
    }()

    /// The programs in `Tests/Programs/` (daylight-saving cases), relative to the repository root.
    static let testPrograms: [String] = ((try? ProgramFiles.expand([repositoryRoot + "/Tests/Programs"]).get()) ?? [])
        .map { String($0.dropFirst(repositoryRoot.count + 1)) }

    /// The plan of a program in `Programs/`, relative to the repository root.
    static func plan(_ program: String) throws -> Plan {
        let (outcome, plan) = Compiler().compile(repositoryRoot + "/" + program)
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        return try #require(plan)
    }

    /// Renders with the built-in backends, without reading any earlier output.
    static func render(_ plan: Plan, with backend: any Backend, options: [String: String] = [:]) throws -> [OutputFile] {
        try backend.render(plan, options: BackendOptionValues(options), context: RenderContext(compilerVersion: "test")).files
    }

    /// Compares `file` with its golden copy, or writes the golden copy when updating.
    static func check(_ file: OutputFile, program: String) throws {
        let folder = fixtures + "/" + (program as NSString).deletingPathExtension.split(separator: "/").last!
        let path = folder + "/" + file.path
        if updating {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(file.contents).write(to: URL(fileURLWithPath: path))
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: path), "missing golden file \(path); run scripts/update-golden")
        if [UInt8](expected) != file.contents {
            let actual = String(decoding: file.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let wanted = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(actual.count, wanted.count)).first { actual[$0] != wanted[$0] } ?? min(actual.count, wanted.count)
            Issue.record("""
            \(file.path) differs from its golden copy at line \(line + 1):
              expected: \(line < wanted.count ? String(wanted[line]) : "<end of file>")
              actual:   \(line < actual.count ? String(actual[line]) : "<end of file>")
            Run scripts/update-golden if the change is intended, and review the diff.
            """)
        }
    }
}
