/// Folds text to printable ASCII for old printers (`text.ascii=true`): accented Latin letters
/// lose their marks (`é` → `e`, `ß` → `ss`, `Ł` → `L`), the cards' symbols get ASCII stand-ins
/// (`×` → `x`, `·` → `-`, `–` → `-`, `≈` → `~`), combining marks are dropped, and anything else
/// outside ASCII becomes `?`. Hand-written: the standard library has no transliteration, and
/// Foundation's would cost start-up time and differ between platforms.
enum ASCIIText {
    static func fold(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if (0x300...0x36F).contains(scalar.value) {
                continue
            } else {
                out += table[scalar] ?? "?"
            }
        }
        return out
    }

    /// Replacement text by scalar.
    static let table: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÆǼ", "AE"), ("æǽ", "ae"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"),
            ("ÐĎĐ", "D"), ("ðďđ", "d"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"),
            ("ĤĦ", "H"), ("ĥħ", "h"), ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķĸ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņňŉ", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"),
            ("Œ", "OE"), ("œ", "oe"), ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠȘ", "S"), ("śŝşšș", "s"), ("ß", "ss"),
            ("ŢŤŦȚ", "T"), ("ţťŧț", "t"), ("Þ", "Th"), ("þ", "th"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"),
            ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýŷÿ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
            ("×", "x"), ("·•", "-"), ("–—‐‑‒―−", "-"), ("≈∼", "~"), ("‘’‚′", "'"), ("“”„″", "\""), ("…", "..."),
            ("≥", ">="), ("≤", "<="), ("±", "+/-"), ("½", "1/2"), ("¼", "1/4"), ("¾", "3/4"), ("°", "deg"),
            ("\u{A0}\u{2009}\u{202F}\u{2002}\u{2003}", " "), ("→", "->"), ("←", "<-"), ("✓✔", "v"), ("☐□", "[ ]"),
            ("─━═", "-"), ("│┃║", "|"), ("┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬", "+"),
        ]
        for (characters, replacement) in groups {
            for scalar in characters.unicodeScalars { table[scalar] = replacement }
        }
        return table
    }()
}
