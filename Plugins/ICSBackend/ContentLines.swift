/// iCalendar content lines (RFC 5545 §3.1): CRLF endings, lines folded at 75 octets without
/// splitting a UTF-8 sequence, TEXT values escaped.
enum ContentLine {
    /// `NAME;PARAM=VALUE:value`, where `value` is already in its final form (escaped if TEXT).
    static func make(_ name: String, parameters: [(String, String)] = [], _ value: String) -> String {
        var line = name
        for (key, parameterValue) in parameters {
            line += ";\(key)=\(quotedParameter(parameterValue))"
        }
        return line + ":" + value
    }

    /// A property whose value is TEXT, escaped.
    static func text(_ name: String, _ value: String, parameters: [(String, String)] = []) -> String {
        make(name, parameters: parameters, escape(value))
    }

    /// TEXT escaping: backslash, semicolon, comma and newlines; other control characters dropped.
    static func escape(_ text: String) -> String {
        // Every byte that changes is ASCII, so working on UTF-8 bytes keeps characters whole.
        func changes(_ byte: UInt8) -> Bool {
            byte == 0x5C || byte == 0x3B || byte == 0x2C || (byte < 0x20 && byte != 0x09) || byte == 0x7F
        }
        guard text.utf8.contains(where: changes) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            // Two appends rather than an array literal: a literal is allocated at every escape.
            switch byte {
            case 0x5C, 0x3B, 0x2C:
                result.append(0x5C)
                result.append(byte)
            case 0x0A:
                result.append(0x5C)
                result.append(0x6E)
            default: if !changes(byte) { result.append(byte) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Parameter values are quoted when they contain `:`, `;` or `,`; double quotes and control
    /// characters cannot appear and are dropped.
    static func quotedParameter(_ value: String) -> String {
        let clean = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F }))
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(clean)\"" : clean
    }
}

/// Accumulates folded content lines as bytes.
struct FoldedOutput {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(64 * 1024)
    }

    mutating func append(_ line: String) {
        fold(Array(line.utf8))
    }

    mutating func append(_ lines: [String]) {
        for line in lines { append(line) }
    }

    /// At most 75 octets per physical line, continuation lines starting with a space, never
    /// inside a UTF-8 sequence.
    private mutating func fold(_ line: [UInt8]) {
        var start = 0
        var limit = 75
        while line.count - start > limit {
            var cut = start + limit
            while cut > start, line[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes += line[start..<cut]
            bytes += [13, 10, 32]
            start = cut
            limit = 74
        }
        bytes += line[start...]
        bytes += [13, 10]
    }
}
