@testable import TextBackend
import Testing

/// A line that fits as written skips the word-by-word pass (`TextLines.fitsAsWritten`): the
/// shortcut must give exactly the lines the full pass gives, for every kind of spacing.
@Suite("Text cards: the wrapping shortcut")
struct TextWrapShortcutTests {
    static let contents = [
        "", "Squat", "Back squat 3 × 5 @ 100 kg", "  leading spaces", "trailing space ", "two  spaces", "café au lait — très bien",
        String(repeating: "x", count: 39), String(repeating: "x", count: 40), String(repeating: "x", count: 41),
        "word " + String(repeating: "é", count: 36), "tab\tinside", "ünïcödé wörds that are long enough to wrap at forty columns",
    ]

    @Test(arguments: contents)
    func theShortcutGivesTheLinesOfTheFullPass(content: String) {
        for (indent, continuation) in [("", nil), ("  ", "    "), ("• ", nil)] as [(String, String?)] {
            var shortcut = TextLines(width: 40)
            shortcut.wrap(content, indent: indent, continuation: continuation)
            var full = TextLines(width: 40)
            full.wrapWordByWord(content, indent: indent, continuation: continuation)
            #expect(shortcut.text == full.text, "indent \(indent.debugDescription)")
        }
    }
}
