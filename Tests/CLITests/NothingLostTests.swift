import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// Outputs are never half-written and never lost: a failure or a kill at any point leaves each
/// output either the old file or the new one, and the next build goes on from there.
@Suite("Nothing lost: atomic outputs", .serialized)
struct NothingLostTests {
    /// A program and an edited version of it, as two folders' worth of outputs.
    func versions() throws -> (folder: String, old: String, new: String) {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/library", toPath: folder + "/library")
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/rosters", toPath: folder + "/rosters")
        let text = try String(contentsOfFile: CLI.repositoryRoot + "/Programs/five-three-one.yaml", encoding: .utf8)
        try text.write(toFile: folder + "/old.yaml", atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Squat\n", with: "title: Squat day\n")
            .write(toFile: folder + "/new.yaml", atomically: true, encoding: .utf8)
        return (folder, folder + "/old.yaml", folder + "/new.yaml")
    }

    /// The outputs of the old program, and of the new one built over them (calendars carry
    /// their events' identity forward from the files they replace).
    func outputs(old oldProgram: String, new newProgram: String) throws -> (old: [String: Data], new: [String: Data]) {
        let out = try CLI.temporaryFolder()
        #expect(try CLI.run(["build", oldProgram, "-o", out]).status == 0)
        let old = CLI.snapshot(out).filter { !$0.key.hasPrefix(".") }
        #expect(try CLI.run(["build", newProgram, "-o", out]).status == 0)
        return (old, CLI.snapshot(out).filter { !$0.key.hasPrefix(".") })
    }

    /// Every output is exactly the old or the new version, and nothing else is left behind.
    func expectIntact(_ out: String, old: [String: Data], new: [String: Data]) -> (oldCount: Int, newCount: Int) {
        var counts = (oldCount: 0, newCount: 0)
        for (path, data) in CLI.snapshot(out) where path != ".regimen-manifest" {
            if path.hasPrefix(".regimen-stage-") {
                // The stage of the killed build: harmless, and undone and removed by the next one.
                continue
            }
            if data == old[path] { counts.oldCount += 1 } else if data == new[path] { counts.newCount += 1 } else {
                Issue.record("\(path) is neither the old nor the new output")
            }
        }
        return counts
    }

    /// A failure at any step of writing (before any rename, between renames, before the
    /// manifest) undoes the steps taken: the folder, manifest included, is exactly as it was, and
    /// nothing of the stage is left.
    @Test func aFailureAtAnyStepLeavesTheFolderAsItWas() throws {
        let (_, oldProgram, newProgram) = try versions()
        let (_, plan) = Compiler().compile(newProgram)
        let plan2 = try #require(plan)
        let steps = Steps()
        // Count the steps of a successful build over the old outputs.
        let counting = try CLI.temporaryFolder()
        #expect(try CLI.run(["build", oldProgram, "-o", counting]).status == 0)
        let pipeline = BuildPipeline(backends: BackendRegistry.builtIn.backends)
        let recorded = pipeline.write(plan2, into: try OutputSession.open(counting).get(), hooks: WriteHooks { steps.record($0) })
        guard case .success = recorded else {
            Issue.record("the counting build failed")
            return
        }
        let names = steps.names
        #expect(names.count >= 4, "\(names)")
        #expect(names.last == "writing the manifest")
        for failing in names.indices {
            let out = try CLI.temporaryFolder()
            #expect(try CLI.run(["build", oldProgram, "-o", out]).status == 0)
            let before = CLI.listing(out)
            let counter = Counter()
            let result = pipeline.write(plan2, into: try OutputSession.open(out).get(), hooks: WriteHooks { _ in counter.next() != failing })
            guard case .failure(let failure) = result else {
                Issue.record("the injected failure at step \(failing) (\(names[failing])) did not fail the build")
                continue
            }
            #expect(failure.messages == ["stopped before \(names[failing])"])
            #expect(CLI.listing(out) == before, "a failure at \(names[failing]) changed the folder")
            // The next build goes on from there.
            #expect(try CLI.run(["build", newProgram, "-o", out]).status == 0)
        }
    }

    @Test func killingABuildAtAnyMomentLosesNothing() throws {
        let (_, oldProgram, newProgram) = try versions()
        let (old, new) = try outputs(old: oldProgram, new: newProgram)
        // Spread the kills over the time a whole build takes, and a little past it.
        let timing = try CLI.temporaryFolder()
        #expect(try CLI.run(["build", oldProgram, "-o", timing]).status == 0)
        let started = Date()
        #expect(try CLI.run(["build", newProgram, "-o", timing]).status == 0)
        let buildMicroseconds = Date().timeIntervalSince(started) * 1_000_000
        var sawOld = 0, sawNew = 0, sawMixed = 0
        let attempts = 30
        for attempt in 0..<attempts {
            let out = try CLI.temporaryFolder()
            #expect(try CLI.run(["build", oldProgram, "-o", out]).status == 0)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.executable)
            process.arguments = ["build", newProgram, "-o", out]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(buildMicroseconds * 1.2 * Double(attempt) / Double(attempts)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let counts = expectIntact(out, old: old, new: new)
            #expect(counts.oldCount + counts.newCount == old.count)
            if counts.newCount == 0 { sawOld += 1 } else if counts.oldCount == 0 { sawNew += 1 } else { sawMixed += 1 }
            // Whatever the moment of the kill, the next build is accepted and completes.
            let rebuild = try CLI.run(["build", newProgram, "-o", out])
            #expect(rebuild.status == 0, "\(rebuild.standardError)")
            #expect(CLI.snapshot(out).filter { !$0.key.hasPrefix(".") } == new)
            #expect(!CLI.snapshot(out).keys.contains { $0 != ".regimen-manifest" && $0.hasPrefix(".") }, "the stage of the killed build was not removed")
        }
        print("killed builds: \(sawOld) left the old outputs, \(sawNew) the new, \(sawMixed) a mix (each file whole)")
    }

    @Test func aHandEditedCardIsNotOverwrittenUnlessForced() throws {
        let out = try CLI.temporaryFolder()
        #expect(try CLI.run(["build", "Programs/runner-hip-balance.yaml", "-o", out]).status == 0)
        let card = out + "/runner-hip-balance.txt"
        try (try String(contentsOfFile: card, encoding: .utf8) + "\nMy own note\n").write(toFile: card, atomically: true, encoding: .utf8)
        let before = CLI.snapshot(out)
        let refused = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "-o", out])
        #expect(refused.status == 1)
        #expect(refused.standardError == "regimen: \(card) was not written by regimen, or was changed since (hand-edited?); move it away, or build with --force to overwrite it\nregimen: nothing was written\n")
        #expect(CLI.snapshot(out) == before)
        #expect(try CLI.run(["build", "Programs/runner-hip-balance.yaml", "-o", out, "--force"]).status == 0)
        #expect(!(try String(contentsOfFile: card, encoding: .utf8)).contains("My own note"))
    }

    @Test func aFileOfTheSameNameThatRegimenDidNotWriteIsKept() throws {
        let out = try CLI.temporaryFolder()
        try "someone else's file".write(toFile: out + "/runner-hip-balance.json", atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "-o", out])
        #expect(result.status == 1)
        #expect(try String(contentsOfFile: out + "/runner-hip-balance.json", encoding: .utf8) == "someone else's file")
        #expect(CLI.snapshot(out).count == 1)
    }
}

/// A thread-safe counter for the injected failure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}

/// The names of the steps a build's commit takes, in order.
final class Steps: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []

    func record(_ name: String) -> Bool {
        lock.withLock { recorded.append(name) }
        return true
    }

    var names: [String] { lock.withLock { recorded } }
}
