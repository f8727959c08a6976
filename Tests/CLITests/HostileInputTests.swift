import Foundation
import Testing

/// Hostile and damaged input: every limit and every kind of bad bytes gets a diagnostic with a
/// position and exit status 1 (or is accepted where YAML allows it), within bounded memory.
/// Peak memory is measured by the `measure` launcher (regimen's own, not this test's); time is
/// reported, not asserted.
@Suite("Hostile input: limits and bad bytes", .serialized)
struct HostileInputTests {
    /// Generous: about eight times what a debug build's `regimen check` needs for a small
    /// program (15–20 MiB); the largest case, a file just over the size limit, peaks near 40 MiB.
    static let memoryBoundKiB = 128 * 1024

    static let header = """
    regimen: 1
    program: Hostile
    start: 2027-01-04
    weeks: 2
    timezone: UTC
    exercises:
      squat: {name: Squat, kind: strength}
    sessions:
      a: {title: A, items: [{exercise: squat, sets: 3, reps: 5}]}
    schedule: {mon: a}

    """

    /// Writes `bytes` to a fresh folder and checks it, returning the measurement.
    func check(_ bytes: [UInt8], name: String = "hostile.yaml", extra: [String] = [], files: [String: String] = [:]) throws -> CLI.Measured {
        let folder = try CLI.temporaryFolder()
        for (path, text) in files {
            try FileManager.default.createDirectory(atPath: (folder + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        let result = try CLI.measure(["check", "--color", "never"] + extra + [folder + "/" + name])
        let shown = result.standardOutput.replacingOccurrences(of: folder + "/", with: "")
        print("\(name): exit \(result.status), peak \(result.peakKiB / 1024) MiB, \(String(format: "%.3f", result.seconds)) s")
        #expect(result.peakKiB > 0, "no peak memory measured")
        #expect(result.peakKiB < Self.memoryBoundKiB, "peak memory \(result.peakKiB) KiB")
        return CLI.Measured(status: result.status, standardOutput: shown, standardError: result.standardError,
                            peakKiB: result.peakKiB, seconds: result.seconds)
    }

    func firstLine(_ result: CLI.Measured) -> String {
        String(result.standardOutput.split(separator: "\n").first ?? "")
    }

    // MARK: Limits

    @Test func aFileLargerThanTheLimit() throws {
        let bytes = Array(Self.header.utf8) + Array(repeating: UInt8(ascii: "#"), count: 9 << 20)
        let result = try check(bytes)
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:1:1: error: hostile.yaml is \(bytes.count) bytes, more than the limit of 8388608 bytes; split it with `include:` or raise the limit with `--max-file-size` [R106]")
        let raised = try check(Array(Self.header.utf8) + Array("#".utf8) + Array(repeating: UInt8(ascii: " "), count: 9 << 20) + [10],
                               extra: ["--max-file-size", "20000000"])
        #expect(raised.status == 0)
    }

    /// The limit counts the top-level mapping, so the 64th bracket is the one refused.
    @Test func deepFlowNesting() throws {
        let result = try check(Array(("notes: " + String(repeating: "[", count: 2_000_000)).utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:1:71: error: lists and mappings are nested more than 64 deep; a program never needs this much nesting [R106]")
    }

    @Test func deepBlockNesting() throws {
        var text = ""
        for depth in 0..<500 { text += String(repeating: " ", count: depth) + "k\(depth):\n" }
        let result = try check(Array(text.utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:65:65: error: lists and mappings are nested more than 64 deep; a program never needs this much nesting [R106]")
    }

    @Test func billionLaughs() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*" + String(UnicodeScalar(UInt8(96 + level))), count: 9).joined(separator: ", ")
            text += "\(String(UnicodeScalar(UInt8(97 + level)))): &\(String(UnicodeScalar(UInt8(97 + level)))) [\(previous)]\n"
        }
        let result = try check(Array(text.utf8))
        #expect(result.status == 1)
        #expect(firstLine(result).hasSuffix("error: aliases here expand the document to more than 1000000 values; a program never needs this many (is this a \"billion laughs\" file?) [R106]"))
    }

    @Test func aVeryLongValue() throws {
        let result = try check(Array((Self.header + "notes: " + String(repeating: "x", count: 100_000) + "\n").utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:11:8: error: this value is 100000 bytes long, more than the limit of 65536 bytes [R106]")
    }

    @Test func tooManyWeeks() throws {
        let result = try check(Array(Self.header.replacingOccurrences(of: "weeks: 2", with: "weeks: 261").utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:4:8: error: `weeks` must be from 1 to 260; 261 is out of range [R305]")
    }

    @Test func tooManySessions() throws {
        var text = Self.header.replacingOccurrences(of: "schedule: {mon: a}\n", with: "")
        for index in 0..<501 { text += "  s\(index): {title: S, items: [{exercise: squat, reps: 5}]}\n".replacingOccurrences(of: "  s", with: "  s") }
        text = text.replacingOccurrences(of: "sessions:\n", with: "schedule: {mon: a}\nsessions:\n")
        let result = try check(Array(text.utf8))
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("error: the program defines 502 sessions, more than the limit of 500 [R106]"))
    }

    @Test func tooManyAthletes() throws {
        var text = Self.header + "athletes:\n"
        for index in 0..<1001 { text += "  - {name: Athlete \(index)}\n" }
        let result = try check(Array(text.utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:12:3: error: the roster has 1001 athletes, more than the limit of 1000; split it into several programs [R106]")
    }

    @Test func tooManyDatedSessions() throws {
        var text = Self.header.replacingOccurrences(of: "weeks: 2", with: "weeks: 260").replacingOccurrences(of: "schedule: {mon: a}", with: "schedule: {mon: [a, a, a, a, a, a, a, a, a, a], tue: [a, a, a, a, a, a, a, a, a, a]}")
        text += "athletes:\n"
        for index in 0..<60 { text += "  - {name: Athlete \(index)}\n" }
        let result = try check(Array(text.utf8))
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("error: the program has 312000 dated sessions in all (weeks × sessions × athletes), more than the limit of 250000; shorten it or split the roster [R106]"))
    }

    @Test func includesNestedTooDeep() throws {
        var files: [String: String] = [:]
        for level in 0..<10 {
            files["lib\(level).yaml"] = "regimen: 1\nlibrary: L\(level)\ninclude: [lib\(level + 1).yaml]\n"
        }
        files["lib10.yaml"] = "regimen: 1\nlibrary: L10\n"
        let result = try check(Array(Self.header.replacingOccurrences(of: "timezone: UTC", with: "timezone: UTC\ninclude: [lib0.yaml]").utf8), files: files)
        #expect(result.status == 1)
        #expect(firstLine(result) == "lib7.yaml:3:11: error: includes are nested more than 8 deep; include the library from the program directly [R205]")
    }

    @Test func anIncludeCycle() throws {
        let files = ["a.yaml": "regimen: 1\nlibrary: A\ninclude: [b.yaml]\n", "b.yaml": "regimen: 1\nlibrary: B\ninclude: [a.yaml]\n"]
        let result = try check(Array(Self.header.replacingOccurrences(of: "timezone: UTC", with: "timezone: UTC\ninclude: [a.yaml]").utf8), files: files)
        #expect(result.status == 1)
        #expect(firstLine(result) == "b.yaml:3:11: error: `a.yaml` includes itself, directly or through other files; remove one of the includes [R205]")
    }

    @Test func anIncludeOutsideTheProgramsFolder() throws {
        let result = try check(Array(Self.header.replacingOccurrences(of: "timezone: UTC", with: "timezone: UTC\ninclude: [../../../etc/passwd]").utf8))
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("error: `../../../etc/passwd` is outside the program's folder"))
    }

    // MARK: Many diagnostics

    /// 200,000 unknown keys, in time linear in their number (the time is printed, not asserted;
    /// a release build takes about a second). The first 10,000 are kept and one more diagnostic
    /// says how many were not (`DiagnosticCap`: memory stays bounded); the human format shows
    /// the first `--max-errors` (50), then how many more there are.
    @Test func twoHundredThousandUnknownKeys() throws {
        var text = Self.header
        for index in 0..<200_000 { text += "unknown-\(index): 1\n" }
        let result = try check(Array(text.utf8), name: "unknown-keys.yaml")
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count < 400, "the output is capped")
        #expect(lines.last == "1 file checked, 10001 errors, 0 warnings")
        #expect(lines.dropLast().last == "…and 9951 more (9951 errors, 0 warnings) in unknown-keys.yaml not shown; --max-errors 0 shows every one")
        #expect(result.standardOutput.contains("error: 190000 more problems in "), "the count of those not kept is shown")
        #expect(firstLine(result).hasPrefix("unknown-keys.yaml:11:1: error: the program has no key `unknown-0`"))
        let json = try check(Array(text.utf8), name: "unknown-keys.yaml", extra: ["--format", "json"])
        #expect(json.standardOutput.contains("\"errors\" : 10001"), "machine formats keep every diagnostic kept")
        #expect(json.standardOutput.contains("190000 more problems in "), "and say how many more were found")
    }

    /// 40,000 anchors, each aliased where a key is unknown: linear, like the keys.
    @Test func fortyThousandAnchors() throws {
        var text = Self.header
        for index in 0..<40_000 { text += "key-\(index): &anchor\(index) \(index)\nalias-\(index): *anchor\(index)\n" }
        let result = try check(Array(text.utf8), name: "anchors.yaml")
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.last == "1 file checked, 10001 errors, 0 warnings")
        #expect(lines.dropLast().last?.hasPrefix("…and 9951 more (9951 errors, 0 warnings)") == true)
    }

    // MARK: Bad bytes

    @Test func invalidUTF8() throws {
        let result = try check(Array(Self.header.utf8) + Array("notes: caf".utf8) + [0xE9, 0x20, 0x0A])
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:11:11: error: the file is not valid UTF-8 text (invalid trailing UTF-8 octet); save it as UTF-8 [R103]")
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let result = try check([0xEF, 0xBB, 0xBF] + Array(Self.header.utf8))
        #expect(result.status == 0)
    }

    @Test func nulBytes() throws {
        let result = try check(Array(Self.header.utf8) + Array("notes: a".utf8) + [0, 0x0A])
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:11:9: error: the file contains a NUL byte; it is not a text file, or it is damaged [R103]")
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        let result = try check(Array(Self.header.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput == "1 file checked, 0 errors, 0 warnings\n")
    }

    @Test func tabsUsedForIndentation() throws {
        let result = try check(Array(Self.header.replacingOccurrences(of: "  squat:", with: "\tsquat:").utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:7:1: error: this line is indented with a tab; YAML needs spaces for indentation [R104]")
    }

    @Test func anEmptyFile() throws {
        let result = try check([])
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:1:1: error: the file is empty; a program starts with `regimen: 1` [R108]")
    }

    @Test func multipleDocuments() throws {
        let result = try check(Array((Self.header + "---\n" + Self.header).utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:11:1: error: a program file holds one YAML document; move what follows this `---` into a file of its own [R105]")
    }

    @Test func aTopLevelList() throws {
        let result = try check(Array("- regimen: 1\n- program: x\n".utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:1:1: error: a program is a mapping of keys such as `regimen:` and `exercises:`, but this file holds a list [R110]")
    }

    @Test func aTopLevelScalar() throws {
        let result = try check(Array("just some text\n".utf8))
        #expect(result.status == 1)
        #expect(firstLine(result) == "hostile.yaml:1:1: error: a program is a mapping of keys such as `regimen:` and `exercises:`, but this file holds text [R110]")
    }

    @Test func binaryGarbage() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let result = try check(bytes)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("error:"))
    }
}

/// Issue 19, case 6: includes and rosters open only regular files. A named pipe would block a
/// plain `open` until someone writes to it; it is refused at once with a diagnostic at the
/// reference.
@Suite("Hostile input: files that are not regular files", .serialized)
struct SpecialFileTests {
    func programFolder() throws -> String {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/library", toPath: folder + "/library")
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/rosters", toPath: folder + "/rosters")
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/five-three-one.yaml", toPath: folder + "/program.yaml")
        return folder
    }

    func checkWithPipe(at relative: String, replacing reference: String) throws -> CLI.Measured {
        let folder = try programFolder()
        let program = try String(contentsOfFile: folder + "/program.yaml", encoding: .utf8)
        try program.replacingOccurrences(of: reference, with: relative).write(toFile: folder + "/program.yaml", atomically: true, encoding: .utf8)
        #expect(mkfifo(folder + "/" + relative, 0o644) == 0)
        // The hang guard stops a check that waits on the pipe; a few seconds is ample.
        let result = try CLI.measure(["check", "--color", "never", folder + "/program.yaml"], guardSeconds: 20)
        return CLI.Measured(status: result.status, standardOutput: result.standardOutput.replacingOccurrences(of: folder + "/", with: ""),
                            standardError: result.standardError, peakKiB: result.peakKiB, seconds: result.seconds)
    }

    @Test func anIncludeThatIsANamedPipe() throws {
        let result = try checkWithPipe(at: "pipe.yaml", replacing: "library/strength.yaml")
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("program.yaml:19:11: error: cannot read pipe.yaml: it is a named pipe (FIFO), not a regular file [R100]\n"))
    }

    @Test func aRosterThatIsANamedPipe() throws {
        let result = try checkWithPipe(at: "club.yaml", replacing: "rosters/barbell-club.yaml")
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("program.yaml:18:9: error: cannot read club.yaml: it is a named pipe (FIFO), not a regular file [R100]\n"))
    }

    @Test func aDeviceNamedDirectlyIsNotAFile() throws {
        let result = try CLI.run(["check", "/dev/null"])
        #expect(result.status == 2)
        #expect(result.standardError == "regimen: /dev/null is not a file or a folder\n")
    }
}
