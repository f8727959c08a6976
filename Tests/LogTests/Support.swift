import Checker
import Diagnostics
import Foundation
import LogChecker
import RegimenKit
import Testing

/// Paths of the fixtures that ship with these tests.
enum Fixtures {
    static let root: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Support.swift")!.lowerBound]) + "/Fixtures"
    }()

    static let program = root + "/program.yaml"
    static let team = root + "/team.yaml"

    static func read(_ path: String) -> String {
        (try? FileSystem().read(path).get()).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Checks `program` with `logs` given as on the command line.
    static func check(_ program: String = Fixtures.program, logs: [String]) -> Compiler.CheckOutcome {
        var compiler = Compiler()
        compiler.runsLints = false
        compiler.logs = logs.map { LogArgument(parsing: $0) }
        return compiler.check(program)
    }

    /// The checked log as summary lines, athlete by athlete.
    static func summary(_ outcome: Compiler.CheckOutcome) -> [String] {
        guard let program = outcome.program else { return [] }
        var lines: [String] = []
        for (index, sessions) in program.log.sessions.enumerated() {
            for session in sessions {
                let athlete = program.athletes[index].id
                let text = LogSummary.lines(session, program: program)
                lines.append("\(athlete) \(text[0])")
                lines += text.dropFirst()
            }
        }
        return lines
    }

    /// Diagnostic summary lines with the fixture folder written relative.
    static func summaryLines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { $0.summaryLine.replacingOccurrences(of: root + "/", with: "") }
    }
}
