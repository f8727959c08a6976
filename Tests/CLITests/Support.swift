import Foundation
import Testing

/// Runs the `regimen` executable built next to the test bundle.
enum CLI {
    static let repositoryRoot: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Tests/CLITests/")!.lowerBound])
    }()

    /// The `regimen` binary in the same build folder as the tests (or `REGIMEN_TEST_EXECUTABLE`,
    /// to run the tests against another build, such as an older one a fix is measured against).
    static let executable: String = {
        if let chosen = ProcessInfo.processInfo.environment["REGIMEN_TEST_EXECUTABLE"] { return chosen }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("regimen").path,
                          repositoryRoot + "/.build/debug/regimen"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `regimen` with `arguments` in `directory` (the repository root by default), with
    /// `input` on its standard input (none: an empty one).
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repositoryRoot)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let standardInput = Pipe()
        process.standardInput = standardInput
        try process.run()
        // A writer thread: a large input must not wait on output nobody reads yet.
        let writer = Thread {
            if let input { standardInput.fileHandleForWriting.write(input) }
            try? standardInput.fileHandleForWriting.close()
        }
        writer.start()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Every file under `folder` with its contents, by relative path.
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return result
    }
}

/// A folder's exact contents, for checking that a failed build changed nothing.
extension CLI {
    /// One line per entry under `folder`, sorted, without following symbolic links: `d PATH` for
    /// a folder, `f PATH SIZE CHECKSUM` for a file (64-bit FNV-1a of its bytes), `l PATH -> TARGET`
    /// for a symbolic link, `o PATH` for anything else.
    static func listing(_ folder: String) -> [String] {
        var lines: [String] = []
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() {
                let entry = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + entry, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    lines.append("d \(entry)")
                    walk(entry)
                case S_IFREG:
                    let data = FileManager.default.contents(atPath: folder + "/" + entry) ?? Data()
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for byte in data {
                        hash ^= UInt64(byte)
                        hash = hash &* 0x0000_0100_0000_01b3
                    }
                    lines.append("f \(entry) \(data.count) \(String(hash, radix: 16))")
                case S_IFLNK:
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + entry)) ?? "?"
                    lines.append("l \(entry) -> \(target)")
                default:
                    lines.append("o \(entry)")
                }
            }
        }
        walk("")
        return lines
    }
}

/// Running `regimen` and measuring what it used: peak resident memory and time, through the
/// package's small C `measure` launcher. (Measured directly with `wait4`, the figure would include
/// this test process's own memory: Linux carries a parent's high-water mark into the child.)
extension CLI {
    struct Measured {
        var status: Int32
        var standardOutput: String
        var standardError: String
        /// Peak resident set size of the process, in KiB.
        var peakKiB: Int
        var seconds: Double
    }

    static let measureLauncher: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("measure").path, repositoryRoot + "/.build/debug/measure"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// Runs `regimen` with `arguments`; kills it after `guardSeconds` (a hang guard, not a timing check).
    static func measure(_ arguments: [String], guardSeconds: Double = 120) throws -> Measured {
        let folder = try temporaryFolder()
        let outPath = folder + "/stdout", errPath = folder + "/stderr", reportPath = folder + "/measured"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Its own process group, so that the hang guard stops the launcher and regimen together.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([measureLauncher, reportPath, executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let environment = (ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }).map { strdup("\($0)=\($1)") } + [nil]
        defer { for pointer in environment { free(pointer) } }
        var pid: pid_t = 0
        let started = Date()
        guard posix_spawn(&pid, measureLauncher, &actions, &attributes, argv, environment) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date().timeIntervalSince(started) > guardSeconds { kill(-pid, SIGKILL) }
            usleep(2_000)
        }
        let seconds = Date().timeIntervalSince(started)
        // "seconds=S cpu_seconds=C peak_kib=K exit=E"; no report means the launcher itself was stopped.
        let report = (try? String(contentsOfFile: reportPath, encoding: .utf8)) ?? ""
        var fields: [String: String] = [:]
        for field in report.split(whereSeparator: \.isWhitespace) {
            let parts = field.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        let launcherExit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measured(
            status: fields["exit"].flatMap { Int32($0) } ?? launcherExit,
            standardOutput: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
            peakKiB: fields["peak_kib"].flatMap { Int($0) } ?? 0, seconds: seconds)
    }
}
