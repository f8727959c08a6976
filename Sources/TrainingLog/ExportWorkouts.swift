import Diagnostics
import ProgramSpec
import RegimenValues

/// Collects an export's rows (one per set) into sessions and exercises: rows of one workout
/// share its start time and name; consecutive rows of the same exercise are one exercise.
struct ExportWorkouts {
    private(set) var sessions: [RawSession] = []
    private var sessionIndex: [String: Int] = [:]
    /// Set numbers seen per session and exercise, to find a set exported twice.
    private var setNumbers: [String: SourceSpan] = [:]

    /// Adds a set of the workout `key` (made by `session` the first time), to the exercise
    /// `exercise`. Returns the span of an earlier row with the same `setNumber`, if any.
    mutating func add(
        workout key: String, session: () -> RawSession, exercise: Located<String>, set: RawSet, setNumber: String?,
        exerciseNotes: Located<String>?
    ) -> SourceSpan? {
        let position: Int
        if let known = sessionIndex[key] {
            position = known
        } else {
            position = sessions.count
            sessionIndex[key] = position
            sessions.append(session())
        }
        var exercises = sessions[position].exercises
        if exercises.last?.name.value != exercise.value {
            exercises.append(RawExercise(name: exercise, span: exercise.span))
        }
        let last = exercises.count - 1
        if let setNumber {
            let setKey = "\(position)/\(last)/\(setNumber)"
            if let earlier = setNumbers[setKey] { return earlier }
            setNumbers[setKey] = set.span
        }
        exercises[last].sets.append(set)
        if exercises[last].notes == nil, let exerciseNotes { exercises[last].notes = exerciseNotes }
        sessions[position].exercises = exercises
        return nil
    }
}

/// Dates and times as the apps write them, in the athlete's local time.
enum ExportDate {
    /// `2027-03-01 07:05:12`, `2027-03-01 07:05`, `2027-03-01T07:05:12`, `2027-03-01`.
    static func iso(_ text: String) -> (date: CivilDate, time: LocalTime?)? {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard let first = parts.first, parts.count <= 2 else { return nil }
        let fields = first.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
              let date = CivilDate(year: year, month: month, day: day), (1900...2999).contains(year) else { return nil }
        guard parts.count == 2 else { return (date, nil) }
        guard let time = clock(parts[1]) else { return nil }
        return (date, time)
    }

    /// `26 Jul 2025, 07:06` (Hevy), also `26 July 2025, 07:06`, `Jul 26, 2025, 07:06` and ISO.
    static func hevy(_ text: String) -> (date: CivilDate, time: LocalTime?)? {
        if let iso = iso(text) { return iso }
        let words = text.trimmingSpaces.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard words.count == 3 || words.count == 4 else { return nil }
        let day: Int?, month: Int?
        if let number = Int(words[0]) {
            day = number
            month = monthNumber(words[1])
        } else {
            month = monthNumber(words[0])
            day = Int(words[1])
        }
        guard let day, let month, let year = Int(words[2]), (1900...2999).contains(year),
              let date = CivilDate(year: year, month: month, day: day) else { return nil }
        guard words.count == 4 else { return (date, nil) }
        guard let time = clock(words[3]) else { return nil }
        return (date, time)
    }

    static func monthNumber(_ word: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        if let index = names.firstIndex(of: lower) { return index + 1 }
        if let index = full.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        return nil
    }

    /// `07:05`, `7:05`, `07:05:12`.
    static func clock(_ text: String) -> LocalTime? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(fields[0]), let minute = Int(fields[1]) else { return nil }
        if fields.count == 3, let second = Int(fields[2]), second > 59 { return nil }
        return LocalTime(hour: hour, minute: minute)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// Reading an app export: the steps the Strong and Hevy readers share.
struct ExportReading {
    var cells: ExportCells
    let table: CSVTable
    let format: LogFormat

    init(table: CSVTable, columns: ExportColumns, format: LogFormat) {
        cells = ExportCells(table: table, columns: columns)
        self.table = table
        self.format = format
    }

    /// The rows that have as many values as the header (one trailing empty value is forgiven);
    /// the others are reported. A row that repeats the header (two exports joined) is reported.
    mutating func wellFormedRows() -> [CSVTable.Row] {
        let width = table.header.fields.count
        let headerTexts = table.header.fields.map(\.text)
        var result: [CSVTable.Row] = []
        for row in table.rows {
            if row.fields.map(\.text) == headerTexts {
                cells.diagnostics.append(.error(.csvSyntax,
                    "the header line appears again here: two exports joined into one file? Give the newest export alone",
                    at: table.span(of: row)))
                continue
            }
            guard row.fields.count == width else {
                let advice = row.fields.count > width
                    ? "a value with `\(table.delimiter == "," ? "," : String(table.delimiter))` in it must be in double quotes"
                    : "a value is missing"
                let kind = "row width"
                cells.problemAtRow(.csvSyntax, "row \(cells.rowNumber(row)) has \(row.fields.count) values, but the header has \(width); \(advice)",
                                   row: row, kind: kind)
                continue
            }
            result.append(row)
        }
        return result
    }

    /// The cell's date and time, or a problem naming the formats expected.
    mutating func dateTime(_ row: CSVTable.Row, _ title: String, parse: (String) -> (date: CivilDate, time: LocalTime?)?, example: String)
        -> (date: Located<CivilDate>, time: Located<LocalTime>?)?
    {
        guard let text = cells.text(row, title) else {
            cells.problem(.invalidDate, "the date is empty", row: row, column: title)
            return nil
        }
        guard let (date, time) = parse(text) else {
            cells.problem(.invalidDate, "`\(text)` is not a date Regimen reads; \(format.title)s write dates like `\(example)`", row: row, column: title)
            return nil
        }
        return (cells.located(date, row, title), time.map { cells.located($0, row, title) })
    }

    /// The exercise's name, or a problem when the cell is empty.
    mutating func exerciseName(_ row: CSVTable.Row, _ title: String) -> Located<String>? {
        guard let name = cells.text(row, title) else {
            cells.problem(.missingKey, "the exercise is not named", row: row, column: title)
            return nil
        }
        return cells.located(name, row, title)
    }

    /// A set exported twice.
    mutating func duplicateSet(_ row: CSVTable.Row, column: String, earlier: SourceSpan) {
        cells.diagnostics.append(.error(.duplicateLogEntry,
            "row \(cells.rowNumber(row)), column `\(column)`: this set of the exercise is exported twice",
            at: cells.span(row, column), notes: [DiagnosticNote("it is first here", at: earlier)]))
    }

    /// A mass unit written in a cell (`kg`, `lbs`).
    mutating func massUnit(_ row: CSVTable.Row, _ title: String) -> MassUnit? {
        guard let text = cells.text(row, title) else { return nil }
        switch text.lowercased() {
        case "kg", "kgs": return .kg
        case "lb", "lbs": return .lb
        default:
            cells.problem(.invalidChoice, "`\(text)` is not a unit of weight; it should be `kg` or `lbs`", row: row, column: title)
            return nil
        }
    }

    /// A distance unit written in a cell (`km`, `mi`, `m`).
    mutating func distanceUnit(_ row: CSVTable.Row, _ title: String) -> DistanceUnit? {
        guard let text = cells.text(row, title) else { return nil }
        guard let unit = SpecValueText.distanceUnit(text) else {
            cells.problem(.invalidChoice, "`\(text)` is not a unit of distance; it should be `km`, `mi` or `m`", row: row, column: title)
            return nil
        }
        return unit
    }

    func finish(_ log: RawLog) -> RawLogReading {
        var cells = cells
        cells.summarizeRepeats()
        return RawLogReading(log: log, diagnostics: cells.diagnostics)
    }
}

extension ExportCells {
    /// A problem with a row as a whole.
    mutating func problemAtRow(_ code: DiagnosticCode, _ message: String, row: CSVTable.Row, kind: String) {
        let first = row.fields.first.map { table.span(of: $0) } ?? table.span(of: row)
        record(.error(code, message, at: first), kind: kind)
    }
}
