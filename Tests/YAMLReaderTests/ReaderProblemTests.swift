import Diagnostics
import Testing
@testable import YAMLReader

@Suite("Reader: problems and limits")
struct ReaderProblemTests {
    func problems(_ text: String, limits: ReaderLimits = .standard) -> [String] {
        YAMLReader(limits: limits).read(Array(text.utf8), file: "t.yaml").diagnostics.map(\.summaryLine)
    }

    func problems(bytes: [UInt8]) -> [String] {
        YAMLReader().read(bytes, file: "t.yaml").diagnostics.map(\.summaryLine)
    }

    @Test func duplicateKeysAreErrorsPointingAtBoth() throws {
        let result = YAMLReader().read(Array("weeks: 8\nstart: 2027-01-04\nweeks: 6\n".utf8), file: "t.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.summaryLine == "t.yaml:3:1: error: `weeks` appears twice in the same mapping; the second one would silently replace the first [R102]")
        #expect(diagnostic.notes == [DiagnosticNote("`weeks` is first given here", at: SourceSpan(file: "t.yaml", start: .init(line: 1, column: 1), end: .init(line: 1, column: 6)))])
        // The document is still produced, with the first value kept, so later stages go on.
        let document = try #require(result.document)
        let root = try #require(document.root)
        #expect(document.entries(of: root).count == 2)
        #expect(document.scalar(document.entries(of: root)[0].value) == "8")
    }

    @Test func keysMustBeText() {
        #expect(problems("? [a, b]\n: value\n") == ["t.yaml:1:3: error: a key must be a name, not a list or a mapping [R110]"])
    }

    @Test func syntaxErrorsAreTranslatedWithPositions() {
        #expect(problems("sessions:\n  a: b: c\n") == [
            "t.yaml:2:7: error: there is a `: ` inside a value; put the value in quotes, or start a new line for a nested mapping [R101]"
        ])
        #expect(problems("name: \"unclosed\n") == [
            "t.yaml:2:1: error: the file ends inside a quoted value or a bracket; close it [R101]"
        ])
    }

    @Test func textAfterAClosingQuoteIsNamedWithTheQuotedValueAsTheFix() throws {
        let result = YAMLReader().read(Array("notes: \"+\" sets # amrap\n".utf8), file: "t.yaml")
        #expect(result.diagnostics.map(\.summaryLine) == [
            "t.yaml:1:12: error: there is text after the closing quote of `\"+\"`; quotes go around the whole value, so write `'\"+\" sets'` [R101]"
        ])
        let fix = try #require(result.diagnostics.first?.fix)
        #expect(fix.replacement == "'\"+\" sets'")
        #expect(fix.span == SourceSpan(file: "t.yaml", start: .init(line: 1, column: 8), end: .init(line: 1, column: 16)))
        // In brackets the value ends at the next comma; a value with a single quote of its own is
        // put in double quotes, escaped.
        #expect(problems("cues: [\"Knee's\" out, b]\n") == [
            "t.yaml:1:17: error: there is text after the closing quote of `\"Knee's\"`; quotes go around the whole value, so write `\"\\\"Knee's\\\" out\"` [R101]"
        ])
        // A badly indented key after a quoted value is still an indentation problem.
        #expect(problems("a: \"x\"\n b: 1\n").allSatisfy { !$0.contains("closing quote") })
    }

    @Test func tabIndentationIsNamed() {
        #expect(problems("sessions:\n\thips: x\n") == [
            "t.yaml:2:1: error: this line is indented with a tab; YAML needs spaces for indentation [R104]"
        ])
    }

    @Test func undefinedAliasIsAnError() {
        #expect(problems("a: *missing\n") == [
            "t.yaml:1:4: error: the alias `*missing` refers to no anchor; define `&missing` before using it [R101]"
        ])
    }

    @Test func selfReferencingAliasIsRejected() {
        #expect(problems("a: &x [1, *x]\n") == [
            "t.yaml:1:11: error: the alias `*x` refers to the list or mapping that contains it [R107]"
        ])
    }

    @Test func billionLaughsIsRejectedByTheExpansionBudget() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
        }
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("aliases here expand the document to more than 1000000 values; a program never needs this many (is this a \"billion laughs\" file?) [R106]") == true)
    }

    @Test func nestingDeeperThanTheLimitStops() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(problems(deep) == [
            "t.yaml:1:65: error: lists and mappings are nested more than 64 deep; a program never needs this much nesting [R106]"
        ])
    }

    @Test func longScalarsAreRejected() {
        let limits = ReaderLimits(maxScalarBytes: 10)
        #expect(problems("notes: \(String(repeating: "x", count: 11))\n", limits: limits) == [
            "t.yaml:1:8: error: this value is 11 bytes long, more than the limit of 10 bytes [R106]"
        ])
    }

    @Test func largeFilesAreRejectedBeforeParsing() {
        let limits = ReaderLimits(maxBytes: 16)
        #expect(problems(String(repeating: "a", count: 17), limits: limits) == [
            "t.yaml:1:1: error: the file is 17 bytes, more than the limit of 16 bytes; split it with `include:` or raise the limit with `--max-file-size` [R106]"
        ])
    }

    @Test func invalidUTF8IsReportedAtItsRealPosition() {
        var bytes = Array("name: ok\nnotes: caf".utf8)
        bytes += [0xC3, 0x28]
        #expect(problems(bytes: bytes) == [
            "t.yaml:2:11: error: the file is not valid UTF-8 text (invalid trailing UTF-8 octet); save it as UTF-8 [R103]"
        ])
    }

    @Test func nulBytesAreReported() {
        #expect(problems(bytes: Array("name: a".utf8) + [0] + Array("b\n".utf8)) == [
            "t.yaml:1:8: error: the file contains a NUL byte; it is not a text file, or it is damaged [R103]"
        ])
    }

    @Test func utf16IsRefusedWithAHint() {
        #expect(problems(bytes: [0xFF, 0xFE, 0x61, 0x00]) == [
            "t.yaml:1:1: error: the file is saved as UTF-16; save it as UTF-8 text [R103]"
        ])
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let result = YAMLReader().read([0xEF, 0xBB, 0xBF] + Array("name: x\n".utf8), file: "t.yaml")
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.document)
        let root = try #require(document.root)
        #expect(document.start(of: root) == SourcePosition(line: 1, column: 1))
    }

    @Test func crlfLineEndingsReadLikeLF() throws {
        let result = YAMLReader().read(Array("a: 1\r\nb: two\r\n".utf8), file: "t.yaml")
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.document)
        let root = try #require(document.root)
        let b = document.entries(of: root)[1].value
        #expect(document.scalar(b) == "two")
        #expect(document.start(of: b) == SourcePosition(line: 2, column: 4))
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(problems("a: 1\n---\nb: 2\n") == [
            "t.yaml:2:1: error: a program file holds one YAML document; move what follows this `---` into a file of its own [R105]"
        ])
    }
}

@Suite("Reader: duplicate keys in large and odd mappings")
struct DuplicateKeyTests {
    @Test func emptyKeysAreComparedToo() {
        let result = YAMLReader().read(Array("\"\": 1\n'': 2\n".utf8), file: "t.yaml")
        #expect(result.diagnostics.map(\.code) == [.duplicateKey])
    }

    @Test func largeMappingsFindDuplicates() {
        var text = ""
        for index in 0..<100 { text += "key\(index): \(index)\n" }
        text += "key57: again\n"
        let result = YAMLReader().read(Array(text.utf8), file: "t.yaml")
        #expect(result.diagnostics.map(\.summaryLine) == [
            "t.yaml:101:1: error: `key57` appears twice in the same mapping; the second one would silently replace the first [R102]",
        ])
    }
}
