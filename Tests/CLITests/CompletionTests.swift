import Foundation
import Testing

/// The bash completions `scripts/install` installs: run in bash as bash runs them, they offer
/// backends for `--to`, athletes of the program typed for `--athlete`, and spec files.
@Suite("CLI: shell completions")
struct CompletionTests {
    /// What bash offers after `line` (the word under the cursor is the line's last, maybe empty).
    /// The completion function is called as bash calls it: the command, the word being
    /// completed and the word before it.
    static func complete(_ line: String, in folder: String) throws -> [String] {
        // Generated afresh, outside the folder completed in (which may be the repository).
        let script = try CLI.temporaryFolder() + "/regimen.bash"
        let generated = try CLI.run(["--generate-completion-script", "bash"])
        try #require(generated.status == 0)
        try generated.standardOutput.write(toFile: script, atomically: true, encoding: .utf8)
        // The first word is the binary's path, which the completions run for values Regimen knows.
        let words = [CLI.executable] + line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let commandLine = words.joined(separator: " ")
        let program = """
        shopt -s extglob
        source '\(script)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
        COMP_LINE='\(commandLine)'; COMP_POINT=${#COMP_LINE}
        _regimen regimen "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", program]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    @Test func buildToOffersTheBackends() throws {
        let folder = try CLI.temporaryFolder()
        let offered = try Self.complete("build program.yaml --to ", in: folder)
        #expect(Set(["all", "text", "ics", "json"]).isSubset(of: Set(offered)), "\(offered)")
        #expect(try Self.complete("build program.yaml --to ic", in: folder) == ["ics"])
    }

    @Test func buildToOffersExternalBackendsOnThePluginPath() throws {
        let folder = try CLI.temporaryFolder()
        let plugins = CLI.repositoryRoot + "/Tests/CLITests/Fixtures/plugins"
        let offered = try Self.complete("build program.yaml --plugin-path \(plugins) --to ", in: folder)
        #expect(offered.contains("echo"), "\(offered)")
    }

    @Test func reportAthleteOffersTheProgramsAthletes() throws {
        let offered = try Self.complete("report Programs/five-three-one.yaml --athlete ", in: CLI.repositoryRoot)
        #expect(offered == ["alex-morgan", "casey-park"], "\(offered)")
    }

    @Test func checkOffersSpecFilesAndFolders() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/library", withIntermediateDirectories: true)
        for name in ["hips.yaml", "notes.txt"] { FileManager.default.createFile(atPath: folder + "/" + name, contents: Data()) }
        let offered = try Self.complete("check ", in: folder)
        #expect(offered.contains("hips.yaml"), "\(offered)")
        #expect(offered.contains("library"), "\(offered)")
        #expect(!offered.contains("notes.txt"), "\(offered)")
    }
}
