/// Hard limits that keep hostile input from exhausting time or memory.
///
/// Each limit, when exceeded, produces an `R106` diagnostic that names the limit and its value.
public struct ReaderLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings. libyaml's flow nesting is quadratic and it has no
    /// depth limit of its own, so the reader stops at this depth.
    public var maxDepth: Int
    /// Most nodes the document may hold once every alias is expanded ("billion laughs" guard).
    public var maxExpandedNodes: Int
    /// Longest scalar, in bytes.
    public var maxScalarBytes: Int

    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 64, maxExpandedNodes: Int = 1_000_000, maxScalarBytes: Int = 64 << 10) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
        self.maxScalarBytes = maxScalarBytes
    }

    public static let standard = ReaderLimits()
}
