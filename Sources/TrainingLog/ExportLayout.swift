import Diagnostics
import ProgramSpec
import RegimenValues

/// A column of an app export, known by one of several header names (the apps have renamed
/// columns between versions: `Weight`, `Weight (kg)`, `weight_kg`).
struct ExportColumn: Sendable {
    /// How the column is called in docs and messages.
    let title: String
    /// Header names (compared lowercased, trimmed), with what each says about units.
    let names: [(name: String, hint: UnitHint)]
    let isRequired: Bool

    enum UnitHint: Sendable {
        case none
        case mass(MassUnit)
        case distance(DistanceUnit)
        /// Seconds, for a duration column whose header says so.
        case seconds
    }

    init(_ title: String, _ names: [(String, UnitHint)], required: Bool = false) {
        self.title = title
        self.names = names
        isRequired = required
    }

    init(_ title: String, required: Bool = false) {
        self.init(title, [(title.lowercased(), .none)], required: required)
    }
}

/// An export's header matched against a layout: where each column is.
struct ExportColumns {
    let table: CSVTable
    /// Column index and unit hint by column title.
    private(set) var found: [String: (index: Int, hint: ExportColumn.UnitHint)] = [:]

    init(table: CSVTable, layout: [ExportColumn]) {
        self.table = table
        let names = table.header.fields.map { Self.normalized($0.text) }
        for column in layout {
            for (name, hint) in column.names {
                if let index = names.firstIndex(of: name) {
                    found[column.title] = (index, hint)
                    break
                }
            }
        }
    }

    static func normalized(_ header: String) -> String {
        header.trimmingSpaces.lowercased()
    }

    /// How many of a layout's columns a header has: which layout an export is.
    static func matches(_ header: CSVTable.Row, layout: [ExportColumn]) -> Int {
        let names = Set(header.fields.map { normalized($0.text) })
        return layout.count { column in column.names.contains { names.contains($0.name) } }
    }

    func index(_ title: String) -> Int? { found[title]?.index }
    func hint(_ title: String) -> ExportColumn.UnitHint { found[title]?.hint ?? .none }

    /// The missing required columns, each with the header cell it was probably renamed to.
    func missing(from layout: [ExportColumn], format: LogFormat) -> [Diagnostic] {
        let used = Set(found.values.map(\.index))
        let unused = table.header.fields.enumerated().filter { !used.contains($0.offset) }.map(\.element)
        var result: [Diagnostic] = []
        for column in layout where column.isRequired && found[column.title] == nil {
            let candidates = column.names.map(\.name)
            if let renamed = unused.first(where: { Suggestions.closest(to: Self.normalized($0.text), in: candidates) != nil }) {
                result.append(.error(.missingLogColumn,
                                     "this \(format.title) has no `\(column.title)` column; `\(renamed.text.trimmingSpaces)` looks like it, renamed",
                                     at: table.span(of: renamed),
                                     fix: FixIt("name the column `\(column.title)`", replacing: table.span(of: renamed), with: column.title)))
            } else {
                result.append(.error(.missingLogColumn,
                                     "this \(format.title) has no `\(column.title)` column; export it again from the app, in English, without editing the header",
                                     at: table.span(of: table.header)))
            }
        }
        return result
    }
}

/// Reading the cells of an export's rows, with diagnostics that name the row and the column.
struct ExportCells {
    let table: CSVTable
    let columns: ExportColumns
    var diagnostics: [Diagnostic] = []
    /// How often each kind of problem was found, and where the last report is, so that one
    /// mistake repeated in every row is reported a few times, not thousands.
    private var reported: [String: (count: Int, last: Int)] = [:]
    static let maxReportsPerKind = 5

    init(table: CSVTable, columns: ExportColumns) {
        self.table = table
        self.columns = columns
    }

    /// The field of `row` in the column titled `title`, if the export has that column.
    func field(_ row: CSVTable.Row, _ title: String) -> CSVTable.Field? {
        guard let index = columns.index(title), index < row.fields.count else { return nil }
        return row.fields[index]
    }

    /// The trimmed text of a cell; `nil` when the column is missing or the cell empty.
    func text(_ row: CSVTable.Row, _ title: String) -> String? {
        guard let field = field(row, title) else { return nil }
        let text = field.text.trimmingSpaces
        return text.isEmpty ? nil : text
    }

    func span(_ row: CSVTable.Row, _ title: String) -> SourceSpan {
        field(row, title).map(table.span(of:)) ?? table.span(of: row)
    }

    func located<Value>(_ value: Value, _ row: CSVTable.Row, _ title: String) -> Located<Value> {
        Located(value, at: span(row, title))
    }

    /// Records a problem with a cell; `kind` groups repeats of the same mistake.
    mutating func problem(_ code: DiagnosticCode, _ message: String, row: CSVTable.Row, column title: String, kind: String? = nil) {
        record(.error(code, "row \(rowNumber(row)), column `\(title)`: \(message)", at: span(row, title)), kind: kind ?? "\(code.rawValue) \(title)")
    }

    /// Keeps `diagnostic` unless its kind of problem was reported often enough already.
    mutating func record(_ diagnostic: Diagnostic, kind: String) {
        var entry = reported[kind] ?? (0, 0)
        entry.count += 1
        if entry.count <= Self.maxReportsPerKind {
            diagnostics.append(diagnostic)
            entry.last = diagnostics.count - 1
        }
        reported[kind] = entry
    }

    /// Adds to the last report of each repeated mistake how many more rows have it.
    mutating func summarizeRepeats() {
        for entry in reported.values where entry.count > Self.maxReportsPerKind {
            diagnostics[entry.last].notes.append(DiagnosticNote("the same problem is in \(entry.count - Self.maxReportsPerKind) more rows"))
        }
    }

    /// The row's number counting the header as row 1, as a spreadsheet shows it.
    func rowNumber(_ row: CSVTable.Row) -> Int {
        (table.rows.firstIndex { $0.line == row.line } ?? 0) + 2
    }

    // MARK: Numbers

    /// What a numeric cell holds.
    enum CellNumber {
        case empty
        case invalid
        /// In thousandths.
        case value(Int64)
    }

    /// A decimal as thousandths, rounded half away from zero: `72.5`, `-10`, and `72,5` where a
    /// comma cannot be the separator (a semicolon or tab export, or a quoted value).
    func number(_ row: CSVTable.Row, _ title: String) -> CellNumber {
        guard let field = field(row, title) else { return .empty }
        let text = field.text.trimmingSpaces
        if text.isEmpty { return .empty }
        let commaIsDecimal = table.delimiter != "," || field.wasQuoted
        return ExportNumber.thousandths(text, commaIsDecimal: commaIsDecimal).map(CellNumber.value) ?? .invalid
    }

    /// The cell's number in thousandths; `nil` when it is empty, or (reported) not a number.
    mutating func value(_ row: CSVTable.Row, _ title: String, what: String, code: DiagnosticCode) -> Int64? {
        switch number(row, title) {
        case .empty: return nil
        case .invalid:
            problem(code, "`\(text(row, title) ?? "")` is not \(what)", row: row, column: title)
            return nil
        case .value(let number): return number
        }
    }

    /// A non-negative whole number (`5`, `5.0`).
    mutating func count(_ row: CSVTable.Row, _ title: String, what: String, code: DiagnosticCode, range: ClosedRange<Int64>) -> Located<Int>? {
        guard let value = value(row, title, what: "a number of \(what)", code: .invalidNumber) else { return nil }
        guard value >= 0 else {
            problem(code, "\(what) cannot be negative (`\(text(row, title) ?? "")`)", row: row, column: title)
            return nil
        }
        guard value % 1000 == 0 else {
            problem(code, "\(what) are counted in whole numbers; `\(text(row, title) ?? "")` is not one", row: row, column: title)
            return nil
        }
        guard range.contains(value / 1000) else {
            problem(.outOfRange, "`\(text(row, title) ?? "")` \(what) is out of range (at most \(range.upperBound))", row: row, column: title)
            return nil
        }
        return located(Int(value / 1000), row, title)
    }

    /// RPE from 1 to 10 in steps of 0.5, in tenths; empty or 0 for none.
    mutating func rpe(_ row: CSVTable.Row, _ title: String) -> Located<Int>? {
        guard let value = value(row, title, what: "an RPE", code: .invalidNumber), value != 0 else { return nil }
        guard value % 500 == 0, (1000...10_000).contains(value) else {
            problem(.outOfRange, "RPE must be from 1 to 10 in steps of 0.5, not `\(text(row, title) ?? "")`", row: row, column: title)
            return nil
        }
        return located(Int(value / 100), row, title)
    }

    /// Seconds of work; empty or 0 for none.
    mutating func seconds(_ row: CSVTable.Row, _ title: String) -> Located<Int>? {
        guard let value = value(row, title, what: "a number of seconds", code: .invalidNumber), value != 0 else { return nil }
        guard value > 0, value <= 86_400_000 else {
            problem(.outOfRange, "`\(text(row, title) ?? "")` seconds is out of range (from 0 to 86400)", row: row, column: title)
            return nil
        }
        return located(Int((value + 500) / 1000), row, title)
    }

    /// A weight; empty or 0 for none (bodyweight work, cardio).
    mutating func weight(_ row: CSVTable.Row, _ title: String, unit: MassUnit?) -> Located<RawLoad>? {
        guard let value = value(row, title, what: "a weight", code: .invalidLoad), value != 0 else { return nil }
        guard value > 0, value <= 1_000_000 else {
            problem(.outOfRange, "a weight must be more than 0 and at most 1000 (kg or lb); `\(text(row, title) ?? "")` is out of range", row: row, column: title)
            return nil
        }
        return located(.mass(thousandths: value, unit: unit), row, title)
    }

    /// A distance; empty or 0 for none.
    mutating func distance(_ row: CSVTable.Row, _ title: String, unit: DistanceUnit?) -> Located<RawDistance>? {
        guard let value = value(row, title, what: "a distance", code: .invalidNumber), value != 0 else { return nil }
        guard value > 0, value <= 1_000_000_000 else {
            problem(.outOfRange, "`\(text(row, title) ?? "")` is out of range for a distance", row: row, column: title)
            return nil
        }
        return located(RawDistance(thousandths: value, unit: unit), row, title)
    }
}

/// Numbers as the apps write them.
enum ExportNumber {
    /// `72.5` → 72_500; `-10` → −10_000; `102.0583` → 102_058 (rounded to a thousandth); `72,5`
    /// when `commaIsDecimal`. No thousands separators, exponents or signs other than a leading `-`.
    static func thousandths(_ text: String, commaIsDecimal: Bool) -> Int64? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        var whole: Int64 = 0, wholeDigits = 0
        var fraction: Int64 = 0, fractionDigits = 0
        var roundUp = false
        var seenPoint = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") || (commaIsDecimal && byte == UInt8(ascii: ",")) {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= 0x30, byte <= 0x39 {
                let digit = Int64(byte - 0x30)
                if seenPoint {
                    fractionDigits += 1
                    if fractionDigits <= 3 {
                        fraction = fraction * 10 + digit
                    } else if fractionDigits == 4 {
                        roundUp = digit >= 5
                    }
                } else {
                    wholeDigits += 1
                    guard wholeDigits <= 12 else { return nil }
                    whole = whole * 10 + digit
                }
            } else {
                return nil
            }
        }
        guard wholeDigits > 0 || fractionDigits > 0, !seenPoint || fractionDigits > 0 || wholeDigits > 0 else { return nil }
        for _ in min(fractionDigits, 3)..<3 { fraction *= 10 }
        let magnitude = whole * 1000 + fraction + (roundUp ? 1 : 0)
        return negative ? -magnitude : magnitude
    }
}
