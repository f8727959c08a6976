import Foundation
import RegimenPlan
import Testing
@testable import TextBackend

/// `text.ascii`: printable ASCII only, the same lines otherwise, within the width.
@Suite("Text cards: ASCII for old printers")
struct TextASCIITests {
    @Test("Every example program in ASCII: no byte above 127, every line within the width, one line per line", arguments: Golden.programs)
    func everyProgram(program: String) throws {
        let plan = try Golden.plan(program)
        for options in [["ascii": "true"], ["ascii": "true", "width": "60", "page-length": "62"]] {
            let plain = try Golden.render(plan, with: TextBackend(), options: options.filter { $0.key != "ascii" })
            let ascii = try Golden.render(plan, with: TextBackend(), options: options)
            #expect(plain.map(\.path) == ascii.map(\.path))
            for (file, original) in zip(ascii, plain) {
                let bad = file.contents.filter { $0 >= 0x80 || ($0 < 0x20 && $0 != 0x0A && $0 != 0x0C) }
                #expect(bad.isEmpty, "\(file.path): \(bad.count) bytes outside printable ASCII")
                let width = Int(options["width"] ?? "80")!
                let lines = String(decoding: file.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.allSatisfy { $0.utf8.filter { $0 != 0x0C }.count <= width }, "\(file.path): a line is wider than \(width)")
                #expect(lines.count == String(decoding: original.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count)
            }
        }
    }

    @Test("Names are transliterated and the cards' symbols get ASCII stand-ins")
    func transliteration() {
        #expect(ASCIIText.fold("Zoë Ångström-Łukasz, Straße") == "Zoe Angstrom-Lukasz, Strasse")
        #expect(ASCIIText.fold("3 × 5 · 100 kg – RPE ≈ 8") == "3 x 5 - 100 kg - RPE ~ 8")
        #expect(ASCIIText.fold("e\u{301}") == "e")
        #expect(ASCIIText.fold("李 🏋") == "? ?")
        #expect(ASCIIText.fold("plain") == "plain")
    }

    @Test("A transliterated athlete name in a card, and the default output untouched")
    func nameInTheCards() throws {
        var plan = try Golden.plan(Golden.programs[0])
        plan.program.name = "Fuerza Básica ×3"
        plan.athletes[0].name = "José Núñez"
        let ascii = String(decoding: try Golden.render(plan, with: TextBackend(), options: ["ascii": "true"])[0].contents, as: UTF8.self)
        #expect(ascii.contains("FUERZA BASICA x3") && ascii.contains("Jose Nunez"))
        let plain = String(decoding: try Golden.render(plan, with: TextBackend())[0].contents, as: UTF8.self)
        #expect(plain.contains("José Núñez"))
    }
}
