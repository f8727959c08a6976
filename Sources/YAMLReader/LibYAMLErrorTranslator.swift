import CYAML
import Diagnostics

/// Turns libyaml's parser errors into diagnostics in coaching words, at the right position.
struct LibYAMLErrorTranslator {
    let file: String
    let source: [UInt8]

    func diagnostic(for parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }

        if parser.error == YAML_READER_ERROR {
            // libyaml reports reader errors at 1:1; its byte offset is right, so use that. For a bad
            // trailing octet it points at that octet: report the character's first byte instead.
            var offset = min(Int(parser.problem_offset), source.count)
            if problem.contains("trailing") {
                var steps = 0
                while offset > 0, offset < source.count, source[offset] & 0xC0 != 0xC0, steps < 3 {
                    offset -= 1
                    steps += 1
                }
            }
            let at = position(ofByte: offset)
            let message: String
            if problem.contains("control characters") {
                let byte = offset < source.count ? source[offset] : 0
                message = byte == 0
                    ? "the file contains a NUL byte; it is not a text file, or it is damaged"
                    : "the file contains a control character (byte 0x\(String(byte, radix: 16, uppercase: true))) that text files cannot hold"
            } else if problem.contains("UTF-8") || problem.contains("Unicode") {
                message = "the file is not valid UTF-8 text (\(problem)); save it as UTF-8"
            } else {
                message = "the file cannot be read as text (\(problem))"
            }
            return .error(.invalidEncoding, message, at: SourceSpan(file: file, at: at))
        }

        let at = position(parser.problem_mark)
        let span = SourceSpan(file: file, at: at)
        var notes: [DiagnosticNote] = []
        if let context, parser.context_mark.line != parser.problem_mark.line || parser.context_mark.column != parser.problem_mark.column {
            notes.append(DiagnosticNote("\(context) that starts here", at: SourceSpan(file: file, at: position(parser.context_mark))))
        }
        if problem.contains("tab") || lineIndentationHasTab(line: at.line) {
            return .error(.tabIndentation, "this line is indented with a tab; YAML needs spaces for indentation", at: span, notes: notes)
        }
        if let quoted = TextAfterQuote(source: source, line: at.line, column: at.column, inFlow: context?.contains("flow") == true) {
            return quoted.diagnostic(file: file, at: at)
        }
        let message: String = switch problem {
        case "mapping values are not allowed in this context":
            "there is a `: ` inside a value; put the value in quotes, or start a new line for a nested mapping"
        case "did not find expected key":
            "this line is not lined up with the keys around it; check its indentation"
        case "did not find expected '-' indicator":
            "this line is not lined up with the list items around it; check its indentation"
        case "could not find expected ':'":
            "a key here is missing its `:`"
        case "found unexpected end of stream":
            "the file ends inside a quoted value or a bracket; close it"
        case "found character that cannot start any token":
            "this character cannot start a value; put the value in quotes"
        case "did not find expected ',' or ']'":
            "a list written in brackets is not closed; add `]` or a `,` between items"
        case "did not find expected ',' or '}'":
            "a mapping written in braces is not closed; add `}` or a `,` between entries"
        default:
            "YAML syntax error: \(problem)" + (context.map { " (\($0))" } ?? "")
        }
        return .error(.yamlSyntax, message, at: span, notes: notes)
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// The line and column (in Unicode scalars) of a byte offset into the source.
    func position(ofByte offset: Int) -> SourcePosition {
        var line = 1, column = 1
        for byte in source.prefix(min(offset, source.count)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    private func lineIndentationHasTab(line: Int) -> Bool {
        var current = 1
        var atIndentation = true
        for byte in source {
            if byte == UInt8(ascii: "\n") {
                if current == line { return false }
                current += 1
                atIndentation = true
                continue
            }
            guard current == line, atIndentation else { continue }
            if byte == UInt8(ascii: "\t") { return true }
            if byte != UInt8(ascii: " ") { atIndentation = false }
        }
        return false
    }
}
