/// The diagnostics one stage keeps for one file: the first `limit`, then only a count.
///
/// A damaged or generated file can repeat one mistake hundreds of thousands of times (200,000
/// unknown keys fit in 3 MB); a diagnostic kept for each took 240 MB, and nobody reads past the
/// first screenful. The rest are counted, and one more diagnostic says how many there were.
public struct DiagnosticCap: Sendable {
    /// Diagnostics kept per file and stage: far more than any fixable file has.
    public static let limit = 10_000

    public let file: String
    public private(set) var kept: [Diagnostic] = []
    /// Diagnostics found after the limit, not kept.
    public private(set) var dropped = 0
    /// Where the first of them is: the note about them sorts after those kept.
    private var firstDropped: SourceSpan?

    public init(file: String) {
        self.file = file
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        if kept.count < Self.limit {
            kept.append(diagnostic)
        } else {
            if dropped == 0 { firstDropped = diagnostic.span }
            dropped += 1
        }
    }

    /// The kept diagnostics, then (when some were dropped) one saying how many more there were.
    public var all: [Diagnostic] {
        guard dropped > 0 else { return kept }
        return kept + [.error(
            .limitExceeded,
            "\(dropped) more problems in \(file) are not listed: only the first \(Self.limit) are kept; a file with this many is damaged or generated, so fix the first ones and check again",
            at: firstDropped ?? SourceSpan(file: file, at: SourcePosition(line: 1, column: 1)))]
    }
}
