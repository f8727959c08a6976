import Foundation
import Publish
import RegimenKit
import RegimenPlan
import Testing

/// Publishing into a folder: the site's layout, publishing again, a synced-down copy, and refusals.
struct PublishRunTests {
    static let runner = AthletePageTests.root + "/Programs/runner-hip-balance.yaml"
    static let roster = AthletePageTests.root + "/Programs/five-three-one.yaml"

    static func settings(at time: Int64 = 1_800_000_000) throws -> PublishSettings {
        PublishSettings(secret: try SiteSecret.read(String(repeating: "k", count: 40)).get(), baseURL: "https://example.org/t",
                        buildTimestamp: time, publishedAt: time)
    }

    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func files(_ folder: String) -> [String: Data] {
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

    @discardableResult
    static func publish(_ programs: [String], into site: String, settings: PublishSettings) throws -> PublishRun.Outcome {
        let run = PublishRun(compiler: Compiler(), settings: settings)
        return run.publish(programs, into: OutputTarget(site)).outcome
    }

    @Test("A site: per athlete a token folder with feed.ics and index.html; the coach's folder; a root that lists nothing")
    func layout() throws {
        let site = try Self.folder()
        let settings = try Self.settings()
        guard case .published(let result) = try Self.publish([Self.runner, Self.roster], into: site, settings: settings) else {
            Issue.record("not published")
            return
        }
        #expect(result.athletes.map(\.id) == ["alex-morgan", "alex-morgan", "casey-park"])
        let coach = settings.secret.coachToken
        var expected: Set<String> = [".regimen-manifest", "index.html", "robots.txt", "\(coach)/index.html", "\(coach)/regimen-site-state.txt",
                                     "\(coach)/runner-hip-balance.ics", "\(coach)/five-three-one.ics"]
        for athlete in result.athletes {
            #expect(athlete.folder == settings.secret.athleteToken(program: athlete.program, athlete: athlete.id))
            expected.formUnion(["\(athlete.folder)/feed.ics", "\(athlete.folder)/index.html"])
        }
        let files = Self.files(site)
        #expect(Set(files.keys) == expected)
        let root = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(!root.contains("Alex") && !result.athletes.contains { root.contains($0.folder) })
        let coachPage = String(decoding: try #require(files["\(coach)/index.html"]), as: UTF8.self)
        for athlete in result.athletes {
            #expect(coachPage.contains("https://example.org/t/\(athlete.folder)/feed.ics"))
            #expect(coachPage.contains("webcal://example.org/t/\(athlete.folder)/feed.ics"))
        }
        // Athletes' alarms never reach the coach's calendar.
        let alarmed = try PublishSettings(secret: settings.secret, alarmMinutes: 30, publishedAt: 0)
        let other = try Self.folder()
        try Self.publish([Self.runner], into: other, settings: alarmed)
        let otherFiles = Self.files(other)
        #expect(String(decoding: try #require(otherFiles["\(coach)/runner-hip-balance.ics"]), as: UTF8.self).contains("BEGIN:VALARM") == false)
        let feed = try #require(otherFiles["\(settings.secret.athleteToken(program: "runner-hip-balance", athlete: "alex-morgan"))/feed.ics"])
        #expect(String(decoding: feed, as: UTF8.self).contains("TRIGGER:-PT30M"))
    }

    @Test("Publishing again later keeps every feed byte for byte; a synced-down copy without the manifest does too")
    func publishAgain() throws {
        let site = try Self.folder()
        try Self.publish([Self.runner, Self.roster], into: site, settings: try Self.settings(at: 1_800_000_000))
        let first = Self.files(site)
        try Self.publish([Self.runner, Self.roster], into: site, settings: try Self.settings(at: 1_800_086_400))
        let second = Self.files(site)
        for (path, data) in first where path.hasSuffix(".ics") { #expect(second[path] == data, "\(path)") }

        let down = try Self.folder()
        for (path, data) in second where path != ".regimen-manifest" {
            let url = URL(fileURLWithPath: down + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        guard case .published = try Self.publish([Self.runner, Self.roster], into: down, settings: try Self.settings(at: 1_800_172_800)) else {
            Issue.record("a synced-down site was refused")
            return
        }
        let third = Self.files(down)
        for (path, data) in first where path.hasSuffix(".ics") { #expect(third[path] == data, "\(path)") }
    }

    @Test("A program no longer published leaves its files, which stay regimen's in the state for a synced-down copy")
    func programDropped() throws {
        let site = try Self.folder()
        try Self.publish([Self.runner, Self.roster], into: site, settings: try Self.settings())
        try Self.publish([Self.runner], into: site, settings: try Self.settings(at: 1_800_086_400))
        let files = Self.files(site)
        let down = try Self.folder()
        for (path, data) in files where path != ".regimen-manifest" {
            let url = URL(fileURLWithPath: down + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        guard case .published = try Self.publish([Self.runner], into: down, settings: try Self.settings(at: 1_800_172_800)) else {
            Issue.record("the synced-down copy was refused")
            return
        }
        #expect(Self.files(down).keys.filter { $0.hasSuffix("feed.ics") }.count == 3)
    }

    @Test("A folder with no program publishes nothing")
    func noPrograms() throws {
        let site = try Self.folder()
        let outcome = PublishRun(compiler: Compiler(), settings: try Self.settings())
            .publish([AthletePageTests.root + "/Programs/library/hips.yaml"], into: OutputTarget(site), skipsLibraries: true).outcome
        guard case .hasErrors = outcome else {
            Issue.record("published")
            return
        }
        #expect(Self.files(site).isEmpty)
    }

    @Test("A site folder holding a file regimen did not write, or one changed since: refused, nothing written")
    func foreignFiles() throws {
        let site = try Self.folder()
        try Self.publish([Self.runner], into: site, settings: try Self.settings())
        let settings = try Self.settings()
        let page = site + "/" + settings.secret.athleteToken(program: "runner-hip-balance", athlete: "alex-morgan") + "/index.html"
        try Data("edited".utf8).write(to: URL(fileURLWithPath: page))
        try FileManager.default.createDirectory(atPath: site + "/uploads", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: site + "/uploads/photo.jpg"))
        let before = Self.files(site)
        guard case .refused(let failure) = try Self.publish([Self.runner], into: site, settings: try Self.settings(at: 1_900_000_000)) else {
            Issue.record("not refused")
            return
        }
        #expect(failure.messages.joined().contains("uploads/photo.jpg"))
        #expect(failure.messages.joined().contains("/index.html"))
        #expect(Self.files(site) == before)
    }

    @Test("Two programs with the same id would share folders: refused, nothing written")
    func sameProgramTwice() throws {
        let site = try Self.folder()
        guard case .refused(let failure) = try Self.publish([Self.runner, Self.runner], into: site, settings: try Self.settings()) else {
            Issue.record("not refused")
            return
        }
        #expect(failure.messages.joined().contains("another `id:`"))
        #expect(Self.files(site).isEmpty)
    }
}
