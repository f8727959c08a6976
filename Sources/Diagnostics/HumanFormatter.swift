import Synchronization

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
    /// Where each line of each file starts, found once per file: finding a diagnostic's line by
    /// scanning from the top made 40,000 diagnostics in one file take 15 s.
    private let lineStarts = LineStartCache()

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

    /// The diagnostics of one file, at most `limit` of them (every one when `limit` is `nil`),
    /// then one line saying how many more there are:
    /// `…and 19950 more (19950 errors, 0 warnings) not shown; --max-errors 0 shows every one`.
    /// When not all fit, limits reached are shown first, then errors, then warnings (an error
    /// past 50 warnings is the one that fails the check); those shown keep their order in the file.
    public func format(_ diagnostics: [Diagnostic], limit: Int?) -> String {
        guard let limit, diagnostics.count > limit else { return diagnostics.map(format).joined() }
        // Limits reached first (they say what was not even looked at), then errors, then warnings.
        let tiers: [(Diagnostic) -> Bool] = [
            { $0.code == .limitExceeded }, { $0.code != .limitExceeded && $0.severity == .error }, { $0.severity != .error },
        ]
        var shown: [Int] = []
        for tier in tiers where shown.count < limit {
            shown += diagnostics.indices.filter { tier(diagnostics[$0]) }.prefix(limit - shown.count)
        }
        shown.sort()
        let shownSet = Set(shown)
        let hidden = diagnostics.indices.filter { !shownSet.contains($0) }.map { diagnostics[$0] }
        let errors = hidden.count { $0.severity == .error }
        let more = "…and \(hidden.count) more (\(errors) error\(errors == 1 ? "" : "s"), \(hidden.count - errors) warning\(hidden.count - errors == 1 ? "" : "s"))"
        let file = hidden.first?.span.map { " in \($0.file)" } ?? ""
        return shown.map { format(diagnostics[$0]) }.joined() + paint(more + file, "\u{1B}[1m") + " not shown; --max-errors 0 shows every one\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color && !text.isEmpty ? code + text + "\u{1B}[0m" : text
    }

    /// Line `line` (1-based) of `file`, with tabs shown as single spaces so columns line up.
    func sourceLine(file: String, line: Int) -> String? {
        guard line >= 1, let bytes = source(file) else { return nil }
        let starts = lineStarts.starts(of: file, bytes)
        guard line <= starts.count else { return nil }
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] - 1 : bytes.count
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        if line == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0.value < 0x20 ? " " : $0 }))
    }
}

/// The offsets at which the lines of each file start, computed on first use.
private final class LineStartCache: Sendable {
    private let cache = Mutex<[String: [Int]]>([:])

    func starts(of file: String, _ bytes: [UInt8]) -> [Int] {
        if let known = cache.withLock({ $0[file] }) { return known }
        var starts = [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        cache.withLock { $0[file] = starts }
        return starts
    }
}
