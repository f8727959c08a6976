import Foundation
import RegimenKit
import RegimenPlan
import Testing
import TextBackend

/// Cards wrap long cues and notes within the width without losing or reordering any text.
@Suite("Text cards: wrapping")
struct TextWrappingTests {
    static let longWord = String(repeating: "hip", count: 50)
    static let cue = "Keep the ribs down, squeeze the glute; breathe out slowly — \(longWord) then relax, café au lait"

    static let program = """
    regimen: 1
    program: Wrapping
    start: 2027-01-04
    weeks: 1
    timezone: UTC
    exercises:
      glute-bridge: {name: Glute bridge, kind: strength, cues: ["\(cue)"]}
    sessions:
      a:
        title: A
        notes: "\(cue)"
        items:
          - {exercise: glute-bridge, sets: 3, reps: 10, notes: "\(cue)"}
    schedule:
      mon: a

    """

    @Test(arguments: [60, 80, 123])
    func linesFitTheWidthAndKeepEveryWord(width: Int) throws {
        let (outcome, plan) = Compiler(sources: InMemorySources(["/p/wrapping.yaml": Array(Self.program.utf8)])).compile("/p/wrapping.yaml")
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        let files = try TextBackend().render(
            try #require(plan), options: BackendOptionValues(["width": String(width)]), context: RenderContext(compilerVersion: "test")
        ).files
        let text = String(decoding: try #require(files.first).contents, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let tooWide = lines.filter { $0.unicodeScalars.count > width }
        #expect(tooWide == [], "lines wider than \(width) columns")
        // The long word is cut across lines; joined back, the words of the cue come out whole and in order.
        let joined = lines.map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: " ")
        let squeezed = joined.replacingOccurrences(of: " ", with: "")
        let wanted = Self.cue.replacingOccurrences(of: " ", with: "")
        #expect(squeezed.contains(wanted), "the cue's text is not all on the card, in order")
    }
}
