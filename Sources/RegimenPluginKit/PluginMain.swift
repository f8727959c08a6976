import Foundation
import RegimenPlan

/// Everything a Swift backend plugin needs besides its render function: answering
/// `--describe`, reading and checking the request, decoding the plan, and writing the response.
///
/// ```swift
/// import RegimenPluginKit
///
/// BackendPlugin.run(name: "markdown", summary: "Workout sheets in Markdown") { plan, options in
///     [PluginFile(path: "\(plan.program.id).md", contents: "# \(plan.program.name)\n")]
/// }
/// ```
///
/// Binary files are `PluginFile(path:bytes:)`; the plugin kit refuses to send them to a Regimen
/// older than protocol 1.1, which reads text files only.
public enum BackendPlugin {
    /// Serves one request and exits. A thrown error is printed to standard error and the plugin
    /// exits with status 1, which Regimen reports as a failure naming the plugin.
    public static func run(
        name: String, summary: String, options: [PluginOption] = [],
        render: (Plan, [String: String]) throws -> [PluginFile]
    ) -> Never {
        PluginIO.serve(description: PluginDescription(name: name, summary: summary, options: options), kind: .backend) { request in
            let files = try render(request.plan, request.options)
            if let binary = files.first(where: { $0.base64 != nil }),
               (request.protocolVersion.major, request.protocolVersion.minor) < (PluginProtocol.binaryFiles.major, PluginProtocol.binaryFiles.minor) {
                throw PluginError("`\(binary.path)` is a binary file, and Regimen speaks protocol \(request.protocolVersion), which carries text files only (binary files need \(PluginProtocol.binaryFiles))")
            }
            return try PluginIO.encode(PluginResponse(files: files))
        }
    }
}

/// The same for filters: a function from a plan to a changed plan.
public enum FilterPlugin {
    public static func run(
        name: String, summary: String, options: [PluginOption] = [],
        transform: (Plan, [String: String]) throws -> Plan
    ) -> Never {
        PluginIO.serve(description: PluginDescription(name: name, summary: summary, options: options), kind: .filter) { request in
            try PluginIO.encode(FilterResponse(plan: try transform(request.plan, request.options)))
        }
    }
}

/// A problem a plugin reports by throwing; its description is what Regimen's user reads.
public struct PluginError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

enum PluginIO {
    static func serve(description: PluginDescription, kind: PluginRequest.Kind, handle: (PluginRequest) throws -> Data) -> Never {
        do {
            if CommandLine.arguments.dropFirst().first == "--describe" {
                write(try encode(description))
                exit(0)
            }
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let header = try JSONDecoder().decode(PluginVersionHeader.self, from: input)
            guard header.protocolVersion.major == PluginProtocol.version.major else {
                throw PluginError("this plugin speaks protocol \(PluginProtocol.version), and the request is \(header.protocolVersion)")
            }
            let request = try JSONDecoder().decode(PluginRequest.self, from: input)
            guard request.kind == kind else { throw PluginError("this plugin is a \(kind.rawValue), not a \(request.kind.rawValue)") }
            write(try handle(request))
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("regimen-\(kind.rawValue)-\(description.name): \(error)\n".utf8))
            exit(1)
        }
    }

    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
