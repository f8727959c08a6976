import Diagnostics
import YAMLReader

/// Walks a YAML node tree, gathering diagnostics as it goes. Every read either returns a value
/// or reports why not and returns `nil`, so decoding always continues to the end of the file.
struct DecodingContext {
    let document: YAMLDocument
    /// What was found, at most `DiagnosticCap.limit` of it.
    private var found: DiagnosticCap
    var diagnostics: [Diagnostic] { found.all }
    private var allowedKeyNotes: [String: DiagnosticNote] = [:]
    private var keyIndexes: [String: SuggestionIndex] = [:]

    init(document: YAMLDocument) {
        self.document = document
        found = DiagnosticCap(file: document.file)
    }

    func span(_ node: YAMLNodeID) -> SourceSpan { document.span(of: node) }

    mutating func report(_ diagnostic: Diagnostic) { found.append(diagnostic) }

    /// Empties this copy's diagnostics, so that another copy that keeps them (a reader reading on
    /// from here) is their only owner and appends to them without copying.
    mutating func forgetDiagnostics() { found = DiagnosticCap(file: document.file) }

    mutating func error(_ code: DiagnosticCode, _ message: String, at node: YAMLNodeID, notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        found.append(.error(code, message, at: span(node), notes: notes, fix: fix))
    }

    mutating func warning(_ code: DiagnosticCode, _ message: String, at node: YAMLNodeID, fix: FixIt? = nil) {
        found.append(.warning(code, message, at: span(node), fix: fix))
    }

    /// A description of what the node is, for "expected … but found …" messages.
    func shapeName(_ node: YAMLNodeID) -> String {
        switch document.kind(of: node) {
        case .scalar: document.isNull(node) ? "nothing" : "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// What a mapping held, for checks that depend on which keys were written.
    struct WrittenKeys {
        /// Accepted keys that were written, whether or not their values were valid.
        var accepted: WrittenKeySet
        var hasUnknownKeys = false
        /// False when the node was not a mapping at all.
        var isMapping = true
    }

    /// Visits every entry of a mapping whose key `object` accepts; reports the others as unknown
    /// (with the closest accepted key) and reports missing required keys, except a key that an
    /// unknown key was probably meant to be (one problem, one message).
    @discardableResult
    mutating func entries(
        of node: YAMLNodeID, as object: SpecObject, context describe: @autoclosure () -> String,
        _ visit: (inout DecodingContext, String, YAMLNodeID, YAMLNodeID) -> Void
    ) -> WrittenKeys {
        var written = WrittenKeys(accepted: WrittenKeySet(of: object))
        guard document.kind(of: node) == .mapping else {
            error(.wrongShape, "\(describe()) should be a mapping of keys and values, but here it is \(shapeName(node))", at: node)
            written.isMapping = false
            return written
        }
        var meant: Set<String> = []
        for (keyNode, valueNode) in document.entries(of: node) {
            let key = document.scalar(keyNode) ?? ""
            guard let position = object.position(of: key) else {
                written.hasUnknownKeys = true
                if let suggestion = unknownKey(key, at: keyNode, in: object, context: describe()) { meant.insert(suggestion) }
                continue
            }
            written.accepted.insert(position: position)
            visit(&self, key, keyNode, valueNode)
        }
        for (key, example) in object.required where !written.accepted.contains(key) && !meant.contains(key) {
            missingKey(key, example: example, in: node, context: describe())
        }
        return written
    }

    /// Reports an unknown key; returns the key it was probably meant to be.
    @discardableResult
    mutating func unknownKey(_ key: String, at keyNode: YAMLNodeID, in object: SpecObject, context what: String) -> String? {
        if let suggestion = keyIndex(object).closest(to: key) {
            error(.unknownKey, "\(what) has no key `\(key)`; did you mean `\(suggestion)`?", at: keyNode,
                  fix: FixIt("write `\(suggestion)`", replacing: span(keyNode), with: suggestion))
            return suggestion
        } else {
            error(.unknownKey, "\(what) has no key `\(key)`", at: keyNode, notes: [allowedKeysNote(object)])
            return nil
        }
    }

    /// "the program can have: `regimen`, `id`, …", made once per kind of mapping and shared by
    /// every unknown key in it (a hostile file may hold hundreds of thousands).
    mutating func allowedKeysNote(_ object: SpecObject) -> DiagnosticNote {
        if let note = allowedKeyNotes[object.schemaName] { return note }
        let note = DiagnosticNote("\(object.name) can have: \(object.keys.map { "`\($0)`" }.joined(separator: ", "))")
        allowedKeyNotes[object.schemaName] = note
        return note
    }

    /// The keys of one kind of mapping, prepared once for "did you mean".
    mutating func keyIndex(_ object: SpecObject) -> SuggestionIndex {
        if let index = keyIndexes[object.schemaName] { return index }
        let index = SuggestionIndex(object.keys)
        keyIndexes[object.schemaName] = index
        return index
    }

    mutating func missingKey(_ key: String, example: String, in node: YAMLNodeID, context what: String) {
        let start = SourceSpan(file: document.file, at: document.start(of: node))
        report(.error(.missingKey, "\(what) is missing `\(key)`; add a line like `\(example)`", at: start))
    }

    /// The items of a list. A single value where a list is expected is read as a list of one.
    func listItems(_ node: YAMLNodeID) -> [YAMLNodeID] {
        switch document.kind(of: node) {
        case .sequence: Array(document.items(of: node))
        case .scalar where document.isNull(node): []
        default: [node]
        }
    }
}
