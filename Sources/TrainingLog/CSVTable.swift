import Diagnostics

/// A CSV file read into rows of fields, each field with the line and column it starts at.
///
/// RFC 4180, as the apps write it and as spreadsheets rewrite it: fields separated by a comma,
/// a semicolon or a tab (whichever the header line uses most, outside quotes); a field in double
/// quotes may hold the separator, line breaks and doubled quotes; lines end with LF, CRLF or CR;
/// a UTF-8 byte order mark is skipped. A quote inside an unquoted field is kept as text, as
/// spreadsheets do. The text must be UTF-8: a file saved as UTF-16, a NUL byte or an invalid byte
/// sequence is reported where it is. Hand-written rather than a package's: see
/// docs/architecture.md ("CSV with positions").
public struct CSVTable: Sendable {
    public struct Field: Sendable, Hashable {
        public var text: String
        /// Where the field starts: its opening quote, or its first character.
        public var line: Int
        public var column: Int
        public var wasQuoted: Bool
    }

    public struct Row: Sendable {
        public var fields: [Field]
        /// The line the row starts on.
        public var line: Int
    }

    public var file: String
    /// `,`, `;` or a tab.
    public var delimiter: Unicode.Scalar
    public var header: Row
    public var rows: [Row]

    /// The span of a field, for diagnostics.
    public func span(of field: Field) -> SourceSpan {
        SourceSpan(file: file, start: SourcePosition(line: field.line, column: field.column),
                   end: SourcePosition(line: field.line, column: field.column + max(1, field.text.unicodeScalars.count + (field.wasQuoted ? 2 : 0))))
    }

    /// The span of a row's start, for problems with the row as a whole.
    public func span(of row: Row) -> SourceSpan {
        SourceSpan(file: file, at: SourcePosition(line: row.line, column: 1))
    }

    /// Hard limits on what a CSV may hold.
    public static let maxColumns = 256
    public static let maxFieldBytes = 64 << 10
}

extension CSVTable {
    /// Reads `bytes` as the CSV file `file`; `nil` with a diagnostic when it cannot be read.
    public static func read(_ bytes: [UInt8], file: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        var start = 0
        if let problem = Encoding.problem(in: bytes, file: file) { return (nil, [problem]) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var scanner = Scanner(bytes: bytes, start: start, file: file)
        scanner.delimiter = scanner.detectDelimiter()
        var rows: [Row] = []
        var diagnostics: [Diagnostic] = []
        while !scanner.atEnd {
            switch scanner.row() {
            case .success(let row):
                let isBlank = row.fields.allSatisfy { $0.text.isEmpty && !$0.wasQuoted }
                if !isBlank { rows.append(row) }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return (nil, diagnostics)
            }
        }
        guard let header = rows.first else {
            return (nil, [.error(.emptyFile, "the file is empty; an export starts with a header line naming its columns",
                                 at: SourceSpan(file: file, at: SourcePosition(line: 1, column: 1)))])
        }
        let delimiter = Unicode.Scalar(scanner.delimiter)
        return (CSVTable(file: file, delimiter: delimiter, header: header, rows: Array(rows.dropFirst())), diagnostics)
    }

    /// The byte-level reader.
    struct Scanner {
        let bytes: [UInt8]
        var index: Int
        let file: String
        var line = 1
        /// Index of the first byte of the current line, for columns.
        var lineStart: Int
        var delimiter: UInt8 = UInt8(ascii: ",")

        init(bytes: [UInt8], start: Int, file: String) {
            self.bytes = bytes
            index = start
            lineStart = start
            self.file = file
        }

        var atEnd: Bool { index >= bytes.count }

        /// The last column worked out on the current line, so that columns cost linear time.
        var columnCache: (position: Int, column: Int) = (0, 1)

        /// The column of byte `position` on the current line, counting characters (UTF-8 lead bytes).
        mutating func column(of position: Int) -> Int {
            var (cursor, count) = columnCache.position >= lineStart && columnCache.position <= position ? columnCache : (lineStart, 1)
            while cursor < position {
                if bytes[cursor] & 0xC0 != 0x80 { count += 1 }
                cursor += 1
            }
            columnCache = (position, count)
            return count
        }

        /// The separator the header line uses most (outside quotes): comma, semicolon or tab.
        func detectDelimiter() -> UInt8 {
            var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
            var inQuotes = false
            var cursor = index
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "\"") {
                    inQuotes.toggle()
                } else if !inQuotes, byte == 0x0A || byte == 0x0D {
                    break
                } else if !inQuotes, counts[byte] != nil {
                    counts[byte, default: 0] += 1
                }
                cursor += 1
            }
            let comma = counts[UInt8(ascii: ",")] ?? 0, semicolon = counts[UInt8(ascii: ";")] ?? 0, tab = counts[0x09] ?? 0
            if semicolon > comma, semicolon >= tab { return UInt8(ascii: ";") }
            if tab > comma, tab > semicolon { return 0x09 }
            return UInt8(ascii: ",")
        }

        mutating func problem(_ message: String, at position: Int, line: Int? = nil, column: Int? = nil) -> Diagnostic {
            .error(.csvSyntax, message, at: SourceSpan(file: file, at: SourcePosition(line: line ?? self.line, column: column ?? self.column(of: position))))
        }

        /// Moves past a line break at `index` (LF, CRLF or CR), counting the line.
        mutating func skipLineBreak() {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            index += 1
            line += 1
            lineStart = index
        }

        mutating func row() -> Result<Row, Diagnostic> {
            var fields: [Field] = []
            let rowLine = line
            while true {
                if fields.count >= CSVTable.maxColumns {
                    return .failure(problem("a row has more than \(CSVTable.maxColumns) values; this is not an export Regimen reads", at: index))
                }
                switch field() {
                case .failure(let diagnostic): return .failure(diagnostic)
                case .success(let field): fields.append(field)
                }
                if atEnd { break }
                let byte = bytes[index]
                if byte == delimiter {
                    index += 1
                    if atEnd {
                        fields.append(Field(text: "", line: line, column: column(of: index), wasQuoted: false))
                        break
                    }
                    continue
                }
                // A line break ends the row.
                skipLineBreak()
                break
            }
            return .success(Row(fields: fields, line: rowLine))
        }

        mutating func field() -> Result<Field, Diagnostic> {
            let fieldLine = line
            let fieldColumn = column(of: index)
            if !atEnd, bytes[index] == UInt8(ascii: "\"") {
                let opening = index
                index += 1
                var content: [UInt8] = []
                while true {
                    guard !atEnd else {
                        return .failure(problem("a value opened with a quote here is never closed; close it with `\"` (a quote inside a value is written twice: `\"\"`)",
                                                at: opening, line: fieldLine, column: fieldColumn))
                    }
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            content.append(byte)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == 0x0A || byte == 0x0D {
                        content.append(0x0A)
                        skipLineBreak()
                        continue
                    }
                    content.append(byte)
                    index += 1
                    if content.count > CSVTable.maxFieldBytes {
                        return .failure(problem("a value is longer than \(CSVTable.maxFieldBytes) bytes", at: opening, line: fieldLine, column: fieldColumn))
                    }
                }
                // Spaces may follow the closing quote; anything else is a mistake.
                while !atEnd, bytes[index] == 0x20 || (bytes[index] == 0x09 && delimiter != 0x09) { index += 1 }
                if !atEnd, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    var diagnostic = problem("text follows the closing quote of a value; put the whole value in the quotes, with any quote inside it doubled", at: index)
                    diagnostic.notes.append(DiagnosticNote("the quoted value starts here",
                                                           at: SourceSpan(file: file, at: SourcePosition(line: fieldLine, column: fieldColumn))))
                    return .failure(diagnostic)
                }
                return .success(Field(text: String(decoding: content, as: UTF8.self), line: fieldLine, column: fieldColumn, wasQuoted: true))
            }
            let start = index
            while !atEnd, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            if index - start > CSVTable.maxFieldBytes {
                return .failure(problem("a value is longer than \(CSVTable.maxFieldBytes) bytes", at: start, line: fieldLine, column: fieldColumn))
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            return .success(Field(text: text, line: fieldLine, column: fieldColumn, wasQuoted: false))
        }
    }
}

/// Checks that bytes are UTF-8 text, naming the first place they are not.
enum Encoding {
    static func problem(in bytes: [UInt8], file: String) -> Diagnostic? {
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            .error(.invalidEncoding, message, at: SourceSpan(file: file, at: SourcePosition(line: line, column: column)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return at(1, 1, "the file is saved as UTF-16 (it starts with a UTF-16 byte order mark); export or save it as UTF-8 text")
        }
        var line = 1, column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var length = 0
            switch byte {
            case 0x00:
                return at(line, column, "the file holds a NUL byte here, so it is not text (a file saved as UTF-16 looks like this); export or save it as UTF-8")
            case 0x0A:
                line += 1
                column = 1
                index += 1
                continue
            case 0x01...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && index + length <= bytes.count
            if valid, length > 1 {
                for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
                if valid {
                    let second = bytes[index + 1]
                    if byte == 0xE0, second < 0xA0 { valid = false }  // overlong
                    if byte == 0xED, second > 0x9F { valid = false }  // surrogates
                    if byte == 0xF0, second < 0x90 { valid = false }  // overlong
                    if byte == 0xF4, second > 0x8F { valid = false }  // above U+10FFFF
                }
            }
            guard valid else {
                return at(line, column, "the file is not UTF-8 text here (byte 0x\(String(byte, radix: 16, uppercase: true)), as in a file saved as Latin-1 or Windows-1252); export or save it as UTF-8")
            }
            index += length
            column += 1
        }
        return nil
    }
}
