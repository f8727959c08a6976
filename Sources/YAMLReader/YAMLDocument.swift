import Diagnostics

/// Identifies one node of a `YAMLDocument`.
public struct YAMLNodeID: Hashable, Sendable {
    let index: Int32
}

/// What a YAML node holds.
public enum YAMLNodeKind: UInt8, Sendable {
    case scalar
    case sequence
    case mapping
}

/// How a scalar was written. libyaml resolves no types, so readers of the tree decide what a
/// scalar means from what they expect at that place, using the style to spot ambiguous values.
public enum YAMLScalarStyle: UInt8, Sendable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// A parsed YAML document: a flat array of nodes indexed by integers, each carrying the span of
/// source text it came from.
///
/// Aliases are not copied: an alias refers to the same node as its anchor, so a node may have
/// several parents. Mappings never hold duplicate keys (the reader reports and drops them).
public struct YAMLDocument: Sendable {
    struct Node: Sendable {
        var kind: YAMLNodeKind
        var style: YAMLScalarStyle
        var hasStringTag: Bool
        var startLine: Int32
        var startColumn: Int32
        var endLine: Int32
        var endColumn: Int32
        /// Scalar: offset of its bytes in `text`. Collection: offset of its children in `children`.
        var first: Int32
        /// Scalar: byte length. Sequence: item count. Mapping: entry count (key and value pairs).
        var count: Int32
    }

    /// The file name diagnostics use.
    public let file: String
    /// The top-level node, or `nil` when the stream holds no document.
    public let root: YAMLNodeID?

    let nodes: [Node]
    let children: [Int32]
    let text: [UInt8]

    init(file: String, root: YAMLNodeID?, nodes: [Node], children: [Int32], text: [UInt8]) {
        self.file = file
        self.root = root
        self.nodes = nodes
        self.children = children
        self.text = text
    }

    /// How many distinct nodes the document holds (aliases not expanded).
    public var nodeCount: Int { nodes.count }

    public func kind(of id: YAMLNodeID) -> YAMLNodeKind { nodes[Int(id.index)].kind }

    /// The source text the node spans, from its first character to just after its last.
    public func span(of id: YAMLNodeID) -> SourceSpan {
        let node = nodes[Int(id.index)]
        return SourceSpan(
            file: file,
            start: SourcePosition(line: Int(node.startLine), column: Int(node.startColumn)),
            end: SourcePosition(line: Int(node.endLine), column: Int(node.endColumn))
        )
    }

    /// The position of the node's first character.
    public func start(of id: YAMLNodeID) -> SourcePosition {
        let node = nodes[Int(id.index)]
        return SourcePosition(line: Int(node.startLine), column: Int(node.startColumn))
    }

    /// The scalar's text, or `nil` for a sequence or a mapping.
    public func scalar(_ id: YAMLNodeID) -> String? {
        let node = nodes[Int(id.index)]
        guard node.kind == .scalar else { return nil }
        return text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(node.first)..<Int(node.first + node.count)]), as: UTF8.self)
        }
    }

    /// How the scalar was written (`plain` for collections).
    public func style(of id: YAMLNodeID) -> YAMLScalarStyle { nodes[Int(id.index)].style }

    /// True for a plain scalar without an explicit `!!str` tag: the kind of scalar that YAML 1.1
    /// tools may read as a number, a boolean or a sexagesimal time.
    public func isPlain(_ id: YAMLNodeID) -> Bool {
        let node = nodes[Int(id.index)]
        return node.kind == .scalar && node.style == .plain && !node.hasStringTag
    }

    /// True for a plain scalar written as `~`, `null`, `Null`, `NULL` or nothing at all.
    public func isNull(_ id: YAMLNodeID) -> Bool {
        guard isPlain(id) else { return false }
        let node = nodes[Int(id.index)]
        switch node.count {
        case 0: return true
        case 1: return text[Int(node.first)] == UInt8(ascii: "~")
        case 4: return ["null", "Null", "NULL"].contains(scalar(id) ?? "")
        default: return false
        }
    }

    /// The items of a sequence (empty for other kinds).
    public func items(of id: YAMLNodeID) -> SequenceItems {
        let node = nodes[Int(id.index)]
        guard node.kind == .sequence else { return SequenceItems(document: self, first: 0, count: 0) }
        return SequenceItems(document: self, first: Int(node.first), count: Int(node.count))
    }

    /// The key and value pairs of a mapping, in source order (empty for other kinds).
    public func entries(of id: YAMLNodeID) -> MappingEntries {
        let node = nodes[Int(id.index)]
        guard node.kind == .mapping else { return MappingEntries(document: self, first: 0, count: 0) }
        return MappingEntries(document: self, first: Int(node.first), count: Int(node.count))
    }

    /// The items of a sequence node.
    public struct SequenceItems: RandomAccessCollection, Sendable {
        let document: YAMLDocument
        let first: Int
        public let count: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(position: Int) -> YAMLNodeID {
            YAMLNodeID(index: document.children[first + position])
        }
    }

    /// The entries of a mapping node.
    public struct MappingEntries: RandomAccessCollection, Sendable {
        let document: YAMLDocument
        let first: Int
        public let count: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(position: Int) -> (key: YAMLNodeID, value: YAMLNodeID) {
            (YAMLNodeID(index: document.children[first + 2 * position]),
             YAMLNodeID(index: document.children[first + 2 * position + 1]))
        }
    }
}
