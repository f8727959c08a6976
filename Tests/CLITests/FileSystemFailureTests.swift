import Foundation
import Testing

/// A small file system of its own for a test: a tmpfs mounted as root (`id -u` is 0, as when
/// `.ci/run` runs as root), through passwordless `sudo`, or in a user and mount namespace of its
/// own (`unshare -rm`) where that is allowed. Where none is possible the tests below are skipped,
/// and say why; they are never counted as passed.
enum ScratchFileSystem {
    /// How to run a script that mounts; `nil` when no way works.
    static let launcher: [String]? = {
        if getuid() == 0 { return ["/bin/sh"] }
        for candidate in [["sudo", "-n", "/bin/sh"], ["unshare", "-rm", "/bin/sh"]] where (try? run(candidate + ["-c", "true"])) == 0 {
            return candidate
        }
        return nil
    }()

    static let unavailable = "mounting a tmpfs needs root, passwordless sudo or unprivileged user namespaces (unshare -rm), and this machine allows none of them"

    /// Runs `command` (on `PATH`), returning its exit status.
    static func run(_ command: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    struct Outcome {
        var status: Int32
        var standardError: String
        var before: String
        var after: String
    }

    /// Mounts a tmpfs of `size`, builds the seed program's cards into `out/` on it, runs `prepare`
    /// (shell, in the mount), lists the tmpfs, builds with `arguments`, and lists it again.
    static func build(size: String, prepare: String = "", arguments: [String]) throws -> Outcome {
        let launcher = try #require(launcher)
        let results = try CLI.temporaryFolder()
        let mountPoint = try CLI.temporaryFolder()
        let script = """
        set -u
        dir="$1"; regimen="$2"; results="$3"; shift 3
        mount -t tmpfs -o size=\(size) tmpfs "$dir" || exit 90
        trap 'cd /; umount "$dir"' EXIT
        "$regimen" build Programs/runner-hip-balance.yaml --to text -o "$dir/out" >/dev/null 2>&1 || exit 91
        list() {
          (cd "$dir" && find . -mindepth 1 | LC_ALL=C sort | while IFS= read -r entry; do
            if [ -L "$entry" ]; then echo "l $entry"
            elif [ -d "$entry" ]; then echo "d $entry"
            else echo "f $entry $(wc -c < "$entry") $(sha256sum < "$entry" | cut -c1-16)"; fi
          done)
        }
        \(prepare)
        list > "$results/before"
        "$regimen" build Programs/runner-hip-balance.yaml -o "$dir/out" "$@" > "$results/stdout" 2> "$results/stderr"
        echo $? > "$results/status"
        list > "$results/after"
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = launcher + ["-c", script, "scratch", mountPoint, CLI.executable, results] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.repositoryRoot)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the scratch file system could not be set up (status \(process.terminationStatus))")
        func read(_ name: String) -> String { (try? String(contentsOfFile: results + "/" + name, encoding: .utf8)) ?? "" }
        return Outcome(status: Int32(read("status").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1,
                       standardError: read("stderr").replacingOccurrences(of: mountPoint, with: "DIR"),
                       before: read("before"), after: read("after"))
    }
}

@Suite("Output safety: a full or read-only file system", .enabled(if: ScratchFileSystem.launcher != nil, Comment(rawValue: ScratchFileSystem.unavailable)))
struct FileSystemFailureTests {
    /// Issue 19, case 2: the disk fills while the build's files are written (a 200 KiB tmpfs
    /// holding the cards; all three outputs need about 310 KB). Nothing changes, nothing staged
    /// is left, and the status is 2, as for any file that cannot be written.
    @Test func aFullDiskLeavesTheFolderAsItWas() throws {
        let outcome = try ScratchFileSystem.build(size: "200k", arguments: [])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "regimen: cannot write DIR/out/runner-hip-balance.json: no space left on the device\nregimen: nothing was written\n")
        #expect(!outcome.before.isEmpty)
        #expect(outcome.after == outcome.before)
    }

    /// Issue 19, case 7: an output folder on a read-only file system is status 2, as `--help` says.
    @Test func aReadOnlyFolderIsStatusTwo() throws {
        let outcome = try ScratchFileSystem.build(size: "1m", prepare: "mount -o remount,ro \"$dir\"", arguments: ["--to", "all"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "regimen: cannot write into DIR/out: the file system is read-only\nregimen: nothing was written\n")
        #expect(outcome.after == outcome.before)
    }
}
