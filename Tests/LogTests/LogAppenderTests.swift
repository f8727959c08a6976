import Foundation
import RegimenKit
import Testing

/// `regimen log` as a library: the day defaults to today in the athlete's time zone.
@Suite("Training logs: regimen log's defaults")
struct LogAppenderTests {
    func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-log-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["program.yaml", "library.yaml"] {
            try FileManager.default.copyItem(atPath: Fixtures.root + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }

    @Test func todayIsTheAthletesDay() throws {
        let folder = try folder()
        var compiler = Compiler()
        compiler.runsLints = false
        // 23:30 UTC on Sunday 28 March 2027, the program's last day, is already 00:30 on Monday 29
        // March in London (summer time began that morning): the day after the program.
        let now: Int64 = 1_806_276_600
        let request = LogAppender.Request(program: folder + "/program.yaml", exercises: ["back-squat 5,5,5 @ 100kg"], file: folder + "/alex.yaml")
        guard case .failure(.errors(let diagnostics, _, _)) = LogAppender(compiler: compiler).append(request, now: now) else {
            Issue.record("the entry should be refused")
            return
        }
        #expect(diagnostics.map(\.message) == ["2027-03-29 is after the program for Alex Morgan: it ends on 2027-03-28"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/alex.yaml"))
        // An hour earlier it is still Sunday in London, and the session counts.
        let added = try LogAppender(compiler: compiler).append(request, now: now - 3600).get()
        #expect(added.summary.first == "2027-03-28 strength-a done")
    }
}
