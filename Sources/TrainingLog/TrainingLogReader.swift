import Diagnostics
import ProgramSpec
import YAMLReader

/// Reads a training log file in any format Regimen knows, chosen by the file's extension (and,
/// for CSV, by its header): `.yaml`/`.yml` Regimen's own log, `.csv` a Strong or Hevy export.
/// A `.fit` activity needs the program's plan to be read, so `ActivityImport` reads it.
///
/// To add a format (another app's export, say): give `LogFormat` a case, write a reader that turns the
/// file into a `RawLog` (sessions with dates, exercises by the names the file uses, sets with
/// reps, loads with units, seconds, distances), and add its extension to `read` below. Nothing
/// after this module changes: `LogChecker` resolves every format's `RawLog` the same way.
public struct TrainingLogReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .standard) {
        self.limits = limits
    }

    /// The extensions of files read as training logs when a folder is given. FIT activities
    /// (`.fit`) are read against the program's plan by `ActivityImport`, not by this reader.
    public static let extensions = ["yaml", "yml", "csv", "fit"]

    /// True for a FIT activity's file name.
    public static func isFITActivity(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".fit")
    }

    /// True for a file name a folder of logs is searched for.
    public static func isLogFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    public func read(_ bytes: [UInt8], file: String) -> RawLogReading {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let lower = name.lowercased()
        let start = SourceSpan(file: file, at: SourcePosition(line: 1, column: 1))
        if bytes.count > limits.maxBytes {
            return RawLogReading(log: nil, diagnostics: [.error(.limitExceeded,
                "the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes; split it, or raise the limit with `--max-file-size`",
                at: start)])
        }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return readYAML(bytes, file: file) }
        if lower.hasSuffix(".csv") { return Self.readExport(bytes, file: file) }
        if Self.isFITActivity(lower) {
            return RawLogReading(log: nil, diagnostics: [.error(.unknownLogFormat,
                "\(name) is a FIT activity, which is read with the program it is a log of: give it to `regimen build` or `regimen report` with `--log`, or name it in `logs:`", at: start)])
        }
        return RawLogReading(log: nil, diagnostics: [.error(.unknownLogFormat,
            "\(name) is not a training log Regimen reads (Regimen does not know this kind of file); give a Regimen log (`.yaml`), a Strong or Hevy export (`.csv`) or a watch's FIT activity (`.fit`)", at: start)])
    }

    func readYAML(_ bytes: [UInt8], file: String) -> RawLogReading {
        let read = YAMLReader(limits: limits).read(bytes, file: file)
        guard let document = read.document else { return RawLogReading(log: nil, diagnostics: read.diagnostics) }
        let kind = SpecDecoder.kind(of: document)
        guard kind == .log || document.root == nil else {
            let what = switch kind {
            case .program: "a program"
            case .library: "an exercise library"
            case .roster: "a roster"
            case .log: "a log"
            }
            return RawLogReading(log: nil, diagnostics: read.diagnostics + [.error(.unknownLogFormat,
                "\(file) is \(what), not a training log; a log starts with `regimen: 1` and `log:` naming the athlete",
                at: SourceSpan(file: file, at: SourcePosition(line: 1, column: 1)))])
        }
        var result = YAMLLogReader.read(document)
        result.diagnostics = read.diagnostics + result.diagnostics
        return result
    }

    /// A Strong or Hevy CSV export, told apart by its header.
    public static func readExport(_ bytes: [UInt8], file: String) -> RawLogReading {
        let (table, diagnostics) = CSVTable.read(bytes, file: file)
        guard let table else { return RawLogReading(log: nil, diagnostics: diagnostics) }
        let strong = ExportColumns.matches(table.header, layout: StrongExportReader.layout)
        let hevy = ExportColumns.matches(table.header, layout: HevyExportReader.layout)
        if max(strong, hevy) >= 3 {
            return strong >= hevy ? StrongExportReader.read(table) : HevyExportReader.read(table)
        }
        let header = table.header.fields.map(\.text).joined(separator: String(table.delimiter))
        let shown = header.count > 80 ? String(header.prefix(77)) + "…" : header
        var notes = [DiagnosticNote("Strong's header starts `Date,Workout Name,…`; Hevy's `\"title\",\"start_time\",…` (see docs/logs.md)")]
        if table.header.fields.count == 1 {
            notes.insert(DiagnosticNote("the header is one column: Regimen reads values separated by commas, semicolons or tabs"), at: 0)
        }
        return RawLogReading(log: nil, diagnostics: diagnostics + [.error(.unknownLogFormat,
            "this CSV is not a Strong or Hevy export: its header is `\(shown)`",
            at: table.span(of: table.header), notes: notes)])
    }
}
