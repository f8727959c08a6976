import Foundation
import RegimenKit
import Testing

/// The example programs must check clean: no errors and no warnings.
@Suite("Checker: example programs")
struct ExampleProgramTests {
    static let programsFolder: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Tests/SpecTests/")!.lowerBound]) + "/Programs"
    }()

    static let files: [String] = (try? ProgramFiles.expand([programsFolder]).get()) ?? []

    @Test("checks clean", arguments: files)
    func checksClean(path: String) {
        let outcome = Compiler().check(path)
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
    }

    @Test func theSeedProgramIsThere() {
        #expect(Self.files.contains { $0.hasSuffix("/runner-hip-balance.yaml") })
    }
}
