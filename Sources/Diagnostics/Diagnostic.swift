/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A secondary message attached to a diagnostic, optionally pointing somewhere else
/// (for example "`couch-stretch` is defined here").
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var span: SourceSpan?

    public init(_ message: String, at span: SourceSpan? = nil) {
        self.message = message
        self.span = span
    }
}

/// A suggested edit: replace the text under `span` with `replacement`.
public struct FixIt: Hashable, Sendable {
    /// What the fix does, in coaching words ("write `30s`").
    public var message: String
    public var span: SourceSpan
    public var replacement: String

    public init(_ message: String, replacing span: SourceSpan, with replacement: String) {
        self.message = message
        self.span = span
        self.replacement = replacement
    }
}

/// One problem found in a program, with where it is and, when obvious, how to fix it.
public struct Diagnostic: Hashable, Sendable, Error {
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    /// The text the problem is about. `nil` only for problems that belong to no file.
    public var span: SourceSpan?
    public var notes: [DiagnosticNote]
    public var fix: FixIt?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at span: SourceSpan?,
        notes: [DiagnosticNote] = [], fix: FixIt? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.notes = notes
        self.fix = fix
    }

    public static func error(
        _ code: DiagnosticCode, _ message: String, at span: SourceSpan?,
        notes: [DiagnosticNote] = [], fix: FixIt? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: span, notes: notes, fix: fix)
    }

    public static func warning(
        _ code: DiagnosticCode, _ message: String, at span: SourceSpan?,
        notes: [DiagnosticNote] = [], fix: FixIt? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: span, notes: notes, fix: fix)
    }

    /// The one-line form: `file:line:column: error: message [R201]`.
    public var summaryLine: String {
        let place = span.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

/// An ordered collection of diagnostics gathered while processing one or more files.
public struct DiagnosticBag: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) { all.append(contentsOf: diagnostics) }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// Diagnostics in source order (file, line, column); diagnostics without a place come first.
    /// The sort is stable, so diagnostics at the same place keep the order they were found in.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            let l = a.element.span.map { ($0.file, $0.start.line, $0.start.column) } ?? ("", 0, 0)
            let r = b.element.span.map { ($0.file, $0.start.line, $0.start.column) } ?? ("", 0, 0)
            return l != r ? l < r : a.offset < b.offset
        }.map(\.element)
    }
}
