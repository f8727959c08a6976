import RegimenPlan

/// Reads `--option BACKEND.NAME=VALUE` arguments and checks them against what each backend
/// accepts: an unknown backend, an unknown option or a bad value is a problem.
public enum BackendOptionParser {
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// Options for the built-in backends.
    public static func parse(_ arguments: [String], registry: BackendRegistry) -> Result<[String: BackendOptionValues], Problem> {
        parse(arguments, targets: registry.backends.map { ($0.name, $0.options) })
    }

    /// Options for any set of named option owners (backends and filters).
    public static func parse(_ arguments: [String], targets: [(name: String, options: [BackendOption])]) -> Result<[String: BackendOptionValues], Problem> {
        var result: [String: [String: String]] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), let dot = argument[..<equals].firstIndex(of: ".") else {
                return .failure(Problem(message: "`--option \(argument)` must look like `--option ics.alarm=15` (backend.option=value)"))
            }
            let backendName = String(argument[..<dot])
            let name = String(argument[argument.index(after: dot)..<equals])
            let value = String(argument[argument.index(after: equals)...])
            guard let backend = targets.first(where: { $0.name == backendName }) else {
                let names = targets.map { "`\($0.name)`" }.joined(separator: ", ")
                return .failure(Problem(message: "`--option \(argument)` is for `\(backendName)`, which this build does not use; it uses \(names)"))
            }
            guard let option = backend.options.first(where: { $0.name == name }) else {
                let known = backend.options.map { "`\($0.name)`" }.joined(separator: ", ")
                return .failure(Problem(message: "backend `\(backendName)` has no option `\(name)`" + (known.isEmpty ? "; it takes no options" : "; its options are \(known)")))
            }
            guard option.accepts(value) else {
                return .failure(Problem(message: "`\(value)` is not a valid value for `\(backendName).\(name)`; it takes \(option.kind.expectation)"))
            }
            result[backendName, default: [:]][name] = value
        }
        return .success(result.mapValues { BackendOptionValues($0) })
    }
}

extension BackendOption.Kind {
    /// What values the option takes, for messages and listings.
    public var expectation: String {
        switch self {
        case .flag: "`true` or `false`"
        case .integer(let range): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .text: "text"
        case .choice(let words): words.map { "`\($0)`" }.joined(separator: ", ")
        }
    }
}
