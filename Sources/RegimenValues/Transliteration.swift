/// Latin letters with diacritics written in plain ASCII: `González` → `Gonzalez`, `Øre` → `Ore`,
/// `Straße` → `Strasse`, `Łódź` → `Lodz`. Used to make identifiers from names and to match
/// city names against the time zone data.
///
/// Only Latin letters are transliterated (Latin-1 Supplement, Latin Extended-A and -B, Latin
/// Extended Additional, which covers Vietnamese). Combining marks (a decomposed `é`) are dropped.
/// Letters of other scripts (Greek, Cyrillic, Arabic, Han, …) are left as they are: Regimen does
/// not guess a romanisation, and callers decide what to do with them.
///
/// Hand-written rather than Foundation's `applyingTransform`, which needs ICU (not linked) and
/// whose output changes between ICU versions; ids must be the same on every machine.
public enum Transliteration {
    /// `text` with every Latin letter that has an ASCII form replaced by it. Case is kept.
    public static func latinToASCII(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.append(scalar)
            } else if let ascii = ascii(for: scalar) {
                result.append(contentsOf: ascii.unicodeScalars)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The ASCII form of one non-ASCII Latin letter, or `nil` when it has none.
    public static func ascii(for scalar: Unicode.Scalar) -> String? {
        if let special = special[scalar] { return special }
        let value = scalar.value
        let table: [UInt8], first: UInt32
        switch value {
        case 0xC0..<0x250: (table, first) = (latinExtended, 0xC0)
        case 0x1E00..<0x1F00: (table, first) = (latinAdditional, 0x1E00)
        default: return nil
        }
        let byte = table[Int(value - first)]
        return byte == UInt8(ascii: ".") ? nil : String(UnicodeScalar(byte))
    }

    /// Letters that become more than one letter, or that Unicode does not decompose.
    private static let special: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L",
        "ŋ": "n", "Ŋ": "N", "ĸ": "k", "ſ": "s", "ŧ": "t", "Ŧ": "T", "ƒ": "f", "Ĳ": "IJ", "ĳ": "ij", "ŉ": "n",
        "Ǆ": "DZ", "ǅ": "Dz", "ǆ": "dz", "Ǉ": "LJ", "ǈ": "Lj", "ǉ": "lj", "Ǌ": "NJ", "ǋ": "Nj", "ǌ": "nj",
        "Ǳ": "DZ", "ǲ": "Dz", "ǳ": "dz", "Ǣ": "AE", "ǣ": "ae", "Ǽ": "AE", "ǽ": "ae", "ə": "e",
    ]

    /// U+00C0 to U+024F: the ASCII base letter of each, `.` where there is none. Generated from
    /// Unicode's canonical decompositions (the letter without its marks), with stroked and
    /// hooked letters mapped by hand.
    private static let latinExtended: [UInt8] = Array((
        "AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.y"
            + "AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl."
            + "...NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZz."
            + "bB.....CcDD...EE.F.G...IKkl..N..Oo..Pp......TtTUu.VYyZz........."
            + ".............AaIiOoUuUuUuUuUueAaAa....GgKkOoOo..j...Gg..NnAa..Oo"
            + "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh.d....AaEeOoOoOoOoYylntj..ACcLTs"
            + "z..BU.EeJjQqRrYy"
    ).utf8)

    /// U+1E00 to U+1EFF (Latin Extended Additional, with Vietnamese), as above.
    private static let latinAdditional: [UInt8] = Array((
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
            + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
            + "WwWwWwWwWwXxXxYyZzZzZzhtwy.sss..AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
            + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......"
    ).utf8)
}
