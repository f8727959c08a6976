#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanJSON
import RegimenPlan

/// A backend served by an external executable, `regimen-backend-NAME`. It describes itself
/// (`--describe`) so that its options can be listed and checked, and renders by the plugin
/// protocol (`docs/plugins.md`).
public struct ExternalBackend: Backend {
    public let name: String
    public let executable: String
    public let summary: String
    public let options: [BackendOption]
    let limits: PluginLimits

    /// Asks the plugin to describe itself; fails with a message naming the plugin.
    public static func load(name: String, executable: String, limits: PluginLimits) -> Result<ExternalBackend, BackendError> {
        let call = PluginCall(name: name, executable: executable, limits: limits)
        do {
            let output = try call.exchange([], arguments: ["--describe"], timeout: min(limits.timeout, 10))
            let description = try call.decode(PluginDescription.self, from: output)
            var options: [BackendOption] = []
            for option in description.options {
                guard let converted = option.backendOption else {
                    return .failure(BackendError("\(call.label) describes option `\(option.name)` with the unknown kind `\(option.kind)`"))
                }
                options.append(converted)
            }
            return .success(ExternalBackend(name: name, executable: executable, summary: description.summary, options: options, limits: limits))
        } catch {
            return .failure(BackendError(error.message))
        }
    }

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        let call = PluginCall(name: name, executable: executable, limits: limits)
        let request = PluginCall.request(kind: .backend, plugin: name, options: options.values,
                                         buildTimestamp: context.buildTimestamp, plan: PlanJSON.encode(plan))
        do throws(PluginFailure) {
            let response = try call.decode(PluginResponse.self, from: try call.exchange(request))
            guard response.files.count <= limits.maxFiles else {
                throw PluginFailure(message: "\(call.label) returned \(response.files.count) files, more than the limit of \(limits.maxFiles); raise it with --plugin-file-limit")
            }
            var files: [OutputFile] = []
            for file in response.files {
                switch (file.contents, file.base64) {
                case (let text?, nil):
                    files.append(OutputFile(path: file.path, text: text))
                case (nil, let encoded?):
                    guard let data = Data(base64Encoded: encoded) else {
                        throw PluginFailure(message: "\(call.label) returned `\(file.path)` with base64 that does not decode")
                    }
                    files.append(OutputFile(path: file.path, contents: Array(data)))
                default:
                    throw PluginFailure(message: "\(call.label) returned `\(file.path)` without exactly one of \"contents\" and \"base64\"")
                }
            }
            return BackendOutput(files: files, diagnostics: response.diagnostics.map { BackendDiagnostic($0.severity, $0.message) })
        } catch {
            throw BackendError(error.message)
        }
    }
}

/// A filter served by an external executable, `regimen-filter-NAME`: it receives the plan and
/// returns a changed plan, which every backend then renders. Its options are passed through
/// unchecked, as text.
public struct ExternalFilter: PlanFilter {
    public let name: String
    public let executable: String
    let limits: PluginLimits

    public init(name: String, executable: String, limits: PluginLimits) {
        self.name = name
        self.executable = executable
        self.limits = limits
    }

    public var options: [BackendOption]? { nil }

    public func apply(_ plan: Plan, options: BackendOptionValues, context: RenderContext) -> Result<FilterOutput, BackendError> {
        let call = PluginCall(name: name, executable: executable, limits: limits)
        let request = PluginCall.request(kind: .filter, plugin: name, options: options.values, buildTimestamp: context.buildTimestamp,
                                         plan: PlanJSON.encode(plan))
        do {
            let response = try call.decode(FilterResponse.self, from: try call.exchange(request))
            guard response.plan.schemaVersion == Plan.currentSchemaVersion else {
                return .failure(BackendError("\(call.label) returned a plan of schema version \(response.plan.schemaVersion); Regimen reads version \(Plan.currentSchemaVersion)"))
            }
            return .success(FilterOutput(plan: response.plan, diagnostics: response.diagnostics.map { BackendDiagnostic($0.severity, $0.message) }))
        } catch {
            return .failure(BackendError(error.message))
        }
    }
}
