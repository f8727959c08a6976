import Diagnostics
import Foundation
import RegimenKit
import Testing

/// A fix must fix: applying every fix-it of a spec leaves only the diagnostics that had none.
@Suite("Fix-its fix what they say")
struct FixItTests {
    /// The invalid specs whose every mistake has a fix that removes it (or none at all).
    static let cases = [
        "hold-without-unit", "session-duration-without-unit", "sets-times-reps", "load-spelled-unit", "reps-per-side",
        "timezone-abbreviation", "timezone-athletes", "timezone-city-name", "timezone-legacy-alias", "time-unquoted",
        "weekday-full-name", "weekday-typo", "unknown-time-zone", "rest-as-clock", "leading-zero",
    ]

    @Test(arguments: cases)
    func applyingTheFixesLeavesOnlyWhatHadNoFix(name: String) throws {
        let path = Fixtures.invalid + "/" + name + ".yaml"
        let before = Compiler().check(path).diagnostics
        #expect(before.contains { $0.fix != nil }, "\(name) has no fix to apply")
        let fixed = try Self.apply(before.compactMap(\.fix), to: Fixtures.read(path))
        let copy = try Self.write(fixed, name: name)
        let after = Compiler().check(copy).diagnostics
        let unfixable = before.filter { $0.fix == nil }.map { "\($0.code.rawValue) \($0.message)" }
        #expect(after.map { "\($0.code.rawValue) \($0.message)" } == unfixable, "\(name) after its fixes:\n\(fixed)")
    }

    /// `text` with each fix's span replaced, last first so earlier positions stay valid.
    static func apply(_ fixes: [FixIt], to text: String) throws -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).unicodeScalars) }
        for fix in fixes.sorted(by: { $0.span.start > $1.span.start }) {
            #expect(fix.span.start.line == fix.span.end.line, "a fix spans lines")
            let line = fix.span.start.line - 1
            let (start, end) = (fix.span.start.column - 1, fix.span.end.column - 1)
            try #require(line < lines.count && end <= lines[line].count)
            lines[line].replaceSubrange(start..<end, with: Array(fix.replacement.unicodeScalars))
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    static func write(_ text: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-fixits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name + ".yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
