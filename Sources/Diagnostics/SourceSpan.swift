/// A place in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars (characters as a coach sees them), not bytes.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A range of source text in one file, from `start` up to (not including) `end`.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var start: SourcePosition
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// An empty span at one position.
    public init(file: String, at position: SourcePosition) {
        self.init(file: file, start: position, end: position)
    }

    /// `file:line:column`, the form editors and CI annotators recognise.
    public var description: String { "\(file):\(start.line):\(start.column)" }
}
