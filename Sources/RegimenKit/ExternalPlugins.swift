#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ProgramSpec
import RegimenPlan

/// Finds external plugins: executables named `regimen-backend-NAME` and `regimen-filter-NAME` in
/// the folders given with `--plugin-path`, then in `REGIMEN_PLUGIN_PATH`, then on `PATH`. The
/// first found wins; a built-in backend's name cannot be taken by a plugin.
public struct PluginLocator: Sendable {
    public var folders: [String]

    /// Folders from `--plugin-path` values, then the environment.
    public init(pluginPaths: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
        let split = { (value: String?) in (value ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty } }
        folders = pluginPaths.flatMap { split($0) } + split(environment["REGIMEN_PLUGIN_PATH"]) + split(environment["PATH"])
    }

    public enum Kind: String, Sendable {
        case backend
        case filter
    }

    /// The executable serving `name`, if any.
    public func find(_ kind: Kind, named name: String) -> String? {
        guard Identifier.isValid(name) else { return nil }
        for folder in folders {
            let path = PathText.join(folder, "regimen-\(kind.rawValue)-\(name)")
            if FileManager.default.isExecutableFile(atPath: path), FileSystem().kind(of: path) == .file { return path }
        }
        return nil
    }

    /// Every plugin of `kind` found, by name, each at its first location.
    public func all(_ kind: Kind) -> [(name: String, path: String)] {
        var found: [(String, String)] = []
        var seen: Set<String> = []
        let prefix = "regimen-\(kind.rawValue)-"
        for folder in folders {
            for entry in FileSystem().contents(of: folder) ?? [] where entry.hasPrefix(prefix) {
                let name = String(entry.dropFirst(prefix.count))
                let path = PathText.join(folder, entry)
                guard Identifier.isValid(name), !seen.contains(name), FileManager.default.isExecutableFile(atPath: path),
                      FileSystem().kind(of: path) == .file else { continue }
                seen.insert(name)
                found.append((name, path))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }
}

/// Limits for running plugins, set on the command line.
public struct PluginLimits: Sendable {
    /// Seconds a plugin may run.
    public var timeout: Double
    /// Bytes a plugin may write to its standard output.
    public var maxOutput: Int
    /// Files one backend plugin may return.
    public var maxFiles: Int

    public static let defaultMaxFiles = 10_000

    public init(timeout: Double = 30, maxOutput: Int = 256 << 20, maxFiles: Int = PluginLimits.defaultMaxFiles) {
        self.timeout = timeout
        self.maxOutput = maxOutput
        self.maxFiles = maxFiles
    }
}

/// Why a plugin's answer could not be used. The message names the plugin.
struct PluginFailure: Error {
    var message: String
}

/// Runs one plugin and decodes its answer, refusing anything malformed.
struct PluginCall {
    let name: String
    let executable: String
    let limits: PluginLimits

    var label: String { "plugin `\(name)` (\(executable))" }

    /// Runs the plugin with `request` on standard input and returns its standard output, after
    /// checking the protocol version.
    func exchange(_ request: [UInt8], arguments: [String] = [], timeout: Double? = nil) throws(PluginFailure) -> [UInt8] {
        let process = PluginProcess(executable: executable, arguments: arguments,
                                    limits: .init(timeout: timeout ?? limits.timeout, maxOutput: limits.maxOutput))
        switch process.run(input: request) {
        case .couldNotStart(let reason):
            throw PluginFailure(message: "\(label) could not be started: \(reason)")
        case .timedOut:
            throw PluginFailure(message: "\(label) did not finish within \(Self.seconds(timeout ?? limits.timeout)) and was stopped; raise the limit with --plugin-timeout")
        case .outputTooLarge:
            throw PluginFailure(message: "\(label) wrote more than \(limits.maxOutput) bytes and was stopped; raise the limit with --plugin-output-limit")
        case .killed(let signal):
            throw PluginFailure(message: "\(label) was killed by \(SignalName.describe(signal))")
        case .finished(let status, let output):
            guard status == 0 else {
                throw PluginFailure(message: "\(label) failed with exit status \(status)")
            }
            let header: PluginVersionHeader
            do {
                header = try JSONDecoder().decode(PluginVersionHeader.self, from: Data(output))
            } catch {
                throw PluginFailure(message: "\(label) did not answer with JSON carrying a \"protocolVersion\" (\(Self.reason(error)))")
            }
            guard header.protocolVersion.major == PluginProtocol.version.major else {
                throw PluginFailure(message: "\(label) speaks plugin protocol \(header.protocolVersion), and this Regimen speaks \(PluginProtocol.version); use a version of the plugin made for protocol \(PluginProtocol.version.major).x")
            }
            return output
        }
    }

    func decode<T: Decodable>(_ type: T.Type, from output: [UInt8]) throws(PluginFailure) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(output))
        } catch {
            throw PluginFailure(message: "\(label) answered with JSON that is not a valid response: \(Self.reason(error))")
        }
    }

    /// The request bytes: the header fields, then the plan in its wire form (`PlanJSON`), exactly as the `json` backend writes it.
    static func request(kind: PluginRequest.Kind, plugin: String, options: [String: String], buildTimestamp: Int64?, plan: [UInt8]) -> [UInt8] {
        let header = RequestHeader(protocolVersion: PluginProtocol.version, compilerVersion: RegimenVersion.current, kind: kind,
                                   plugin: plugin, options: options, buildTimestamp: buildTimestamp)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = Array((try? encoder.encode(header)) ?? Data("{}".utf8))
        bytes.removeLast()  // the closing brace
        bytes += Array(",\"plan\":".utf8) + plan + Array("}\n".utf8)
        return bytes
    }

    private struct RequestHeader: Encodable {
        var protocolVersion: ProtocolVersion
        var compilerVersion: String
        var kind: PluginRequest.Kind
        var plugin: String
        var options: [String: String]
        var buildTimestamp: Int64?
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.underlyingError.map { "\($0)" } ?? context.debugDescription
        case DecodingError.keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"" + path(context.codingPath)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.debugDescription + path(context.codingPath)
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "" : " at " + keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
