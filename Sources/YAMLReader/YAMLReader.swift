import Diagnostics

/// The outcome of reading one file: the document when the YAML was well-formed, and every
/// problem found on the way. A document may come with errors (duplicate keys are reported and
/// dropped, and reading goes on) so that later stages can report their problems in the same run.
public struct YAMLReadResult: Sendable {
    public var document: YAMLDocument?
    public var diagnostics: [Diagnostic]
}

/// Reads YAML text into a `YAMLDocument` using libyaml's event API.
public struct YAMLReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .standard) {
        self.limits = limits
    }

    /// Reads `bytes` (UTF-8) as the contents of `file`.
    public func read(_ bytes: [UInt8], file: String) -> YAMLReadResult {
        if bytes.count > limits.maxBytes {
            return failure(.error(
                .limitExceeded,
                "the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes; split it with `include:` or raise the limit with `--max-file-size`",
                at: SourceSpan(file: file, at: SourcePosition(line: 1, column: 1))))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return failure(.error(
                .invalidEncoding, "the file is saved as UTF-16; save it as UTF-8 text",
                at: SourceSpan(file: file, at: SourcePosition(line: 1, column: 1))))
        }
        var builder = TreeBuilder(file: file, source: bytes, limits: limits)
        bytes.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
        return builder.result()
    }

    private func failure(_ diagnostic: Diagnostic) -> YAMLReadResult {
        YAMLReadResult(document: nil, diagnostics: [diagnostic])
    }
}
