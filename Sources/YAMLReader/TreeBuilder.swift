import CYAML
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drives libyaml's event loop and builds the flat node array of a `YAMLDocument`.
struct TreeBuilder {
    private struct OpenCollection {
        var node: Int32
        var childrenStart: Int
    }

    private let file: String
    private let source: [UInt8]
    private let limits: ReaderLimits

    private var nodes: [YAMLDocument.Node] = []
    private var children: [Int32] = []
    private var text: [UInt8] = []
    /// Expanded size (the node plus everything under it, aliases expanded) of each node.
    private var weights: [Int] = []
    private var expandedTotal = 0
    private var pending: [Int32] = []
    private var open: [OpenCollection] = []
    private var anchors: [String: Int32] = [:]
    private var root: Int32?
    private var documentCount = 0
    /// Duplicate keys can be repeated without end; at most `DiagnosticCap.limit` are kept.
    private var found: DiagnosticCap
    private var diagnostics: [Diagnostic] { found.all }
    private var failed = false

    init(file: String, source: [UInt8], limits: ReaderLimits) {
        self.file = file
        self.source = source
        self.limits = limits
        found = DiagnosticCap(file: file)
        nodes.reserveCapacity(source.count / 8)
        text.reserveCapacity(source.count / 2)
    }

    func result() -> YAMLReadResult {
        guard !failed else { return YAMLReadResult(document: nil, diagnostics: diagnostics) }
        let document = YAMLDocument(
            file: file, root: root.map(YAMLNodeID.init(index:)), nodes: nodes, children: children, text: text)
        return YAMLReadResult(document: document, diagnostics: diagnostics)
    }

    mutating func run(_ input: UnsafeBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            fail(.error(.unreadableFile, "the YAML parser could not start (out of memory)", at: nil))
            return
        }
        defer { yaml_parser_delete(&parser) }
        if let base = input.baseAddress {
            yaml_parser_set_input_string(&parser, base, input.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        var event = yaml_event_t()
        while !failed {
            guard yaml_parser_parse(&parser, &event) != 0 else {
                fail(LibYAMLErrorTranslator(file: file, source: source).diagnostic(for: parser))
                return
            }
            let type = event.type
            handle(&event)
            yaml_event_delete(&event)
            if type == YAML_STREAM_END_EVENT { return }
        }
    }

    private mutating func fail(_ diagnostic: Diagnostic) {
        found.append(diagnostic)
        failed = true
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func span(_ event: yaml_event_t) -> SourceSpan {
        SourceSpan(file: file, start: position(event.start_mark), end: position(event.end_mark))
    }

    private mutating func handle(_ event: inout yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                fail(.error(
                    .multipleDocuments,
                    "a program file holds one YAML document; move what follows this `---` into a file of its own",
                    at: span(event)))
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let length = Int(scalar.length)
            if length > limits.maxScalarBytes {
                fail(.error(
                    .limitExceeded,
                    "this value is \(length) bytes long, more than the limit of \(limits.maxScalarBytes) bytes",
                    at: span(event)))
                return
            }
            let offset = Int32(text.count)
            if length > 0, let value = scalar.value {
                text.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
            }
            let style: YAMLScalarStyle = switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            let hasStringTag = scalar.tag.map { String(cString: $0) == "tag:yaml.org,2002:str" } ?? false
            let id = addNode(event, kind: .scalar, style: style, stringTag: hasStringTag, first: offset, count: Int32(length))
            register(anchor: scalar.anchor, for: id)
            attach(id)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard open.count < limits.maxDepth else {
                fail(.error(
                    .limitExceeded,
                    "lists and mappings are nested more than \(limits.maxDepth) deep; a program never needs this much nesting",
                    at: span(event)))
                return
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let id = addNode(event, kind: isMapping ? .mapping : .sequence, style: .plain, stringTag: false, first: 0, count: 0)
            register(anchor: isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor, for: id)
            open.append(OpenCollection(node: id, childrenStart: pending.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(event)
        case YAML_ALIAS_EVENT:
            alias(event)
        default:
            break
        }
    }

    private mutating func addNode(
        _ event: yaml_event_t, kind: YAMLNodeKind, style: YAMLScalarStyle, stringTag: Bool, first: Int32, count: Int32
    ) -> Int32 {
        let id = Int32(nodes.count)
        nodes.append(YAMLDocument.Node(
            kind: kind, style: style, hasStringTag: stringTag,
            startLine: Int32(event.start_mark.line + 1), startColumn: Int32(event.start_mark.column + 1),
            endLine: Int32(event.end_mark.line + 1), endColumn: Int32(event.end_mark.column + 1),
            first: first, count: count))
        weights.append(1)
        expandedTotal += 1
        checkExpandedTotal(event)
        return id
    }

    private mutating func register(anchor: UnsafeMutablePointer<yaml_char_t>?, for id: Int32) {
        guard let anchor else { return }
        anchors[String(cString: anchor)] = id
    }

    /// Adds a finished node to the collection being built, or makes it the root.
    private mutating func attach(_ id: Int32) {
        if open.isEmpty {
            if root == nil { root = id }
        } else {
            pending.append(id)
        }
    }

    private mutating func close(_ event: yaml_event_t) {
        guard let collection = open.popLast() else { return }
        let index = Int(collection.node)
        var members = Array(pending[collection.childrenStart...])
        pending.removeSubrange(collection.childrenStart...)
        if nodes[index].kind == .mapping {
            members = uniqueEntries(members)
        }
        var weight = 1
        for member in members { weight += weights[Int(member)] }
        weights[index] = weight
        nodes[index].first = Int32(children.count)
        nodes[index].count = Int32(nodes[index].kind == .mapping ? members.count / 2 : members.count)
        nodes[index].endLine = Int32(event.end_mark.line + 1)
        nodes[index].endColumn = Int32(event.end_mark.column + 1)
        children.append(contentsOf: members)
        attach(collection.node)
    }

    /// Reports keys that are not text and keys that appear twice, and drops those entries so
    /// later stages see each key once. Keys are compared as bytes, without making strings.
    private mutating func uniqueEntries(_ members: [Int32]) -> [Int32] {
        var kept: [Int32] = []
        kept.reserveCapacity(members.count)
        // Beyond a few keys, bucket them by a hash of their bytes.
        var buckets: [UInt64: [Int32]] = [:]
        let useBuckets = members.count > 32
        var index = 0
        while index + 1 < members.count {
            let key = members[index], value = members[index + 1]
            index += 2
            let keyNode = nodes[Int(key)]
            guard keyNode.kind == .scalar else {
                found.append(.error(
                    .wrongShape, "a key must be a name, not a list or a mapping", at: nodeSpan(key)))
                continue
            }
            var first: Int32?
            if useBuckets {
                let hash = keyHash(keyNode)
                first = buckets[hash]?.first { sameText(nodes[Int($0)], keyNode) }
                if first == nil { buckets[hash, default: []].append(key) }
            } else {
                var earlier = 0
                while earlier < kept.count, first == nil {
                    if sameText(nodes[Int(kept[earlier])], keyNode) { first = kept[earlier] }
                    earlier += 2
                }
            }
            if let first {
                let name = scalarText(keyNode)
                found.append(.error(
                    .duplicateKey, "`\(name)` appears twice in the same mapping; the second one would silently replace the first",
                    at: nodeSpan(key), notes: [DiagnosticNote("`\(name)` is first given here", at: nodeSpan(first))]))
                continue
            }
            kept.append(key)
            kept.append(value)
        }
        return kept
    }

    private func sameText(_ a: YAMLDocument.Node, _ b: YAMLDocument.Node) -> Bool {
        guard a.kind == .scalar, a.count == b.count else { return false }
        guard a.count > 0 else { return true }
        return text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memcmp(base + Int(a.first), base + Int(b.first), Int(a.count)) == 0
        }
    }

    private func keyHash(_ node: YAMLDocument.Node) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in Int(node.first)..<Int(node.first + node.count) {
            hash = (hash ^ UInt64(text[offset])) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private mutating func alias(_ event: yaml_event_t) {
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        guard let target = anchors[name] else {
            fail(.error(.yamlSyntax, "the alias `*\(name)` refers to no anchor; define `&\(name)` before using it", at: span(event)))
            return
        }
        if open.contains(where: { $0.node == target }) {
            fail(.error(.recursiveAlias, "the alias `*\(name)` refers to the list or mapping that contains it", at: span(event)))
            return
        }
        expandedTotal += weights[Int(target)]
        checkExpandedTotal(event)
        attach(target)
    }

    private mutating func checkExpandedTotal(_ event: yaml_event_t) {
        guard expandedTotal > limits.maxExpandedNodes, !failed else { return }
        fail(.error(
            .limitExceeded,
            "aliases here expand the document to more than \(limits.maxExpandedNodes) values; a program never needs this many (is this a \"billion laughs\" file?)",
            at: span(event)))
    }

    private func scalarText(_ node: YAMLDocument.Node) -> String {
        String(decoding: text[Int(node.first)..<Int(node.first + node.count)], as: UTF8.self)
    }

    private func nodeSpan(_ id: Int32) -> SourceSpan {
        let node = nodes[Int(id)]
        return SourceSpan(
            file: file,
            start: SourcePosition(line: Int(node.startLine), column: Int(node.startColumn)),
            end: SourcePosition(line: Int(node.endLine), column: Int(node.endColumn)))
    }
}
