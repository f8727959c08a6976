import Foundation
import Testing

/// `regimen diff --git` in a temporary repository with two commits and an edited working tree:
/// the old side, with the library and roster it uses, is read from git; nothing is written.
@Suite("CLI: regimen diff --git")
struct DiffGitTests {
    static let library = """
        regimen: 1
        library: Lifts
        exercises:
          back-squat: {name: Back squat, kind: strength, targets: [quadriceps], equipment: [barbell, rack]}
          romanian-deadlift: {name: Romanian deadlift, kind: strength, targets: [hamstrings], equipment: [barbell]}

        """

    static let roster = """
        regimen: 1
        roster: Club
        athletes:
          - name: Alex Morgan
            training-max: { back-squat: 100kg }

        """

    static let program = """
        regimen: 1
        id: club
        program: Club strength
        start: 2027-03-01
        weeks: 3
        timezone: Europe/London
        units: kg
        include: [../library/lifts.yaml]
        roster: ../rosters/club.yaml
        sessions:
          strength:
            title: Strength
            at: "18:00"
            items:
              - { exercise: back-squat, sets: 3, reps: 5, load: 70%, rest: 3min }
              - { exercise: romanian-deadlift, sets: 3, reps: 8, load: 40kg, rest: 90s }
        schedule: { mon: strength, thu: strength }

        """

    /// Runs git in `folder`, failing the test when it fails.
    @discardableResult
    static func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Regimen Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                             "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(text)")
        return text
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Commit 1: the program, its library and roster. Commit 2: the library renames an exercise,
    /// the roster raises a training max. Working tree: the program rests longer.
    static func repository() throws -> String {
        let folder = try CLI.temporaryFolder()
        try git(["init", "-q"], in: folder)
        try write("", to: folder + "/regimen-project.yaml")
        try write(library, to: folder + "/library/lifts.yaml")
        try write(roster, to: folder + "/rosters/club.yaml")
        try write(program, to: folder + "/programs/club.yaml")
        try git(["add", "-A"], in: folder)
        try git(["commit", "-q", "-m", "one"], in: folder)
        try write(library.replacingOccurrences(of: "name: Romanian deadlift", with: "name: RDL"), to: folder + "/library/lifts.yaml")
        try write(roster.replacingOccurrences(of: "100kg", with: "110kg"), to: folder + "/rosters/club.yaml")
        try git(["commit", "-q", "-a", "-m", "two"], in: folder)
        try write(program.replacingOccurrences(of: "rest: 3min", with: "rest: 4min"), to: folder + "/programs/club.yaml")
        return folder
    }

    @Test func twoRevisionsReadWithWhatTheyIncludeFromTheSameRevision() throws {
        let folder = try Self.repository()
        let result = try CLI.run(["diff", "--git", "HEAD~1", "--to-rev", "HEAD"], in: folder)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput == """
        HEAD~1 → HEAD
        programs/club.yaml (Club strength)
          program
            ~ exercise renamed: Romanian deadlift → RDL
          Alex Morgan (alex-morgan): 6 changed
            ~ training max for Back squat 100 kg → 110 kg
            ~ from week 1: Back squat 3×5 @ 70 kg (70%) → 77.5 kg (70%) (6 sessions)

        1 program compared, 1 changed; 1 athlete, 1 changed

        """)
    }

    @Test func theWorkingTreeAgainstARevisionWritesNothing() throws {
        let folder = try Self.repository()
        let before = CLI.snapshot(folder + "/.git")
        let status = try Self.git(["status", "--porcelain"], in: folder)
        let result = try CLI.run(["diff", "--git", "HEAD", "--format", "json"], in: folder)
        #expect(result.status == 1, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(document["old"] as? String == "HEAD")
        #expect(document["new"] as? String == "working tree")
        let text = result.standardOutput
        #expect(text.contains("\"text\": \"from week 1: Back squat rest 3 min → 4 min (6 sessions)\""))
        #expect(!text.contains("RDL →") && !text.contains("training max for"))
        #expect(CLI.snapshot(folder + "/.git") == before)
        #expect(try Self.git(["status", "--porcelain"], in: folder) == status)
    }

    @Test func fromASubfolderWithPathsAndAFileTheRevisionDidNotHave() throws {
        let folder = try Self.repository()
        try Self.write(Self.program.replacingOccurrences(of: "id: club", with: "id: club-two"), to: folder + "/programs/two.yaml")
        let result = try CLI.run(["diff", "--git", "HEAD", "club.yaml", "two.yaml"], in: folder + "/programs")
        #expect(result.status == 1)
        #expect(result.standardError == "regimen: note: two.yaml did not exist in HEAD: every session is added\n")
        #expect(result.standardOutput.contains("club.yaml (Club strength)\n"))
        #expect(result.standardOutput.contains("two.yaml (Club strength): new program\n  Alex Morgan (alex-morgan): new athlete, 6 added\n"))
    }

    @Test func aRevisionThatDoesNotExist() throws {
        let folder = try Self.repository()
        let result = try CLI.run(["diff", "--git", "no-such-branch"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("regimen: there is no revision `no-such-branch` in this repository"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aShallowCloneSaysSo() throws {
        let folder = try Self.repository()
        let clone = try CLI.temporaryFolder() + "/clone"
        try Self.git(["clone", "-q", "--depth", "1", "file://" + folder, clone], in: folder)
        let result = try CLI.run(["diff", "--git", "HEAD~1"], in: clone)
        #expect(result.status == 2)
        #expect(result.standardError.contains("in this clone, which is shallow"))
        #expect(result.standardError.contains("fetch-depth: 0"))
    }

    @Test func outsideARepository() throws {
        let result = try CLI.run(["diff", "--git", "HEAD"], in: try CLI.temporaryFolder(), environment: ["GIT_CEILING_DIRECTORIES": NSTemporaryDirectory()])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("regimen: the current folder is not in a git repository that can be read"))
    }
}
