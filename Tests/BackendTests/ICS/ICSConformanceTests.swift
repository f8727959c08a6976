import ICSBackend
import RegimenPlan
import Testing

@Suite("iCalendar: byte-level conformance")
struct ICSConformanceTests {
    @Test("every golden calendar conforms", arguments: Golden.programs)
    func goldenCalendarsConform(program: String) throws {
        let files = try Golden.render(try Golden.plan(program), with: ICSBackend(), options: ["combined": "true", "alarm": "10", "refresh-hours": "12"])
        #expect(files.count >= 2)
        for file in files {
            #expect(ICSConformance.problems(in: file.contents) == [], "\(file.path)")
        }
    }

    /// A valid calendar to break in the fixtures below.
    static let valid = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:STANDARD", "DTSTART:20261025T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:a@regimen", "DTSTAMP:20270101T000000Z", "DTSTART;TZID=Europe/London:20270104T070000",
        "DURATION:PT20M", "SUMMARY:Hips\\, week 1", "END:VEVENT",
        "END:VCALENDAR",
    ]

    static func bytes(_ lines: [String]) -> [UInt8] { Array(lines.map { $0 + "\r\n" }.joined().utf8) }

    @Test func theValidFixtureConforms() {
        #expect(ICSConformance.problems(in: Self.bytes(Self.valid)) == [])
    }

    @Test func bareLineFeedsAreFound() {
        let bytes = Array(Self.valid.joined(separator: "\n").utf8) + [10]
        #expect(ICSConformance.problems(in: bytes).first == "line 1: an LF without CR")
    }

    @Test func longLinesAreFound() {
        var lines = Self.valid
        lines[17] = "SUMMARY:" + String(repeating: "x", count: 80)
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["line 18: 88 octets, more than 75"])
    }

    @Test func foldsThatSplitACharacterAreFound() {
        var bytes = Self.bytes(Array(Self.valid[0..<17]))
        // "SUMMARY:é" folded between the two bytes of é.
        bytes += Array("SUMMARY:".utf8) + [0xC3] + [13, 10, 32] + [0xA9] + [13, 10]
        bytes += Self.bytes(Array(Self.valid[18...]))
        #expect(ICSConformance.problems(in: bytes).contains("line 18: not valid UTF-8 on its own (a fold split a character)"))
    }

    @Test func unescapedTextIsFound() {
        var lines = Self.valid
        lines[17] = "SUMMARY:Hips, week 1"
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["SUMMARY: an unescaped `,` in TEXT"])
        lines[17] = "SUMMARY:Hips\\x"
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["SUMMARY: `\\x` is not a TEXT escape"])
    }

    @Test func missingRequiredPropertiesAreFound() {
        #expect(ICSConformance.problems(in: Self.bytes(Self.valid.filter { !$0.hasPrefix("UID") })) == ["a VEVENT has no UID"])
        #expect(ICSConformance.problems(in: Self.bytes(Self.valid.filter { !$0.hasPrefix("PRODID") })) == ["VCALENDAR has no PRODID"])
        #expect(ICSConformance.problems(in: Self.bytes(Self.valid.filter { !$0.hasPrefix("DURATION") }))
                == ["a VEVENT must have DTEND or DURATION, not neither"])
    }

    @Test func dtendAndDurationTogetherAreFound() {
        var lines = Self.valid
        lines.insert("DTEND;TZID=Europe/London:20270104T072000", at: 16)
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["a VEVENT must have DTEND or DURATION, not both"])
    }

    @Test func aTZIDWithoutItsVTimeZoneIsFound() {
        var lines = Self.valid
        lines[15] = "DTSTART;TZID=America/New_York:20270104T070000"
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["DTSTART refers to TZID America/New_York, which has no VTIMEZONE"])
    }

    @Test func aTZIDOnAUTCValueIsFound() {
        var lines = Self.valid
        lines[15] = "DTSTART;TZID=Europe/London:20270104T070000Z"
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["DTSTART has a TZID and a UTC value"])
    }

    @Test func aLocalDTStampIsFound() {
        var lines = Self.valid
        lines[14] = "DTSTAMP:20270101T000000"
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["DTSTAMP `20270101T000000` is not in UTC"])
    }

    @Test func aMethodInAFeedIsFound() {
        var lines = Self.valid
        lines.insert("METHOD:PUBLISH", at: 3)
        #expect(ICSConformance.problems(in: Self.bytes(lines)) == ["a feed must not have METHOD"])
    }

    @Test func unbalancedComponentsAreFound() {
        let lines = Self.valid.filter { $0 != "END:VEVENT" }
        #expect(ICSConformance.problems(in: Self.bytes(lines)).contains("END:VCALENDAR does not close BEGIN:VEVENT"))
    }
}
