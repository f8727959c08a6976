import Checker
import Diagnostics
import LogChecker
import ProgramSpec
import RegimenValues
import TrainingLog
import YAMLReader

/// One session's results to add to a YAML training log (`regimen log`).
public struct LogEntry: Sendable {
    public var date: CivilDate
    public var session: String?
    public var time: LocalTime?
    public var status: String?
    public var notes: String?
    /// The exercises in order, each with its sets in the compact notation (`5,5,7 @ 100kg`).
    public var exercises: [(name: String, sets: String)]
    /// The athlete's id, written in the entry when the file is not that athlete's own log.
    public var athlete: String?

    /// `back-squat 5,5,7 @ 100kg` or `Romanian deadlift: 3x8 @ 60kg`: the exercise, then its sets.
    /// A name with spaces is followed by a colon and a space; otherwise the first space ends it.
    public static func exercise(parsing text: String) -> (name: String, sets: String)? {
        let trimmed = text.trimmingSpaces
        let characters = Array(trimmed)
        let colon = characters.indices.first { characters[$0] == ":" && $0 + 1 < characters.count && characters[$0 + 1] == " " }
        guard let split = colon ?? characters.firstIndex(of: " ") else { return nil }
        let name = String(characters[..<split]).trimmingSpaces
        let sets = String(characters[(split + 1)...]).trimmingSpaces
        guard !name.isEmpty, !sets.isEmpty else { return nil }
        return (name, sets)
    }
}

/// Adds an entry to the text of a YAML training log without touching anything already in it:
/// the entry goes after the last session, indented like the sessions before it, with the file's
/// own line endings.
public enum LogFileEditor {
    public struct Refusal: Error, Sendable {
        public var message: String
    }

    /// A new log file for `athlete`, holding `entry`.
    public static func newFile(athlete: String, entry: LogEntry) -> [UInt8] {
        let lines = ["regimen: 1", "log: \(YAMLText.scalar(athlete))", "sessions:"] + entryLines(entry, dash: "  - ", indent: "    ", nested: "  ")
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// `bytes` with `entry` added to its `sessions:` list.
    public static func appending(_ entry: LogEntry, to bytes: [UInt8], file: String) -> Result<[UInt8], Refusal> {
        let read = YAMLReader().read(bytes, file: file)
        guard let document = read.document, let root = document.root, document.kind(of: root) == .mapping else {
            return .failure(Refusal(message: "\(file) is not a training log Regimen can add to (it does not read as one)"))
        }
        let lines = SourceLines(bytes)
        guard let sessions = document.entries(of: root).first(where: { document.scalar($0.key) == "sessions" }) else {
            // No sessions yet: a list at the end of the file.
            let text = (["sessions:"] + entryLines(entry, dash: "  - ", indent: "    ", nested: "  ")).joined(separator: lines.newline)
            return .success(lines.appendingAtEnd(text))
        }
        let value = sessions.value
        if document.kind(of: value) == .scalar, document.isNull(value) {
            let keyLine = document.start(of: sessions.key).line
            let text = entryLines(entry, dash: "  - ", indent: "    ", nested: "  ").joined(separator: lines.newline)
            return .success(lines.inserting(text, afterLine: keyLine))
        }
        guard document.kind(of: value) == .sequence else {
            return .failure(Refusal(message: "`sessions:` in \(file) is not a list; regimen log adds to a list of sessions"))
        }
        let items = document.items(of: value)
        guard let first = items.first, let last = items.last else {
            return .failure(Refusal(message: "`sessions:` in \(file) is written as `[]`; write `sessions:` alone on its line, and regimen log will add below it"))
        }
        // Indentation as the first session has it: where its dash is, and where its keys start.
        let firstStart = document.start(of: first)
        guard let dashColumn = lines.dashColumn(line: firstStart.line, before: firstStart.column), document.kind(of: first) == .mapping else {
            return .failure(Refusal(message: "the sessions in \(file) are written in flow style ([…]); regimen log adds to a block list, one `- date:` per session"))
        }
        let dash = String(repeating: " ", count: dashColumn - 1) + "-" + String(repeating: " ", count: firstStart.column - dashColumn - 1)
        let indent = String(repeating: " ", count: firstStart.column - 1)
        var nested = "  "
        for item in items {
            if let exercises = document.entries(of: item).first(where: { document.scalar($0.key) == "exercises" }),
               document.kind(of: exercises.value) == .mapping, let key = document.entries(of: exercises.value).first?.key {
                nested = String(repeating: " ", count: max(1, document.start(of: key).column - firstStart.column))
                break
            }
        }
        let text = entryLines(entry, dash: dash, indent: indent, nested: nested).joined(separator: lines.newline)
        let end = document.span(of: last).end
        let lastLine = end.column == 1 ? end.line - 1 : end.line
        if lines.onlyCommentsAndBlanks(after: lastLine) { return .success(lines.appendingAtEnd(text)) }
        return .success(lines.inserting(text, afterLine: lastLine))
    }

    static func entryLines(_ entry: LogEntry, dash: String, indent: String, nested: String) -> [String] {
        var fields = ["date: \(entry.date)"]
        if let athlete = entry.athlete { fields.append("athlete: \(YAMLText.scalar(athlete))") }
        if let session = entry.session { fields.append("session: \(YAMLText.scalar(session))") }
        if let time = entry.time { fields.append("time: \"\(time)\"") }
        if let status = entry.status { fields.append("status: \(status)") }
        if let notes = entry.notes { fields.append("notes: \(YAMLText.scalar(notes))") }
        var lines = [dash + fields[0]] + fields.dropFirst().map { indent + $0 }
        if !entry.exercises.isEmpty {
            lines.append(indent + "exercises:")
            for (name, sets) in entry.exercises {
                lines.append(indent + nested + "\(YAMLText.scalar(name)): \(YAMLText.scalar(sets))")
            }
        }
        return lines
    }
}

/// Writing YAML scalars so that they read back as the same text.
enum YAMLText {
    /// `text` plain when YAML reads it back unchanged as text, else double-quoted.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "\\x" + Padded.hex(UInt8(scalar.value), 2)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        return !["yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"].contains(text.lowercased())
    }
}

/// A file's lines, for inserting text between them without changing a byte of the rest.
struct SourceLines {
    let bytes: [UInt8]
    /// Byte offset of the start of each line.
    let starts: [Int]
    let newline: String

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A && index + 1 < bytes.count { starts.append(index + 1) }
        self.starts = starts
        newline = bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } == true ? "\r\n" : "\n"
    }

    /// The text of line `line` (1-based), without its line break.
    func text(_ line: Int) -> String {
        guard line >= 1, line <= starts.count else { return "" }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The column of the `-` that starts a list item whose content starts at `column`.
    func dashColumn(line: Int, before column: Int) -> Int? {
        let scalars = Array(text(line).unicodeScalars)
        var index = min(column - 2, scalars.count - 1)
        while index >= 0, scalars[index] == " " { index -= 1 }
        return index >= 0 && scalars[index] == "-" ? index + 1 : nil
    }

    /// True when every line after `line` is blank or a comment.
    func onlyCommentsAndBlanks(after line: Int) -> Bool {
        guard line < starts.count else { return true }
        return (line + 1...starts.count).allSatisfy { number in
            let trimmed = text(number).drop { $0 == " " || $0 == "\t" }
            return trimmed.isEmpty || trimmed.hasPrefix("#")
        }
    }

    /// The bytes with `text` (and a line break) added after line `line`.
    func inserting(_ text: String, afterLine line: Int) -> [UInt8] {
        guard line < starts.count else { return appendingAtEnd(text) }
        let offset = starts[line]
        return Array(bytes[..<offset]) + Array((text + newline).utf8) + Array(bytes[offset...])
    }

    /// The bytes with `text` added at the end, after a line break if the file lacks its last.
    func appendingAtEnd(_ text: String) -> [UInt8] {
        var result = bytes
        if let last = result.last, last != 0x0A { result += Array(newline.utf8) }
        return result + Array((text + newline).utf8)
    }
}

