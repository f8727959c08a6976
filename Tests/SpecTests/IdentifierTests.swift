import ProgramSpec
import RegimenValues
import Testing

/// Identifiers made from names: athlete ids, fixes for names that are not identifiers.
@Suite("Identifiers from names")
struct IdentifierTests {
    @Test(arguments: [
        ("Maria González", "maria-gonzalez"), ("José Ñúñez", "jose-nunez"), ("Jürgen Groß", "jurgen-gross"),
        ("Søren Kierkegaard", "soren-kierkegaard"), ("Łukasz Żółć", "lukasz-zolc"), ("Æsa Ødegård", "aesa-odegard"),
        ("Ærøskøbing", "aeroskobing"), ("Đorđe Þór", "dorde-thor"), ("Nguyễn Thị Minh Khai", "nguyen-thi-minh-khai"),
        ("İstanbul Ilıca", "istanbul-ilica"), ("Ștefan Țurcanu", "stefan-turcanu"), ("François L'Œuvre", "francois-l-oeuvre"),
        ("Jose\u{301} Marti\u{301}", "jose-marti"), ("Alex Morgan", "alex-morgan"), ("O'Brien", "o-brien"),
    ])
    func latinNamesAreTransliterated(name: String, id: String) {
        #expect(Identifier.slug(name) == id)
        #expect(!Identifier.hasLettersBeyondLatin(name))
    }

    @Test(arguments: ["Иван Петров", "李小龍", "Ανδρέας", "Анна Smith", "محمد"])
    func otherScriptsAreNotGuessed(name: String) {
        #expect(Identifier.hasLettersBeyondLatin(name))
    }

    @Test func theTransliterationTablesCoverTheirBlocks() {
        #expect(Transliteration.ascii(for: "\u{C0}") == "A")
        #expect(Transliteration.ascii(for: "\u{24F}") == "y")
        #expect(Transliteration.ascii(for: "\u{1E00}") == "A")
        #expect(Transliteration.ascii(for: "\u{1EF9}") == "y")
        #expect(Transliteration.ascii(for: "\u{D7}") == nil)  // ×
        #expect(Transliteration.ascii(for: "Я") == nil)
        #expect(Transliteration.latinToASCII("Zürich – Straße") == "Zurich – Strasse")
    }
}
