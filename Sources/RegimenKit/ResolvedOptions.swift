import Diagnostics
import RegimenPlan

/// Where an option's value came from, for `regimen backends` and messages.
public enum OptionOrigin: Sendable, Equatable, CustomStringConvertible {
    case projectFile(SourceSpan)
    case commandLine

    public var description: String {
        switch self {
        case .projectFile(let span): "project file \(span)"
        case .commandLine: "command line"
        }
    }
}

/// The option values of a build: the project file's `options:`, then `--option` arguments over
/// them, each checked against what its backend or filter declares.
public struct ResolvedOptions: Sendable {
    /// Values by backend or filter name.
    public var values: [String: BackendOptionValues] = [:]
    /// Where each value came from, by backend or filter name, then option name.
    public var origins: [String: [String: OptionOrigin]] = [:]

    public init() {}

    /// Merges `project` settings and then `arguments`. Values are kept for `owners` (the build's
    /// backends and filters); project settings for others are still checked against `known`
    /// (every backend's declared options) so a misspelling never passes silently, and a name
    /// nobody knows is a problem unless `isPlugin` says a plugin of that name exists.
    public static func resolve(
        arguments: [String], project: [ProjectFile.OptionSetting], owners: [OptionArguments.Owner],
        known: [OptionArguments.Owner], isPlugin: (String) -> Bool
    ) -> Result<ResolvedOptions, OptionArguments.Problem> {
        var resolved = ResolvedOptions()
        for setting in project {
            guard let owner = owners.first(where: { $0.name == setting.owner }) ?? known.first(where: { $0.name == setting.owner }) else {
                if isPlugin(setting.owner) { continue }
                let names = (owners + known).map { "`\($0.name)`" }
                return .failure(.init(message: "\(setting.ownerSpan): the project file sets options for `\(setting.owner)`, which is neither a backend nor a filter; known: \(Array(Set(names)).sorted().joined(separator: ", "))", isInProjectFile: true))
            }
            if let problem = OptionArguments.check(owner: owner, key: setting.key, value: setting.value) {
                let known = owner.options?.contains { $0.name == setting.key } ?? true
                return .failure(.init(message: "\(known ? setting.span : setting.keySpan): in the project file: " + problem, isInProjectFile: true))
            }
            guard owners.contains(where: { $0.name == setting.owner }) else { continue }
            resolved.values[setting.owner, default: BackendOptionValues()].values[setting.key] = setting.value
            resolved.origins[setting.owner, default: [:]][setting.key] = .projectFile(setting.span)
        }
        switch OptionArguments.parse(arguments, owners: owners) {
        case .failure(let problem): return .failure(problem)
        case .success(let given):
            for (owner, values) in given {
                for (key, value) in values.values {
                    resolved.values[owner, default: BackendOptionValues()].values[key] = value
                    resolved.origins[owner, default: [:]][key] = .commandLine
                }
            }
        }
        return .success(resolved)
    }
}
