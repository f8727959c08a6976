/// Writes iCalendar content lines (RFC 5545 §3.1): CRLF endings, lines folded at 75 octets
/// without splitting a UTF-8 sequence, and TEXT values escaped.
struct ContentLines {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(64 * 1024)
    }

    /// Appends `NAME;PARAMS:VALUE`, where `value` is already in its final form (escaped if TEXT).
    mutating func property(_ name: String, parameters: [(String, String)] = [], _ value: String) {
        var line = Array(name.utf8)
        for (key, parameterValue) in parameters {
            line.append(UInt8(ascii: ";"))
            line += key.utf8
            line.append(UInt8(ascii: "="))
            line += ContentLines.parameterValue(parameterValue).utf8
        }
        line.append(UInt8(ascii: ":"))
        line += value.utf8
        fold(line)
    }

    /// Appends a property whose value is TEXT, escaping it.
    mutating func text(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        property(name, parameters: parameters, ContentLines.escape(value))
    }

    mutating func begin(_ component: String) { property("BEGIN", component) }
    mutating func end(_ component: String) { property("END", component) }

    /// Folds one logical line: at most 75 octets per physical line, continuation lines starting
    /// with a space, and never inside a UTF-8 sequence.
    private mutating func fold(_ line: [UInt8]) {
        var start = 0
        var limit = 75
        while line.count - start > limit {
            var cut = start + limit
            // Back up to the start of a UTF-8 sequence (never a continuation byte 10xxxxxx).
            while cut > start, line[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes += line[start..<cut]
            bytes += [13, 10, 32]
            start = cut
            limit = 74
        }
        bytes += line[start...]
        bytes += [13, 10]
    }

    /// TEXT escaping: backslash, semicolon, comma and newlines.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": break
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Parameter values are quoted when they contain `:`, `;` or `,`; double quotes cannot appear.
    static func parameterValue(_ value: String) -> String {
        let clean = String(value.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 })
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(clean)\"" : clean
    }
}
