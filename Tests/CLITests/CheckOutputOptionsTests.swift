import Foundation
import Testing

/// `regimen check -` (standard input), `-q`, `-v`, `--max-errors` and `--watch`.
@Suite("CLI: check's input and output options")
struct CheckOutputOptionsTests {
    static let unknownExercise = "Tests/SpecTests/Fixtures/invalid/unknown-exercise.yaml"

    // MARK: Standard input

    @Test func aSpecOnStandardInputIsCheckedLikeAFile() throws {
        let bytes = try #require(FileManager.default.contents(atPath: CLI.repositoryRoot + "/" + Self.unknownExercise))
        let fromFile = try CLI.run(["check", Self.unknownExercise])
        let fromInput = try CLI.run(["check", "-"], input: bytes)
        #expect(fromInput.status == 1)
        #expect(fromInput.standardOutput == fromFile.standardOutput.replacingOccurrences(of: Self.unknownExercise, with: "<stdin>"))
        let named = try CLI.run(["check", "--stdin-name", "coach/hips.yaml", "-"], input: bytes)
        #expect(named.standardOutput.hasPrefix("coach/hips.yaml:13:19: error: there is no exercise `glute-bridg`"), "\(named.standardOutput)")
    }

    @Test func includesOfStandardInputAreFoundFromTheCurrentFolder() throws {
        let bytes = try #require(FileManager.default.contents(atPath: CLI.repositoryRoot + "/Programs/runner-hip-balance.yaml"))
        let inPrograms = try CLI.run(["check", "-"], in: CLI.repositoryRoot + "/Programs", input: bytes)
        #expect(inPrograms.status == 0, "\(inPrograms.standardOutput)")
        #expect(inPrograms.standardOutput == "1 file checked, 0 errors, 0 warnings\n")
        // From the repository root, `library/hips.yaml` is not there, unless --stdin-name says
        // where the spec belongs.
        let atRoot = try CLI.run(["check", "-"], input: bytes)
        #expect(atRoot.status == 1)
        let named = try CLI.run(["check", "--stdin-name", "Programs/runner-hip-balance.yaml", "-"], input: bytes)
        #expect(named.status == 0, "\(named.standardOutput)")
    }

    @Test func standardInputBesideFiles() throws {
        let bytes = try #require(FileManager.default.contents(atPath: CLI.repositoryRoot + "/" + Self.unknownExercise))
        let result = try CLI.run(["check", "Programs/beginner-full-body.yaml", "-"], input: bytes)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasSuffix("2 files checked, 1 error, 0 warnings\n"))
    }

    @Test func standardInputOverTheSizeLimitIsRefused() throws {
        let result = try CLI.run(["check", "--max-file-size", "100", "-"], input: Data(repeating: UInt8(ascii: "#"), count: 5000))
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("<stdin>"), "\(result.standardOutput)")
    }

    @Test func standardInputTwiceOrWatchedIsAUsageError() throws {
        let twice = try CLI.run(["check", "-", "-"])
        #expect(twice.status == 2)
        #expect(twice.standardError.contains("standard input (`-`) can be read once"))
        let watched = try CLI.run(["check", "--watch", "-"])
        #expect(watched.status == 2)
        #expect(watched.standardError.contains("--watch cannot watch standard input"))
    }

    // MARK: How much is said

    @Test func quietShowsOnlyErrorsAndNoSummary() throws {
        let warnings = "Tests/SpecTests/Fixtures/invalid/time-unquoted.yaml"
        let normal = try CLI.run(["check", warnings])
        #expect(normal.standardOutput.contains("warning:"))
        let quiet = try CLI.run(["check", "-q", warnings])
        #expect(quiet.status == 0)
        #expect(quiet.standardOutput == "")
        let errors = try CLI.run(["check", "--quiet", Self.unknownExercise])
        #expect(errors.status == 1)
        #expect(errors.standardOutput.hasPrefix("\(Self.unknownExercise):13:19: error:"))
        #expect(!errors.standardOutput.contains("file checked"))
    }

    @Test func verboseNamesEveryFile() throws {
        let result = try CLI.run(["check", "-v", "Programs/beginner-full-body.yaml", Self.unknownExercise])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("checked Programs/beginner-full-body.yaml: 0 errors, 0 warnings\n"))
        #expect(result.standardOutput.contains("checked \(Self.unknownExercise): 1 error, 0 warnings\n"))
        #expect(result.standardOutput.hasSuffix("2 files checked, 1 error, 0 warnings\n"))
        let both = try CLI.run(["check", "-q", "-v", Self.unknownExercise])
        #expect(both.status == 2)
    }

    // MARK: --max-errors

    /// A file with `count` unknown top-level keys, in a fresh folder.
    func manyUnknownKeys(_ count: Int) throws -> String {
        var text = "regimen: 1\nprogram: Many\nstart: 2027-01-04\nweeks: 1\ntimezone: UTC\n"
        text += "exercises:\n  squat: {name: Squat, kind: strength}\nsessions:\n  a: {title: A, items: [{exercise: squat, sets: 3, reps: 5}]}\nschedule: {mon: a}\n"
        for index in 0..<count { text += "unknown-\(index): 1\n" }
        let path = try CLI.temporaryFolder() + "/many.yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func maxErrorsCapsTheHumanFormatWithACount() throws {
        let path = try manyUnknownKeys(80)
        let capped = try CLI.run(["check", path])
        let lines = capped.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(": error: ") }.count == 50, "50 by default")
        #expect(lines.dropLast().last == "…and 30 more (30 errors, 0 warnings) in \(path) not shown; --max-errors 0 shows every one")
        #expect(lines.last == "1 file checked, 80 errors, 0 warnings", "the summary counts every one")
        let three = try CLI.run(["check", "--max-errors", "3", path])
        #expect(three.standardOutput.split(separator: "\n").filter { $0.contains(": error: ") }.count == 3)
        #expect(three.standardOutput.contains("…and 77 more (77 errors, 0 warnings)"))
        let all = try CLI.run(["check", "--max-errors", "0", path])
        #expect(all.standardOutput.split(separator: "\n").filter { $0.contains(": error: ") }.count == 80)
        #expect(!all.standardOutput.contains("…and"))
        let json = try CLI.run(["check", "--format", "json", "--max-errors", "3", path])
        #expect(json.standardOutput.components(separatedBy: "\"code\" : \"R").count - 1 == 80, "machine formats keep every one")
        #expect(try CLI.run(["check", "--max-errors", "-1", path]).status == 2)
    }

    // MARK: --watch

    /// `check --watch` checks, then checks again when the file changes; stopped with SIGINT.
    /// Polling runs twice a second, so this takes about a second.
    @Test func watchChecksAgainWhenTheFileChanges() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/program.yaml"
        let clean = """
        regimen: 1
        program: Watched
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        exercises:
          squat: {name: Squat, kind: strength}
        sessions:
          a: {title: A, items: [{exercise: squat, sets: 3, reps: 5}]}
        schedule: {mon: a}

        """
        try clean.write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = ["check", "--watch", "--color", "never", path]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // SIGKILL: a child of the test runner starts with other signals blocked.
        func stop() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        defer { stop() }
        let lines = LineReader(output.fileHandleForReading)
        let first = lines.next(timeout: 60)
        #expect(first == "1 file checked, 0 errors, 0 warnings")
        // Break the file (a different size, so the change is seen whatever the clock's resolution).
        try (clean + "mystery: 1\n").write(toFile: path, atomically: true, encoding: .utf8)
        let second = lines.next(timeout: 60)
        #expect(second?.hasPrefix("\(path):11:1: error: ") == true && second?.contains("`mystery`") == true, "\(second ?? "nothing")")
        stop()
        let messages = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(messages.contains("regimen: watching "), "\(messages)")
        #expect(messages.contains("regimen: \(path) changed"), "\(messages)")
    }
}

/// Lines of a pipe as they arrive, for a process that does not end by itself.
final class LineReader: @unchecked Sendable {
    private let handle: FileHandle
    private var buffer = Data()
    private let condition = NSCondition()
    private var ended = false

    init(_ handle: FileHandle) {
        self.handle = handle
        Thread { [self] in
            while true {
                let data = handle.availableData
                condition.lock()
                if data.isEmpty { ended = true } else { buffer.append(data) }
                condition.broadcast()
                condition.unlock()
                if data.isEmpty { return }
            }
        }.start()
    }

    /// The next whole line, or `nil` when none arrives within `timeout` seconds (a guard against
    /// hanging, not a measurement).
    func next(timeout: TimeInterval) -> String? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            if ended || !condition.wait(until: deadline) { return nil }
        }
    }
}
