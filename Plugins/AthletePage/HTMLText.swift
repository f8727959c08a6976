/// Escaping for text put into HTML: everything that comes from a spec goes through here.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as character references; control characters other than tab
    /// and newline dropped (they are not allowed in HTML text).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                let value = scalar.value
                if (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
                    || value & 0xFFFE == 0xFFFE {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Accumulates an HTML document, one element per line.
struct HTMLDocument {
    private(set) var text = ""

    mutating func raw(_ html: String) {
        text += html
        text += "\n"
    }

    /// `<tag class="…">escaped text</tag>`.
    mutating func element(_ tag: String, _ content: String, className: String? = nil) {
        raw("<\(tag)\(className.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escape(content))</\(tag)>")
    }
}
