import Foundation
import RegimenKit
import RegimenPlan
import Testing
import TextBackend

/// `text.page-length`: pages of at most that many lines, no session card split across a form
/// feed, and the same lines as without paging.
@Suite("Text cards: paging")
struct TextPagingTests {
    /// The text without form feeds and blank lines: what paging may change.
    static func content(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in line.drop { $0 == "\u{0C}" } }.filter { !$0.isEmpty }
    }

    @Test("Every example program at 60 and 66 lines a page, with and without a page per week", arguments: Golden.programs)
    func paged(program: String) throws {
        let plan = try Golden.plan(program)
        for pageLength in [60, 66] {
            for pageBreaks in ["true", "false"] {
                let continuous = try Golden.render(plan, with: TextBackend(), options: ["page-breaks": pageBreaks])
                let paged = try Golden.render(plan, with: TextBackend(), options: ["page-breaks": pageBreaks, "page-length": String(pageLength)])
                for (plain, file) in zip(continuous, paged) {
                    let text = String(decoding: file.contents, as: UTF8.self)
                    #expect(Self.content(text) == Self.content(String(decoding: plain.contents, as: UTF8.self)), "\(file.path): lines lost or changed")
                    let rule = String(repeating: "=", count: 80)
                    for (index, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
                        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                        #expect(lines.count <= pageLength, "\(file.path) page \(index + 1): \(lines.count) lines")
                        // A page opens with a card's or the header's rule, or a week's overview:
                        // never the middle of a card.
                        let first = lines.first.map(String.init) ?? ""
                        #expect(first == rule || first.hasPrefix("WEEK "), "\(file.path) page \(index + 1) opens with `\(first)`")
                    }
                    let cards = text.components(separatedBy: rule + "\n").count
                    #expect(cards > 1)
                }
            }
        }
    }
}
