import Checker
import Diagnostics
import ProgramSpec

/// The names a log may use for a program's athletes, exercises and sessions, in any case.
struct ProgramNames {
    let program: CheckedProgram
    /// Athlete indexes by id and by lowercased name.
    private var athletes: [String: Int] = [:]
    /// Exercise indexes by lowercased key, name and alias (several when two share a name).
    private var exercises: [String: [Int]] = [:]
    /// Session indexes by lowercased key and title (several when titles repeat).
    private var sessions: [String: [Int]] = [:]

    init(program: CheckedProgram) {
        self.program = program
        for (index, athlete) in program.athletes.enumerated() {
            athletes[athlete.id] = index
            if let name = athlete.name, athletes[name.lowercased()] == nil { athletes[name.lowercased()] = index }
        }
        for (index, exercise) in program.exercises.enumerated() {
            for name in [exercise.id, exercise.name] + exercise.aliases {
                let key = name.lowercased()
                if exercises[key]?.contains(index) != true { exercises[key, default: []].append(index) }
            }
        }
        for (index, session) in program.sessions.enumerated() {
            for name in [session.id, session.title, Identifier.slug(session.title)] {
                let key = name.lowercased()
                if sessions[key]?.contains(index) != true { sessions[key, default: []].append(index) }
            }
        }
    }

    // MARK: Athletes

    func athlete(_ name: String) -> Int? {
        athletes[name] ?? athletes[name.lowercased()]
    }

    func unknownAthlete(_ name: Located<String>) -> Diagnostic {
        let candidates = program.athletes.flatMap { [$0.id] + ($0.name.map { [$0] } ?? []) }
        let list = program.athletes.map { "`\($0.id)`" }.joined(separator: ", ")
        if let suggestion = Suggestions.closest(to: name.value, in: candidates) {
            return .error(.unknownAthlete, "there is no athlete `\(name.value)`; did you mean `\(suggestion)`?", at: name.span,
                          notes: [DiagnosticNote("the athletes are \(list)")],
                          fix: FixIt("write `\(suggestion)`", replacing: name.span, with: suggestion))
        }
        return .error(.unknownAthlete, "there is no athlete `\(name.value)`; the athletes are \(list)", at: name.span)
    }

    // MARK: Exercises

    enum ExerciseMatch {
        case found(Int)
        case ambiguous([Int])
        case unknown
    }

    func exercise(_ name: String) -> ExerciseMatch {
        guard let matches = exercises[name.lowercased()] ?? exercises[name.trimmingSpaces.lowercased()] else { return .unknown }
        if matches.count == 1 { return .found(matches[0]) }
        if let exact = matches.first(where: { program.exercises[$0].id == name }) { return .found(exact) }
        return .ambiguous(matches)
    }

    /// The exercises a name was probably meant to be: close in spelling, or sharing its words once
    /// an app's equipment in parentheses is left out (`Squat (Barbell)` → `Back squat`).
    func suggestions(for name: String) -> [Int] {
        let candidates = program.exercises.enumerated().flatMap { index, exercise in
            ([exercise.id, exercise.name] + exercise.aliases).map { (index, $0) }
        }
        if let close = Suggestions.closest(to: name, in: candidates.map(\.1)), let match = candidates.first(where: { $0.1 == close }) {
            return [match.0]
        }
        let words = Self.words(name.withoutParentheses)
        guard !words.isEmpty else { return [] }
        var result: [Int] = []
        for (index, candidate) in candidates where !result.contains(index) {
            let candidateWords = Self.words(candidate)
            if words.isSubset(of: candidateWords) || candidateWords.isSubset(of: words) && !candidateWords.isEmpty {
                result.append(index)
            }
        }
        return Array(result.prefix(3))
    }

    /// Lowercased words of a name, with hyphens and underscores as spaces.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    // MARK: Sessions

    /// The sessions a name means: a key, a title, or a title's slug (`Strength A` → `strength-a`).
    func sessions(named name: String) -> [Int] {
        sessions[name.lowercased()] ?? sessions[Identifier.slug(name)] ?? []
    }

    func unknownSession(_ name: Located<String>) -> Diagnostic {
        let candidates = program.sessions.map(\.id)
        if let suggestion = Suggestions.closest(to: name.value, in: candidates) {
            return .error(.unknownLoggedSession, "there is no session `\(name.value)`; did you mean `\(suggestion)`?", at: name.span,
                          notes: program.sourceMap.sessions[suggestion].map { [DiagnosticNote("`\(suggestion)` is defined here", at: $0)] } ?? [],
                          fix: FixIt("write `\(suggestion)`", replacing: name.span, with: suggestion))
        }
        return .error(.unknownLoggedSession,
                      "there is no session `\(name.value)`; the sessions are \(candidates.map { "`\($0)`" }.joined(separator: ", "))", at: name.span)
    }
}

extension String {
    /// `Squat (Barbell)` → `Squat`.
    var withoutParentheses: String {
        var result = ""
        var depth = 0
        for character in self {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
        }
        return result.trimmingSpaces
    }
}
