/// The protocol between Regimen and external plugins: executables named `regimen-backend-NAME`
/// (which turn a plan into files) and `regimen-filter-NAME` (which turn a plan into a changed
/// plan). Regimen writes one JSON request on the plugin's standard input and reads one JSON
/// response from its standard output. See `docs/plugins.md` and `schema/plugin-protocol.schema.json`.
public enum PluginProtocol {
    /// The version this Regimen speaks. A plugin answering with another major version is refused;
    /// any minor version of the same major is read, ignoring fields this Regimen does not know.
    ///
    /// - 1.0: files as UTF-8 text (`contents`).
    /// - 1.1: files may be bytes instead (`base64`), for binary formats such as FIT.
    public static let version = ProtocolVersion(major: 1, minor: 1)

    /// The first version in which files may carry `base64`: a plugin checks the request's
    /// version against it before answering with bytes.
    public static let binaryFiles = ProtocolVersion(major: 1, minor: 1)
}

/// `major.minor`: minor versions only add optional fields.
public struct ProtocolVersion: Hashable, Sendable, Codable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Reads `"1.0"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: ".")
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]), major >= 0, minor >= 0 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a protocol version looks like \"1.0\", not \"\(text)\"")
        }
        self.init(major: major, minor: minor)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String { "\(major).\(minor)" }
}

/// Only the version, decoded first so that a request or response of another major version is
/// refused with a clear message instead of a confusing decoding error.
public struct PluginVersionHeader: Decodable, Sendable {
    public var protocolVersion: ProtocolVersion
}

/// What Regimen sends a plugin on standard input.
public struct PluginRequest: Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case backend
        case filter
    }

    public var protocolVersion: ProtocolVersion
    public var compilerVersion: String
    public var kind: Kind
    /// The plugin's name (`csv` for `regimen-backend-csv`).
    public var plugin: String
    /// The options given with `--option NAME.KEY=VALUE`, as text.
    public var options: [String: String]
    /// A fixed build time, when the user set one (`SOURCE_DATE_EPOCH`).
    public var buildTimestamp: Int64?
    /// The plan, exactly as the `json` backend writes it.
    public var plan: Plan

    public init(kind: Kind, plugin: String, options: [String: String], compilerVersion: String, buildTimestamp: Int64?, plan: Plan) {
        protocolVersion = PluginProtocol.version
        self.kind = kind
        self.plugin = plugin
        self.options = options
        self.compilerVersion = compilerVersion
        self.buildTimestamp = buildTimestamp
        self.plan = plan
    }
}

/// What a backend plugin answers on standard output.
public struct PluginResponse: Codable, Sendable {
    public var protocolVersion: ProtocolVersion
    public var files: [PluginFile]
    public var diagnostics: [PluginDiagnostic]

    public init(files: [PluginFile], diagnostics: [PluginDiagnostic] = []) {
        protocolVersion = PluginProtocol.version
        self.files = files
        self.diagnostics = diagnostics
    }

    enum CodingKeys: String, CodingKey {
        case protocolVersion, files, diagnostics
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        protocolVersion = try container.decode(ProtocolVersion.self, forKey: .protocolVersion)
        files = try container.decodeIfPresent([PluginFile].self, forKey: .files) ?? []
        diagnostics = try container.decodeIfPresent([PluginDiagnostic].self, forKey: .diagnostics) ?? []
    }
}

/// What a filter plugin answers on standard output: the changed plan.
public struct FilterResponse: Codable, Sendable {
    public var protocolVersion: ProtocolVersion
    public var plan: Plan
    public var diagnostics: [PluginDiagnostic]

    public init(plan: Plan, diagnostics: [PluginDiagnostic] = []) {
        protocolVersion = PluginProtocol.version
        self.plan = plan
        self.diagnostics = diagnostics
    }

    enum CodingKeys: String, CodingKey {
        case protocolVersion, plan, diagnostics
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        protocolVersion = try container.decode(ProtocolVersion.self, forKey: .protocolVersion)
        plan = try container.decode(Plan.self, forKey: .plan)
        diagnostics = try container.decodeIfPresent([PluginDiagnostic].self, forKey: .diagnostics) ?? []
    }
}

/// A file in a response: a relative path and its contents, as UTF-8 text (`contents`) or, from
/// protocol 1.1, as bytes in standard base64 with padding (`base64`).
public struct PluginFile: Codable, Sendable, Hashable {
    public var path: String
    public var contents: String?
    public var base64: String?

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
        self.base64 = nil
    }

    public init(path: String, base64: String) {
        self.path = path
        self.contents = nil
        self.base64 = base64
    }

    /// A binary file (protocol 1.1): `bytes` in standard base64.
    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, base64: Base64.encode(bytes))
    }
}

/// Standard base64 (RFC 4648, section 4) with padding and no line breaks.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var chunk: UInt32 = 0
            for offset in 0..<3 { chunk = chunk << 8 | UInt32(offset < count ? bytes[index + offset] : 0) }
            for position in 0..<4 {
                out.append(position <= count ? alphabet[Int((chunk >> (18 - 6 * UInt32(position))) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A problem a plugin reports.
public struct PluginDiagnostic: Codable, Sendable, Hashable {
    public var severity: BackendDiagnostic.Severity
    public var message: String

    public init(severity: BackendDiagnostic.Severity, message: String) {
        self.severity = severity
        self.message = message
    }
}

extension BackendDiagnostic.Severity: Codable {}

/// What a plugin prints when run with `--describe`: its name, what it does, and its options.
public struct PluginDescription: Codable, Sendable {
    public var protocolVersion: ProtocolVersion
    public var name: String
    public var summary: String
    public var options: [PluginOption]

    public init(name: String, summary: String, options: [PluginOption]) {
        protocolVersion = PluginProtocol.version
        self.name = name
        self.summary = summary
        self.options = options
    }
}

/// An option a plugin accepts.
public struct PluginOption: Codable, Sendable, Hashable {
    /// `flag`, `integer`, `text` or `choice`.
    public var kind: String
    public var name: String
    public var summary: String
    public var defaultValue: String?
    /// For `integer`: the smallest and largest values.
    public var minimum: Int?
    public var maximum: Int?
    /// For `choice`: the allowed words.
    public var choices: [String]?

    public init(name: String, summary: String, kind: String, defaultValue: String? = nil, minimum: Int? = nil, maximum: Int? = nil, choices: [String]? = nil) {
        self.name = name
        self.summary = summary
        self.kind = kind
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.choices = choices
    }

    /// The option as the in-process API describes it; `nil` for an unknown kind.
    public var backendOption: BackendOption? {
        let kind: BackendOption.Kind
        switch self.kind {
        case "flag": kind = .flag
        case "text": kind = .text
        case "integer": kind = .integer((minimum ?? .min)...(max(minimum ?? .min, maximum ?? .max)))
        case "choice": kind = .choice(choices ?? [])
        default: return nil
        }
        return BackendOption(name: name, summary: summary, kind: kind, defaultValue: defaultValue)
    }
}
