import Diagnostics

/// A quoted value with more text after its closing quote, like `notes: "+" sets`: libyaml
/// reports it as a missing key or an unclosed bracket at the text after the quote, which sends
/// the coach looking at indentation. This finds that case and says what is really wrong.
struct TextAfterQuote {
    /// The line's characters.
    let line: [Unicode.Scalar]
    let lineNumber: Int
    /// Offsets into `line`: the opening quote, the closing quote, and the end of the value.
    let open: Int
    let close: Int
    let end: Int

    /// Recognises the case at a problem position (1-based line and column); `nil` when the text
    /// before the position is not a closing quote that ends a value's opening quote.
    init?(source: [UInt8], line lineNumber: Int, column: Int, inFlow: Bool) {
        guard let text = Self.line(lineNumber, of: source) else { return nil }
        let line = Array(text.unicodeScalars)
        var close = min(column - 1, line.count) - 1
        while close >= 0, line[close] == " " { close -= 1 }
        guard close > 0, column - 1 < line.count, line[close] == "\"" || line[close] == "'" else { return nil }
        let quote = line[close]
        // The opening quote: the nearest one before, not escaped (`\"` in double quotes).
        var open = close - 1
        while open >= 0, line[open] != quote || (quote == "\"" && open > 0 && line[open - 1] == "\\") { open -= 1 }
        guard open >= 0 else { return nil }
        // It must start a value: after `key: `, `- `, `[`, `{` or `,`.
        var before = open - 1
        while before >= 0, line[before] == " " { before -= 1 }
        guard before < 0 || [":", "-", "[", "{", ","].contains(line[before]) else { return nil }
        // The value runs to the end of the line (before a comment), or in brackets to the next `,`, `]` or `}`.
        var end = close + 1
        while end < line.count {
            let character = line[end]
            if inFlow, [",", "]", "}"].contains(character) { break }
            if character == "#", line[end - 1] == " " { break }
            end += 1
        }
        while end > close + 1, line[end - 1] == " " { end -= 1 }
        guard end > close + 1 else { return nil }
        self.line = line
        self.lineNumber = lineNumber
        self.open = open
        self.close = close
        self.end = end
    }

    func text(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: line[range])
        return result
    }

    /// The whole value in quotes: single quotes when it has none of its own, else double quotes
    /// with `"` and `\` escaped.
    var requoted: String {
        let value = text(open..<end)
        if !value.contains("'") { return "'" + value + "'" }
        var escaped = ""
        for character in value {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"" + escaped + "\""
    }

    /// The diagnostic, at `position` (where libyaml stopped: the text after the quote).
    func diagnostic(file: String, at position: SourcePosition) -> Diagnostic {
        let value = SourceSpan(file: file, start: SourcePosition(line: lineNumber, column: open + 1),
                               end: SourcePosition(line: lineNumber, column: end + 1))
        return .error(
            .yamlSyntax,
            "there is text after the closing quote of `\(text(open..<(close + 1)))`; quotes go around the whole value, so write `\(requoted)`",
            at: SourceSpan(file: file, at: position),
            fix: FixIt("quote the whole value", replacing: value, with: requoted))
    }

    /// The text of a 1-based line, without its line break.
    static func line(_ number: Int, of source: [UInt8]) -> String? {
        var current = 1
        var start = 0
        for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
            if current == number { return String(decoding: source[start..<offset], as: UTF8.self).trimmingSuffix("\r") }
            current += 1
            start = offset + 1
        }
        return current == number ? String(decoding: source[start...], as: UTF8.self) : nil
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
