/// Renders diagnostics for people: the `file:line:column: severity: message [CODE]` line, then
/// the source line with the span underlined, then notes and the suggested fix.
///
/// ```
/// Programs/hips.yaml:12:19: error: there is no exercise `glute-bridg`; did you mean `glute-bridge`? [R201]
///    12 |       - exercise: glute-bridg
///       |                   ^~~~~~~~~~~
///       = note: `glute-bridge` is defined here (Programs/library/hips.yaml:40:3)
///       = fix: write `glute-bridge`
/// ```
public struct HumanFormatter: Sendable {
    /// The text of a file by the name diagnostics use, to show source lines.
    public var source: @Sendable (String) -> [UInt8]?
    /// Use ANSI colours (only on a terminal, and never when `NO_COLOR` is set).
    public var color: Bool

    public init(color: Bool = false, source: @escaping @Sendable (String) -> [UInt8]?) {
        self.color = color
        self.source = source
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let severityColor = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
        let place = diagnostic.span.map { "\($0): " } ?? ""
        out += paint(place, "\u{1B}[1m")
        out += paint("\(diagnostic.severity.rawValue):", severityColor)
        out += paint(" \(diagnostic.message)", "\u{1B}[1m")
        out += " [\(diagnostic.code.rawValue)]\n"
        var gutter = "    "
        if let span = diagnostic.span, let line = sourceLine(file: span.file, line: span.start.line) {
            let number = String(span.start.line)
            gutter = String(repeating: " ", count: number.count + 2)
            out += paint(" \(number) | ", "\u{1B}[34m") + line + "\n"
            let startColumn = max(1, span.start.column)
            let lineLength = line.unicodeScalars.count
            let endColumn = span.end.line == span.start.line ? max(span.end.column, startColumn + 1) : lineLength + 1
            let underlineLength = max(1, min(endColumn, lineLength + 1) - startColumn)
            let marker = "^" + String(repeating: "~", count: max(0, underlineLength - 1))
            out += paint("\(gutter)| ", "\u{1B}[34m") + String(repeating: " ", count: startColumn - 1) + paint(marker, severityColor) + "\n"
        }
        for note in diagnostic.notes {
            let place = note.span.map { " (\($0))" } ?? ""
            out += paint("\(gutter)= note:", "\u{1B}[1;36m") + " \(note.message)\(place)\n"
        }
        if let fix = diagnostic.fix {
            out += paint("\(gutter)= fix:", "\u{1B}[1;32m") + " \(fix.message)\n"
        }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        color && !text.isEmpty ? code + text + "\u{1B}[0m" : text
    }

    /// Line `line` (1-based) of `file`, with tabs shown as single spaces so columns line up.
    func sourceLine(file: String, line: Int) -> String? {
        guard let bytes = source(file), line >= 1 else { return nil }
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count, current < line {
            if bytes[index] == UInt8(ascii: "\n") {
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == line, start <= bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        if line == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0.value < 0x20 ? " " : $0 }))
    }
}
