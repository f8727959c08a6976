import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// A folder for one test: `out/` (the output folder), `outside/` (which no build may touch) and
/// `plugins/` (backend plugins written by the test), with the whole folder's listing compared
/// before and after a build.
struct Sandbox {
    let root: String
    var out: String { root + "/out" }
    var outside: String { root + "/outside" }
    var plugins: String { root + "/plugins" }
    static let program = "Programs/runner-hip-balance.yaml"

    init() throws {
        root = try CLI.temporaryFolder()
        for folder in [root + "/out", root + "/outside", root + "/plugins"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try "precious".write(toFile: root + "/outside/existing.txt", atomically: true, encoding: .utf8)
    }

    /// A backend plugin `regimen-backend-NAME` that answers with `files` (path, contents).
    func plugin(_ name: String, answering files: [(String, String)]) throws {
        let answer: [String: Any] = ["protocolVersion": "1.0", "files": files.map { ["path": $0.0, "contents": $0.1] }]
        try JSONSerialization.data(withJSONObject: answer).write(to: URL(fileURLWithPath: "\(plugins)/\(name).answer"))
        try plugin(name, script: "cat >/dev/null\ncat \"$(dirname \"$0\")/\(name).answer\"")
    }

    /// A backend plugin whose answer is made by `script` (sh), after `--describe`.
    func plugin(_ name: String, script: String) throws {
        let path = "\(plugins)/regimen-backend-\(name)"
        try """
        #!/bin/sh
        if [ "$1" = "--describe" ]; then
          echo '{"protocolVersion": "1.0", "name": "\(name)", "summary": "A test plugin", "options": []}'
          exit 0
        fi
        \(script)

        """.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
    }

    func build(_ arguments: [String], program: String = Sandbox.program) throws -> CLI.Result {
        try CLI.run(["build", program, "--plugin-path", plugins, "-o", out] + arguments)
    }

    /// Builds the program's text cards, so that the folder holds something to lose.
    func buildCards() throws {
        let result = try build(["--to", "text"])
        #expect(result.status == 0, "\(result.standardError)")
    }

    var listing: [String] { CLI.listing(root) }
}

/// Issue 19: a hostile plugin or a hostile output folder cannot write outside the folder, lose
/// what is in it, or mix two builds. Every refused build leaves the whole sandbox (output folder
/// and the folder outside it) exactly as it was: the same listing of paths, sizes and checksums.
@Suite("Output safety: beneath the folder, all or nothing, locked")
struct OutputSafetyTests {
    func expectRefused(_ sandbox: Sandbox, _ arguments: [String], status: Int32 = 1, message: String,
                       program: String = Sandbox.program, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = sandbox.listing
        let result = try sandbox.build(arguments, program: program)
        #expect(result.status == status, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError == "regimen: \(message)\nregimen: nothing was written\n", sourceLocation: sourceLocation)
        #expect(sandbox.listing == before, "the build changed the folder", sourceLocation: sourceLocation)
    }

    // MARK: 1. Symbolic links

    @Test func aPluginCannotWriteThroughALinkedFolder() throws {
        let sandbox = try Sandbox()
        try sandbox.buildCards()
        try FileManager.default.createSymbolicLink(atPath: sandbox.out + "/link", withDestinationPath: sandbox.outside)
        try sandbox.plugin("evil", answering: [("link/pwned.txt", "pwned")])
        try expectRefused(sandbox, ["--to", "evil"], message: "backend `evil` writes `link/pwned.txt`, but \(sandbox.out)/link is a symbolic link; regimen never writes through one (the file would land outside the output folder); remove the link, or build with --force to replace the link itself with a folder")
    }

    @Test func aPluginCannotCreateFoldersThroughALinkedFolder() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createSymbolicLink(atPath: sandbox.out + "/link", withDestinationPath: "../outside")
        try sandbox.plugin("evil", answering: [("link/new/deep/x.txt", "pwned")])
        try expectRefused(sandbox, ["--to", "evil"], message: "backend `evil` writes `link/new/deep/x.txt`, but \(sandbox.out)/link is a symbolic link; regimen never writes through one (the file would land outside the output folder); remove the link, or build with --force to replace the link itself with a folder")
    }

    /// `--force` replaces the link with a folder; what it pointed to is untouched.
    @Test func forceReplacesALinkedFolderAndNeverWritesThroughIt() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createSymbolicLink(atPath: sandbox.out + "/link", withDestinationPath: sandbox.outside)
        try sandbox.plugin("evil", answering: [("link/pwned.txt", "pwned"), ("link/new/deep/x.txt", "x")])
        let outside = CLI.listing(sandbox.outside)
        let result = try sandbox.build(["--to", "evil", "--force"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(CLI.listing(sandbox.outside) == outside)
        #expect(CLI.listing(sandbox.out).filter { !$0.contains(".regimen-manifest") }
            == ["d link", "d link/new", "d link/new/deep", "f link/new/deep/x.txt 1 \(Self.fnv("x"))", "f link/pwned.txt 5 \(Self.fnv("pwned"))"])
    }

    /// A link where a file goes: refused, and with `--force` the link itself is replaced.
    @Test func aLinkWhereAFileGoesIsReplacedOnlyWithForce() throws {
        let sandbox = try Sandbox()
        let card = sandbox.out + "/runner-hip-balance.txt"
        try FileManager.default.createSymbolicLink(atPath: card, withDestinationPath: sandbox.outside + "/existing.txt")
        try expectRefused(sandbox, ["--to", "text"], message: "\(card) is a symbolic link; regimen never writes through one; remove it, or build with --force to replace it (what a link points to is left alone)")
        let outside = CLI.listing(sandbox.outside)
        let forced = try sandbox.build(["--to", "text", "--force"])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(CLI.listing(sandbox.outside) == outside)
        #expect(try String(contentsOfFile: sandbox.outside + "/existing.txt", encoding: .utf8) == "precious")
        var info = stat()
        #expect(lstat(card, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    }

    /// The same checks when paths are opened one name at a time (where `openat2` is missing).
    @Test(arguments: [false, true]) func linksAreRefusedWithOrWithoutOpenat2(perComponent: Bool) throws {
        let sandbox = try Sandbox()
        try FileManager.default.createSymbolicLink(atPath: sandbox.out + "/link", withDestinationPath: sandbox.outside)
        let (_, plan) = Compiler().compile(CLI.repositoryRoot + "/" + Sandbox.program)
        let session = try OutputSession.open(sandbox.out, perComponentPaths: perComponent).get()
        let before = sandbox.listing
        let backend = FixedBackend(files: [OutputFile(path: "link/pwned.txt", text: "pwned")])
        let pipeline = BuildPipeline(backends: [backend])
        let result = pipeline.write(try #require(plan), into: session)
        guard case .failure(let failure) = result else {
            Issue.record("a write through a link was not refused")
            return
        }
        #expect(failure.messages.first?.contains("is a symbolic link; regimen never writes through one") == true)
        #expect(sandbox.listing == before)
        let forced = pipeline.write(try #require(plan), into: session, settings: WriteSettings(force: true))
        #expect((try? forced.get()) != nil)
        #expect(CLI.listing(sandbox.outside) == ["f existing.txt 8 \(Self.fnv("precious"))"])
    }

    // MARK: 2. Failures while writing

    @Test func aFileAndAFolderOfTheSameName() throws {
        let sandbox = try Sandbox()
        try sandbox.buildCards()
        try sandbox.plugin("evil", answering: [("x", "a file"), ("x/y", "inside")])
        try expectRefused(sandbox, ["--to", "evil"], message: "backend `evil` writes `x/y`, inside `x`, which backend `evil` writes as a file")
    }

    @Test func aNameLongerThanTheFileSystemAllows() throws {
        let sandbox = try Sandbox()
        try sandbox.buildCards()
        let long = String(repeating: "n", count: 300) + ".txt"
        try sandbox.plugin("evil", answering: [("ok.txt", "fine"), (long, "too long")])
        try expectRefused(sandbox, ["--to", "evil"], message: "backend `evil` returned a file name of 304 bytes (`\(long.prefix(40))…`); a file or folder name can be at most 255 bytes")
    }

    @Test func aPathUnderAnExistingFile() throws {
        let sandbox = try Sandbox()
        try "my notes".write(toFile: sandbox.out + "/notes.txt", atomically: true, encoding: .utf8)
        try sandbox.plugin("evil", answering: [("notes.txt/y", "inside a file")])
        try expectRefused(sandbox, ["--to", "evil"], message: "backend `evil` writes `notes.txt/y`, but \(sandbox.out)/notes.txt is a file, not a folder; move it away, or build with --force to replace it with a folder")
    }

    /// `ulimit -f`: the write fails with EFBIG (Regimen ignores SIGXFSZ), reported, status 2.
    @Test func aFileSizeLimit() throws {
        let sandbox = try Sandbox()
        try sandbox.buildCards()
        let before = sandbox.listing
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 128; exec \"$0\" build \"$1\" -o \"$2\" 2>&1", CLI.executable, Sandbox.program, sandbox.out]
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.repositoryRoot)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "regimen was killed by a signal")
        #expect(process.terminationStatus == 2)
        #expect(text == "regimen: cannot write \(sandbox.out)/runner-hip-balance.json: file too large (the limit on file size, `ulimit -f`, is lower)\nregimen: nothing was written\n")
        #expect(sandbox.listing == before)
    }

    // MARK: 3. One backend's files are its own

    @Test func aPluginCannotOverwriteAnotherBackendsFile() throws {
        let sandbox = try Sandbox()
        try sandbox.buildCards()
        try sandbox.plugin("evil", answering: [("runner-hip-balance.txt", "replaced")])
        try expectRefused(sandbox, ["--to", "evil"], message: "backend `evil` writes \(sandbox.out)/runner-hip-balance.txt, which backend `text` wrote; one backend never replaces another's files; remove it first, or build with --force to replace it")
        try expectRefused(sandbox, ["--to", "text,evil"], message: "backend `evil` and backend `text` both write `runner-hip-balance.txt`")
    }

    // MARK: 4. Caps

    @Test func aPluginReturningTooManyFiles() throws {
        let sandbox = try Sandbox()
        try sandbox.buildCards()
        // 100,001 tiny files, made by awk so that the answer is quick to produce.
        try sandbox.plugin("flood", script: """
        cat >/dev/null
        awk 'BEGIN { printf "{\\"protocolVersion\\": \\"1.0\\", \\"files\\": ["; for (i = 0; i <= 100000; i++) printf "%s{\\"path\\": \\"f%d.txt\\", \\"contents\\": \\"x\\"}", (i ? "," : ""), i; print "]}" }'
        """)
        let started = Date()
        try expectRefused(sandbox, ["--to", "flood"], message: "backend `flood`: plugin `flood` (\(sandbox.plugins)/regimen-backend-flood) returned 100001 files, more than the limit of 10000; raise it with --plugin-file-limit")
        print("refusing 100,001 files took \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
    }

    @Test func thePluginFileLimitCanBeRaised() throws {
        let sandbox = try Sandbox()
        try sandbox.plugin("some", answering: (0..<20).map { ("f\($0).txt", "x") })
        try expectRefused(sandbox, ["--to", "some", "--plugin-file-limit", "10"], message: "backend `some`: plugin `some` (\(sandbox.plugins)/regimen-backend-some) returned 20 files, more than the limit of 10; raise it with --plugin-file-limit")
        #expect(try sandbox.build(["--to", "some", "--plugin-file-limit", "20"]).status == 0)
        #expect(CLI.listing(sandbox.out).count == 21)
    }

    @Test func theTotalSizeOfABuildIsCapped() throws {
        let sandbox = try Sandbox()
        try sandbox.buildCards()
        try expectRefused(sandbox, ["--to", "all", "--output-size-limit", "100000"], message: "the build's files come to more than 100000 bytes (the limit); raise it with --output-size-limit")
    }

    // MARK: 5. One build at a time

    /// A second build into a folder another build holds fails at once with `--no-wait`, and
    /// otherwise waits, says so, and then runs.
    @Test func aSecondBuildWaitsOrFailsWithNoWait() throws {
        let sandbox = try Sandbox()
        try sandbox.plugin("slow", script: "cat >/dev/null\nsleep 3\necho '{\"protocolVersion\": \"1.0\", \"files\": [{\"path\": \"slow.txt\", \"contents\": \"done\"}]}'")
        let first = Process()
        first.executableURL = URL(fileURLWithPath: CLI.executable)
        first.arguments = ["build", Sandbox.program, "--to", "slow", "--plugin-path", sandbox.plugins, "-o", sandbox.out]
        first.currentDirectoryURL = URL(fileURLWithPath: CLI.repositoryRoot)
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        // Wait until the slow plugin runs: the first build holds the lock by then.
        var waited = 0
        while waited < 200, !((try? String(contentsOfFile: "/proc/\(first.processIdentifier)/task/\(first.processIdentifier)/children", encoding: .utf8)) ?? "").contains(where: \.isNumber) {
            usleep(50_000)
            waited += 1
        }
        let before = sandbox.listing
        let refused = try sandbox.build(["--to", "text", "--no-wait"])
        #expect(refused.status == 2)
        #expect(refused.standardError == "regimen: another regimen build is writing into \(sandbox.out); try again when it has finished, or leave out --no-wait to wait for it\nregimen: nothing was written\n")
        #expect(sandbox.listing == before)
        let waiting = try sandbox.build(["--to", "text"])
        #expect(waiting.status == 0)
        #expect(waiting.standardError == "regimen: waiting for another regimen build writing into \(sandbox.out) to finish…\n")
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(Set(CLI.snapshot(sandbox.out).keys) == [".regimen-manifest", "slow.txt", "runner-hip-balance.txt"])
    }

    /// Pairs of builds of two versions of a program into one folder at once: each completes, and
    /// the folder ends as one build after the other would leave it, never a mix.
    @Test func concurrentBuildsNeverMix() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/library", toPath: folder + "/library")
        let text = try String(contentsOfFile: CLI.repositoryRoot + "/" + Sandbox.program, encoding: .utf8)
        try text.write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Post-run", with: "title: After the run")
            .write(toFile: folder + "/b.yaml", atomically: true, encoding: .utf8)
        // What the folder holds after one build and then the other, in each order (calendars
        // carry identity forward from the calendar they replace, so the order matters).
        var versions: [[String: Data]] = []
        for order in [["a", "b"], ["b", "a"]] {
            let out = try CLI.temporaryFolder()
            for name in order { #expect(try CLI.run(["build", folder + "/\(name).yaml", "-o", out]).status == 0) }
            versions.append(CLI.snapshot(out).filter { !$0.key.hasPrefix(".") })
        }
        #expect(versions[0] != versions[1])
        for _ in 0..<10 {
            let out = try CLI.temporaryFolder()
            let builds = try ["a", "b"].map { name -> Process in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: CLI.executable)
                process.arguments = ["build", folder + "/\(name).yaml", "-o", out]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                return process
            }
            for process in builds {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            let result = CLI.snapshot(out).filter { !$0.key.hasPrefix(".") }
            #expect(result == versions[0] || result == versions[1], "the folder mixes the two builds")
        }
    }

    // MARK: 7. Reported as the help says

    @Test func aPluginKilledByASignalIsNamed() throws {
        let sandbox = try Sandbox()
        try sandbox.plugin("crash", script: "cat >/dev/null\nkill -SEGV $$")
        try expectRefused(sandbox, ["--to", "crash"], message: "backend `crash`: plugin `crash` (\(sandbox.plugins)/regimen-backend-crash) was killed by signal 11 (SIGSEGV)")
    }

    @Test func anOutputFolderThatCannotBeCreatedIsStatusTwo() throws {
        let sandbox = try Sandbox()
        try "a file".write(toFile: sandbox.out + "/file", atomically: true, encoding: .utf8)
        let before = sandbox.listing
        let result = try CLI.run(["build", Sandbox.program, "-o", sandbox.out + "/file/out"])
        #expect(result.status == 2)
        #expect(result.standardError == "regimen: cannot create folder \(sandbox.out)/file/out: Not a directory\nregimen: nothing was written\n")
        #expect(sandbox.listing == before)
        let onAFile = try CLI.run(["build", Sandbox.program, "-o", sandbox.out + "/file"])
        #expect(onAFile.status == 2)
        #expect(onAFile.standardError == "regimen: cannot write into \(sandbox.out)/file: it is a file, not a folder; choose another folder with -o\nregimen: nothing was written\n")
        #expect(sandbox.listing == before)
    }

    @Test func aFolderNamedLikeAProgramIsAnError() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(atPath: sandbox.root + "/x.yaml", withIntermediateDirectories: true)
        let before = sandbox.listing
        let result = try CLI.run(["build", sandbox.root + "/x.yaml", "-o", sandbox.out])
        #expect(result.status == 2)
        #expect(result.standardError == "regimen: \(sandbox.root)/x.yaml is a folder, not a program file; to look for programs in it, write \(sandbox.root)/x.yaml/\n")
        #expect(sandbox.listing == before)
    }

    // MARK: Helpers

    static func fnv(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

/// A backend that returns fixed files, for in-process builds.
struct FixedBackend: Backend {
    var files: [OutputFile]
    var name: String { "fixed" }
    var summary: String { "Fixed files, for tests" }
    var options: [BackendOption] { [] }

    func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        BackendOutput(files: files)
    }
}
