import Diagnostics
import Testing
@testable import YAMLReader

@Suite("Reader: node tree and positions")
struct NodePositionTests {
    func read(_ text: String, limits: ReaderLimits = .standard) -> YAMLReadResult {
        YAMLReader(limits: limits).read(Array(text.utf8), file: "test.yaml")
    }

    func value(_ document: YAMLDocument, _ node: YAMLNodeID, key: String) -> YAMLNodeID? {
        document.entries(of: node).first { document.scalar($0.key) == key }?.value
    }

    @Test func everyNodeCarriesOneBasedLineAndColumn() throws {
        let result = read("""
        program: Hips
        sessions:
          hips-am:
            items:
              - exercise: low-lunge
                hold: 30s
        """)
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.document)
        let root = try #require(document.root)
        #expect(document.start(of: root) == SourcePosition(line: 1, column: 1))
        let program = try #require(value(document, root, key: "program"))
        #expect(document.scalar(program) == "Hips")
        #expect(document.span(of: program) == SourceSpan(file: "test.yaml", start: .init(line: 1, column: 10), end: .init(line: 1, column: 14)))
        let sessions = try #require(value(document, root, key: "sessions"))
        let session = try #require(value(document, sessions, key: "hips-am"))
        let list = try #require(value(document, session, key: "items"))
        #expect(document.kind(of: list) == .sequence)
        #expect(document.items(of: list).count == 1)
        let item = document.items(of: list)[0]
        #expect(document.start(of: item) == SourcePosition(line: 5, column: 9))
        let hold = try #require(value(document, item, key: "hold"))
        #expect(document.start(of: hold) == SourcePosition(line: 6, column: 15))
        #expect(document.scalar(hold) == "30s")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let document = try #require(read("name: Übung\nnext: été x\n").document)
        let root = try #require(document.root)
        let next = try #require(value(document, root, key: "next"))
        #expect(document.start(of: next) == SourcePosition(line: 2, column: 7))
        #expect(document.span(of: next).end == SourcePosition(line: 2, column: 12))
    }

    @Test func scalarStylesAreKept() throws {
        let document = try #require(read("a: 07:00\nb: \"07:00\"\nc: '07:00'\nd: !!str 07:00\ne: |\n  text\n").document)
        let root = try #require(document.root)
        let nodes = ["a", "b", "c", "d", "e"].compactMap { value(document, root, key: $0) }
        #expect(nodes.map { document.style(of: $0) } == [.plain, .doubleQuoted, .singleQuoted, .plain, .literal])
        #expect(nodes.map { document.isPlain($0) } == [true, false, false, false, false])
        #expect(document.scalar(nodes[4]) == "text\n")
    }

    @Test func nullsAreRecognisedOnlyWhenPlain() throws {
        let document = try #require(read("a:\nb: ~\nc: null\nd: 'null'\n").document)
        let root = try #require(document.root)
        let nodes = ["a", "b", "c", "d"].compactMap { value(document, root, key: $0) }
        #expect(nodes.map { document.isNull($0) } == [true, true, true, false])
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let document = try #require(read("""
        base: &stretch
          hold: 30s
        first: *stretch
        second: *stretch
        """).document)
        let root = try #require(document.root)
        let base = try #require(value(document, root, key: "base"))
        #expect(value(document, root, key: "first") == base)
        #expect(value(document, root, key: "second") == base)
        // root, three keys, the anchored mapping, its key and its value: aliases add no nodes.
        #expect(document.nodeCount == 7)
    }

    @Test func anEmptyStreamHasNoRoot() throws {
        let result = read("# only a comment\n")
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.document).root == nil)
    }
}
