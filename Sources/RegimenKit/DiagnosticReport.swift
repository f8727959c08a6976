import Diagnostics
import RegimenPlan
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The forms `regimen check` writes diagnostics in.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// For people: source lines with the span underlined, notes and fixes; colour on a terminal.
    case human
    /// One JSON document (`schema/diagnostics.schema.json`).
    case json
    /// GitHub Actions workflow commands: annotations on the pull request.
    case github
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
}

/// The diagnostics of one file, with the sources needed to show them.
public struct FileDiagnostics: Sendable {
    public var file: String
    public var diagnostics: [Diagnostic]
    public var sources: [String: [UInt8]]

    public init(file: String, diagnostics: [Diagnostic], sources: [String: [UInt8]]) {
        self.file = file
        self.diagnostics = diagnostics
        self.sources = sources
    }
}

/// Renders diagnostics in the machine formats. The human format is `HumanFormatter`.
public enum DiagnosticReport {
    /// The `--format json` document; `skipped` counts the other YAML files a search left out.
    public static func json(_ files: [FileDiagnostics], skipped: Int = 0) -> String {
        let all = files.flatMap(\.diagnostics)
        let report = JSONReport(
            version: 1,
            summary: .init(files: files.count, errors: all.count { $0.severity == .error }, warnings: all.count { $0.severity == .warning },
                           skipped: skipped > 0 ? skipped : nil),
            diagnostics: all.map(JSONReport.Entry.init))
        return encode(report)
    }

    /// GitHub Actions workflow commands, one line per diagnostic.
    public static func github(_ diagnostic: Diagnostic) -> String {
        var properties: [(String, String)] = []
        if let span = diagnostic.span {
            properties += [("file", span.file), ("line", "\(span.start.line)"), ("col", "\(span.start.column)")]
            if span.end.line >= span.start.line {
                properties += [("endLine", "\(span.end.line)"), ("endColumn", "\(span.end.column)")]
            }
        }
        properties.append(("title", "\(diagnostic.code.rawValue) \(diagnostic.code.title)"))
        var message = diagnostic.message
        for note in diagnostic.notes { message += "\nnote: \(note.message)" + (note.span.map { " (\($0))" } ?? "") }
        if let fix = diagnostic.fix { message += "\nfix: \(fix.message)" }
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(diagnostic.severity == .error ? "error" : "warning") \(list)::\(escapeData(message))"
    }

    /// The toolkit's escaping of a command's message (`%`, CR, LF).
    static func escapeData(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    /// The toolkit's escaping of a command's property values (also `:` and `,`).
    static func escapeProperty(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    /// Replaces each listed scalar with its escape, in one pass.
    private static func escape(_ text: String, _ table: [(Unicode.Scalar, String)]) -> String {
        // Every escaped character is ASCII, so the text is scanned and copied as UTF-8 bytes.
        let escapes = table.map { (UInt8($0.0.value), Array($0.1.utf8)) }
        guard text.utf8.contains(where: { byte in escapes.contains { $0.0 == byte } }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let escaped = escapes.first(where: { $0.0 == byte })?.1 { bytes += escaped } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A SARIF 2.1.0 log with one run.
    public static func sarif(_ files: [FileDiagnostics], version: String) -> String {
        let all = files.flatMap(\.diagnostics)
        let codes = Array(Set(all.map(\.code))).sorted()
        let log = SARIF.Log(runs: [SARIF.Run(
            tool: .init(driver: .init(
                name: "regimen", version: version, informationUri: "https://github.com/regimen/regimen/blob/main/docs/diagnostics.md",
                rules: codes.map { code in
                    .init(id: code.rawValue, name: code.title, shortDescription: .init(text: code.title),
                          fullDescription: .init(text: code.explanation.meaning), help: .init(text: code.explanation.fix),
                          defaultConfiguration: .init(level: code.severity == .error ? "error" : "warning"))
                })),
            results: all.map { diagnostic in
                SARIF.Result(
                    ruleId: diagnostic.code.rawValue, ruleIndex: codes.firstIndex(of: diagnostic.code) ?? 0,
                    level: diagnostic.severity == .error ? "error" : "warning", message: .init(text: diagnostic.message),
                    locations: diagnostic.span.map { [SARIF.Location(span: $0, message: nil)] } ?? [],
                    relatedLocations: diagnostic.notes.enumerated().compactMap { index, note in
                        note.span.map { SARIF.Location(span: $0, message: note.message, id: index) }
                    },
                    fixes: diagnostic.fix.map { fix in
                        [SARIF.Fix(description: .init(text: fix.message), artifactChanges: [
                            .init(artifactLocation: .init(path: fix.span.file), replacements: [
                                .init(deletedRegion: .init(fix.span), insertedContent: .init(text: fix.replacement)),
                            ]),
                        ])]
                    })
            },
            columnKind: "unicodeCodePoints")])
        return encode(log)
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The `--format json` document, described by `schema/diagnostics.schema.json`.
struct JSONReport: Encodable {
    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        /// Other YAML files a search found and left out, when there were any.
        var skipped: Int?
    }

    struct Place: Encodable {
        var file: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int

        init(_ span: SourceSpan) {
            file = span.file
            line = span.start.line
            column = span.start.column
            endLine = span.end.line
            endColumn = span.end.column
        }
    }

    struct Note: Encodable {
        var message: String
        var location: Place?
    }

    struct Fix: Encodable {
        var message: String
        var replacement: String
        var location: Place
    }

    struct Entry: Encodable {
        var severity: String
        var code: String
        var title: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var notes: [Note]
        var fix: Fix?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            code = diagnostic.code.rawValue
            title = diagnostic.code.title
            message = diagnostic.message
            file = diagnostic.span?.file
            line = diagnostic.span?.start.line
            column = diagnostic.span?.start.column
            endLine = diagnostic.span?.end.line
            endColumn = diagnostic.span?.end.column
            notes = diagnostic.notes.map { Note(message: $0.message, location: $0.span.map(Place.init)) }
            fix = diagnostic.fix.map { Fix(message: $0.message, replacement: $0.replacement, location: Place($0.span)) }
        }
    }

    var version: Int
    var summary: Summary
    var diagnostics: [Entry]
}

/// The parts of SARIF 2.1.0 Regimen writes.
enum SARIF {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version
            case runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind: String
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Text: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]
        var fixes: [Fix]?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Text?

        init(span: SourceSpan, message: String?, id: Int? = nil) {
            self.id = id
            physicalLocation = PhysicalLocation(artifactLocation: .init(path: span.file), region: Region(span))
            self.message = message.map(Text.init)
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String

        /// A file path as a URI reference: relative paths stay relative, and characters that
        /// cannot appear in a URI are percent-encoded.
        init(path: String) {
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@".utf8)
            var uri = path.hasPrefix("/") ? "file://" : ""
            for byte in path.utf8 {
                if allowed.contains(byte) {
                    uri.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    uri += "%" + Padded.hex(byte, 2)
                }
            }
            self.uri = uri
        }
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int

        init(_ span: SourceSpan) {
            startLine = span.start.line
            startColumn = span.start.column
            endLine = max(span.end.line, span.start.line)
            endColumn = max(span.end.column, 1)
        }
    }

    struct Fix: Encodable {
        var description: Text
        var artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: Text
    }
}
