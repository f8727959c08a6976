/// A backend turns a `Plan` into output files: text cards, an iCalendar file, JSON, or anything
/// a plugin author needs. Backends see the Plan and nothing upstream of it.
public protocol Backend: Sendable {
    /// The name used with `--to` (`text`, `ics`, `json`).
    var name: String { get }
    /// One line for `regimen backends`.
    var summary: String { get }
    /// The options the backend accepts (`--option NAME=VALUE`); any other option is an error.
    var options: [BackendOption] { get }
    /// Renders the plan. File paths are relative to the output folder and use `/`.
    func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput
}

/// An option a backend accepts.
public struct BackendOption: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `true` or `false`.
        case flag
        case integer(ClosedRange<Int>)
        case text
        /// One of a fixed set of words.
        case choice([String])
    }

    public var name: String
    public var summary: String
    public var kind: Kind
    /// The value used when the option is not given, as text.
    public var defaultValue: String?

    public init(name: String, summary: String, kind: Kind, defaultValue: String? = nil) {
        self.name = name
        self.summary = summary
        self.kind = kind
        self.defaultValue = defaultValue
    }

    /// Whether `value` is acceptable for this option.
    public func accepts(_ value: String) -> Bool {
        switch kind {
        case .flag: ["true", "false"].contains(value)
        case .integer(let range): Int(value).map(range.contains) ?? false
        case .text: true
        case .choice(let words): words.contains(value)
        }
    }
}

/// Option values given to a backend, already checked against its `options`.
public struct BackendOptionValues: Hashable, Sendable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public func text(_ name: String) -> String? { values[name] }
    public func flag(_ name: String) -> Bool { values[name] == "true" }
    public func integer(_ name: String) -> Int? { values[name].flatMap { Int($0) } }
}

/// What a backend may know besides the plan.
public struct RenderContext: Sendable {
    /// The version of Regimen running the backend.
    public var compilerVersion: String
    /// The time of the build in seconds since 1970-01-01T00:00:00Z, when the user fixes one
    /// (`SOURCE_DATE_EPOCH`). Backends that stamp outputs use it, and otherwise a value derived
    /// from the plan, so that outputs stay reproducible.
    public var buildTimestamp: Int64?
    /// The contents of a file the backend wrote on an earlier run into the same output folder,
    /// by relative path, so that it can carry identity forward (an iCalendar `SEQUENCE`, say).
    public var previousOutput: @Sendable (String) -> [UInt8]?

    public init(
        compilerVersion: String, buildTimestamp: Int64? = nil, previousOutput: @escaping @Sendable (String) -> [UInt8]? = { _ in nil }
    ) {
        self.compilerVersion = compilerVersion
        self.buildTimestamp = buildTimestamp
        self.previousOutput = previousOutput
    }
}

/// A file a backend produced.
public struct OutputFile: Hashable, Sendable {
    /// Relative to the output folder, `/`-separated, without `..`.
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// A problem a backend reports about the plan or its options.
public struct BackendDiagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }
}

/// What a backend returns: its files and any diagnostics.
public struct BackendOutput: Hashable, Sendable {
    public var files: [OutputFile]
    public var diagnostics: [BackendDiagnostic]

    public init(files: [OutputFile], diagnostics: [BackendDiagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}

/// A backend that could not render the plan at all.
public struct BackendError: Error, Hashable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// File names for outputs: `runner-hip-balance` for a single athlete, or
/// `runner-hip-balance.alex-morgan` for one athlete of a roster.
public enum OutputNaming {
    public static func baseName(plan: Plan, athlete: AthletePlan) -> String {
        plan.athletes.count == 1 ? plan.program.id : "\(plan.program.id).\(athlete.id)"
    }
}
