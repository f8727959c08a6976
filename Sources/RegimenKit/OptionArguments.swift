import RegimenPlan

/// `--option NAME.KEY=VALUE` arguments, parsed in one place and checked against what each
/// backend or filter named accepts: an unknown name, an unknown option or a bad value is a
/// problem. A filter that declares no options (an external filter) takes any, as text.
public enum OptionArguments {
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// Something that takes options: a backend or a filter.
    public struct Owner: Sendable {
        public var name: String
        /// The options it declares; `nil` takes any option, unchecked.
        public var options: [BackendOption]?

        public init(name: String, options: [BackendOption]?) {
            self.name = name
            self.options = options
        }
    }

    /// `NAME.KEY=VALUE`, split.
    struct Assignment {
        let owner: String
        let key: String
        let value: String

        init?(_ text: String) {
            guard let equals = text.firstIndex(of: "="), let dot = text[..<equals].firstIndex(of: ".") else { return nil }
            owner = String(text[..<dot])
            key = String(text[text.index(after: dot)..<equals])
            value = String(text[text.index(after: equals)...])
        }
    }

    /// The values for each owner, by owner name.
    public static func parse(_ arguments: [String], owners: [Owner]) -> Result<[String: BackendOptionValues], Problem> {
        var result: [String: [String: String]] = [:]
        for argument in arguments {
            guard let assignment = Assignment(argument), !assignment.owner.isEmpty, !assignment.key.isEmpty else {
                return .failure(Problem(message: "`--option \(argument)` must look like `--option ics.alarm=15` (backend.option=value)"))
            }
            guard let owner = owners.first(where: { $0.name == assignment.owner }) else {
                let names = owners.map { "`\($0.name)`" }.joined(separator: ", ")
                return .failure(Problem(message: "`--option \(argument)` is for `\(assignment.owner)`, which this build does not use; it uses \(names)"))
            }
            if let declared = owner.options {
                guard let option = declared.first(where: { $0.name == assignment.key }) else {
                    let known = declared.map { "`\($0.name)`" }.joined(separator: ", ")
                    return .failure(Problem(message: "backend `\(owner.name)` has no option `\(assignment.key)`" + (known.isEmpty ? "; it takes no options" : "; its options are \(known)")))
                }
                guard option.accepts(assignment.value) else {
                    return .failure(Problem(message: "`\(assignment.value)` is not a valid value for `\(owner.name).\(assignment.key)`; it takes \(option.kind.expectation)"))
                }
            }
            result[owner.name, default: [:]][assignment.key] = assignment.value
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
