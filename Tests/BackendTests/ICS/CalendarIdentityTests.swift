import Foundation
import ICSBackend
import RegimenPlan
import Testing

/// Re-exports update events in place: UIDs never change, `SEQUENCE` and `DTSTAMP` change only
/// when an event's content does, and removed sessions are cancelled.
@Suite("iCalendar: identity across builds")
struct CalendarIdentityTests {
    func render(_ plan: Plan, previous: [UInt8]? = nil, timestamp: Int64? = nil, options: [String: String] = [:]) throws -> (bytes: [UInt8], diagnostics: [BackendDiagnostic]) {
        let context = RenderContext(compilerVersion: "test", buildTimestamp: timestamp) { _ in previous }
        let output = try ICSBackend().render(plan, options: BackendOptionValues(options), context: context)
        return (output.files[0].contents, output.diagnostics)
    }

    /// Each event's unfolded lines, by UID.
    func events(_ bytes: [UInt8]) -> [String: [String]] {
        var logical: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n") {
            if line.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += line.dropFirst() } else if !line.isEmpty { logical.append(line) }
        }
        var result: [String: [String]] = [:]
        var current: [String]?
        for line in logical {
            if line == "BEGIN:VEVENT" { current = [] } else if line == "END:VEVENT", let event = current {
                result[String(event.first { $0.hasPrefix("UID:") }!.dropFirst(4))] = event
                current = nil
            } else { current?.append(line) }
        }
        return result
    }

    func value(_ event: [String]?, _ name: String) -> String? {
        event?.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map { String($0[$0.index(after: $0.firstIndex(of: ":")!)...]) }
    }

    let uid = "runner-hip-balance.alex-morgan.glutes-hamstrings.w2.1@regimen"

    @Test func aFirstBuildStampsEveryEventWithTheProgramStart() throws {
        let first = events(try render(try Golden.plan("Programs/runner-hip-balance.yaml")).bytes)
        #expect(Set(first.values.compactMap { value($0, "DTSTAMP") }) == ["20270301T000000Z"])
        #expect(Set(first.values.compactMap { value($0, "SEQUENCE") }) == ["0"])
    }

    @Test func aFixedBuildTimeStampsNewEvents() throws {
        let first = events(try render(try Golden.plan("Programs/runner-hip-balance.yaml"), timestamp: 1_798_761_600).bytes)
        #expect(Set(first.values.compactMap { value($0, "DTSTAMP") }) == ["20270101T000000Z"])
    }

    @Test func rebuildingAnUnchangedPlanGivesTheSameBytes() throws {
        let plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        let first = try render(plan).bytes
        #expect(try render(plan, previous: first).bytes == first)
        // Even with a later build time: unchanged events keep their stamp.
        #expect(try render(plan, previous: first, timestamp: 1_900_000_000).bytes == first)
    }

    @Test func anEditedSessionAdvancesItsSequenceAndStampOnly() throws {
        var plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        let before = try render(plan).bytes
        let index = try #require(plan.athletes[0].sessions.firstIndex { Self.uidOf($0) == uid })
        plan.athletes[0].sessions[index].notes = "Go lighter if the hamstrings are sore"
        let afterBytes = try render(plan, previous: before).bytes
        let (old, new) = (events(before), events(afterBytes))
        #expect(value(new[uid], "SEQUENCE") == "1")
        #expect(value(new[uid], "DTSTAMP") == "20270301T000001Z")
        #expect(value(new[uid], "DESCRIPTION")?.contains("Go lighter if the hamstrings are sore") == true)
        for (other, lines) in new where other != uid {
            #expect(lines == old[other], "\(other) changed")
        }
        // A second rebuild with the edit already in place changes nothing more.
        #expect(try render(plan, previous: afterBytes).bytes == afterBytes)
    }

    @Test func movingASessionToAnotherDayKeepsItsUID() throws {
        var plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        let before = try render(plan).bytes
        let index = try #require(plan.athletes[0].sessions.firstIndex { Self.uidOf($0) == uid })
        let moved = plan.athletes[0].sessions[index].date.adding(days: 2)
        plan.athletes[0].sessions[index].date = moved
        let new = events(try render(plan, previous: before).bytes)
        #expect(new.count == events(before).count)
        #expect(value(new[uid], "DTSTART") == "\(moved.basicFormat)T183000")
        #expect(value(new[uid], "SEQUENCE") == "1")
    }

    @Test func aRemovedSessionIsCancelled() throws {
        var plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        let before = try render(plan).bytes
        plan.athletes[0].sessions.removeAll { Self.uidOf($0) == uid }
        let afterBytes = try render(plan, previous: before).bytes
        let new = events(afterBytes)
        #expect(new.count == events(before).count)
        #expect(value(new[uid], "STATUS") == "CANCELLED")
        #expect(value(new[uid], "SEQUENCE") == "1")
        #expect(value(new[uid], "DTSTART") == "20270308T183000")
        #expect(ICSConformance.problems(in: afterBytes) == [])
        // Cancelled stays cancelled, unchanged, on later builds.
        #expect(try render(plan, previous: afterBytes).bytes == afterBytes)
        // Unless the coach asks not to keep them.
        #expect(events(try render(plan, previous: before, options: ["cancel-removed": "false"]).bytes)[uid] == nil)
    }

    @Test func aCancelledSessionExpiresDaysAfterItsDate() throws {
        var plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        let before = try render(plan).bytes
        plan.athletes[0].sessions.removeAll { Self.uidOf($0) == uid }
        // The removed session is on 2027-03-08; by default it stays cancelled through 90 days after.
        let day = { (text: String) in Int64(try #require(CivilDate(year: 2027, month: 3, day: 8)).adding(days: Int(text)!).daysSinceEpoch) * 86_400 }
        let cancelled = try render(plan, previous: before, timestamp: day("90") + 86_399).bytes
        #expect(value(events(cancelled)[uid], "STATUS") == "CANCELLED")
        let expired = try render(plan, previous: cancelled, timestamp: day("91")).bytes
        #expect(events(expired)[uid] == nil)
        #expect(events(expired).count == events(before).count - 1)
        #expect(ICSConformance.problems(in: expired) == [])
        // A shorter time, set by the coach; 0 keeps it only until its day has passed.
        let shorter = try render(plan, previous: before, timestamp: day("1"), options: ["cancelled-days": "0"]).bytes
        #expect(events(shorter)[uid] == nil)
        let onTheDay = try render(plan, previous: before, timestamp: day("0"), options: ["cancelled-days": "0"]).bytes
        #expect(value(events(onTheDay)[uid], "STATUS") == "CANCELLED")
    }

    @Test func aDamagedPreviousFileIsIgnoredWithAWarning() throws {
        let plan = try Golden.plan("Programs/runner-hip-balance.yaml")
        let fresh = try render(plan).bytes
        let result = try render(plan, previous: Array("not a calendar\r\n".utf8))
        #expect(result.bytes == fresh)
        #expect(result.diagnostics == [BackendDiagnostic(.warning, "runner-hip-balance.ics exists but is not a calendar Regimen wrote; its events are not carried forward")])
    }

    @Test func twoAthletesGetTwoCalendarsWithTheirOwnNumbers() throws {
        let files = try Golden.render(try Golden.plan("Programs/five-three-one.yaml"), with: ICSBackend())
        #expect(files.map(\.path) == ["five-three-one.alex-morgan.ics", "five-three-one.casey-park.ics"])
        let descriptions = files.map { file in events(file.contents).values.compactMap { value($0, "DESCRIPTION") }.joined(separator: "\n") }
        #expect(descriptions[0].contains("5 @ 65 kg (65%)"))
        #expect(descriptions[1].contains("5 @ 145 lb (65%)"))
        #expect(!descriptions[0].contains(" lb"))
        #expect(String(decoding: files[1].contents, as: UTF8.self).contains("DTSTART;TZID=America/New_York:20270111T180000"))
    }

    static func uidOf(_ session: SessionInstance) -> String {
        "\(session.identity.program).\(session.identity.athlete).\(session.identity.session).w\(session.identity.week).\(session.identity.occurrence)@regimen"
    }
}
