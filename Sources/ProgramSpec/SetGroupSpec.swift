import RegimenValues

/// A run of sets as coaches write them: `5x10 @ 50%`, `1x5+ @ 85%`, `3x5 @ RPE 7`, `65%x5`,
/// `bar x 10`. With a `+`, the last set is the one of as many reps as possible: `5x3+` is four
/// sets of 3 and a last set of 3 or more.
public struct SetGroupSpec: Hashable, Sendable {
    /// How many sets.
    public var count: Int
    public var reps: Reps
    /// Where the sets' load comes from; `nil` for the item's own load.
    public var load: SetLoadSpec?

    public init(count: Int, reps: Reps, load: SetLoadSpec?) {
        self.count = count
        self.reps = reps
        self.load = load
    }
}

/// The load of a set group, as written after `@` (or before `x`).
public enum SetLoadSpec: Hashable, Sendable {
    /// A weight, bodyweight, or a percentage: of the training max in work sets, of the day's first
    /// work set in a warm-up.
    case load(LoadSpec)
    /// The empty bar (the exercise's `bar:`).
    case bar
    /// The load that makes this set the given RPE (tenths), from the RPE chart and the lift's
    /// estimated one-rep max, or from the day's top set for a back-off set.
    case rpe(tenths: Int)
    /// A load drop from the day's top set, in tenths of a percent (`-10%` is 100).
    case drop(tenths: Int)
}

/// Reads set-group text. Pure: the decoder turns a failure into a diagnostic at the value.
public enum SetGroupText {
    /// Why a text is not a set group, in coaching words.
    public struct Problem: Error, Equatable {
        public var message: String
    }

    /// `5x10 @ 50%`, `5x3+`, `1x5+ @ 85%`, `3x5 @ RPE 7`, `3x5 @ -10%`, `2x5 @ bar`, `65%x5`,
    /// `85% x 5+`, `bar x 10`, `1x8-12 @ 20kg`.
    public static func parse(_ raw: String) -> Result<SetGroupSpec, Problem> {
        let text = raw.lowercased().replacingTimes.replacingDashes.trimmingSpaces
        if !text.contains("@") {
            let words = text.split(separator: " ", omittingEmptySubsequences: true)
            if let at = words.firstIndex(of: "at"), at > 0, at < words.count - 1 {
                let fixed = (words[..<at] + ["@"] + words[(at + 1)...]).joined(separator: " ")
                return .failure(Problem(message: "write `@` before the load: `\(fixed)`, not `\(raw)`"))
            }
        }
        let halves = text.split(separator: "@", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard halves.count <= 2, let left = halves.first, !left.isEmpty else {
            return .failure(Problem(message: "a set group is sets × reps and a load, like `5x10 @ 50%` or `1x5+ @ 85%`, not `\(raw)`"))
        }
        let parts = left.split(separator: "x", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            return .failure(Problem(message: "a set group is sets × reps, like `3x5` or `1x5+`, with a load after `@` where it has one: `\(raw)` has no `x`"))
        }
        guard let reps = repsText(parts[1]) else {
            return .failure(Problem(message: "`\(parts[1])` in `\(raw)` is not reps; write a number like `5`, a range like `8-12`, or `5+` for as many as possible"))
        }
        let count: Int
        var load: SetLoadSpec?
        if let leading = loadText(parts[0]), Int(parts[0]) == nil {
            // Load first, one set: `65%x5`, `bar x 10`.
            guard halves.count == 1 else {
                return .failure(Problem(message: "`\(raw)` gives the load twice; write `1x5 @ 65%` or `65%x5`"))
            }
            switch leading {
            case .success(let value): load = value
            case .failure(let problem): return .failure(problem)
            }
            count = 1
        } else {
            guard let sets = Int(parts[0]), SpecLimits.sets.contains(sets) else {
                return .failure(Problem(message: "`\(parts[0])` in `\(raw)` is not a number of sets from 1 to \(SpecLimits.sets.upperBound)"))
            }
            count = sets
            if halves.count == 2 {
                switch loadText(halves[1]) {
                case .success(let value)?: load = value
                case .failure(let problem)?: return .failure(problem)
                case nil:
                    return .failure(Problem(message: "`\(halves[1])` in `\(raw)` is not a load; write `100kg`, `85%` of the training max, `RPE 8`, `-10%` from the top set, `bar` or `bodyweight`"))
                }
            }
        }
        return .success(SetGroupSpec(count: count, reps: reps, load: load))
    }

    /// `5`, `5+`, `8-12`, `amrap`.
    static func repsText(_ text: String) -> Reps? {
        if text == "amrap" { return .asManyAsPossible(minimum: 1) }
        func number(_ part: some StringProtocol) -> Int? {
            let trimmed = part.trimmingSpaces
            guard !trimmed.isEmpty, trimmed.count <= 3, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(trimmed),
                  (1...200).contains(value) else { return nil }
            return value
        }
        if text.hasSuffix("+"), let minimum = number(text.dropLast()) { return .asManyAsPossible(minimum: minimum) }
        if let count = number(text) { return .exactly(count) }
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        if bounds.count == 2, let lower = number(bounds[0]), let upper = number(bounds[1]), lower < upper { return .range(lower, upper) }
        return nil
    }

    /// A load after `@`: `85%`, `102.5%`, `100kg`, `225 lb`, `bw`, `bodyweight + 10kg`, `RPE 8`,
    /// `-10%`, `bar`. `nil` when the text is no kind of load at all.
    static func loadText(_ text: String) -> Result<SetLoadSpec, Problem>? {
        if text == "bar" { return .success(.bar) }
        if text.hasPrefix("rpe") {
            let value = text.dropFirst(3).trimmingSpaces
            guard let thousandths = Decimal3.parse(value), thousandths % 500 == 0, (1000...10_000).contains(thousandths) else {
                return .failure(Problem(message: "`\(text)` is not an RPE; write `RPE 8` (1 to 10 in steps of 0.5)"))
            }
            return .success(.rpe(tenths: Int(thousandths / 100)))
        }
        if text.hasPrefix("-") {
            let value = text.dropFirst().trimmingSpaces
            guard value.hasSuffix("%"), let thousandths = Decimal3.parse(String(value.dropLast()).trimmingSpaces), thousandths % 100 == 0,
                  (100...90_000).contains(thousandths) else {
                return .failure(Problem(message: "a load drop is a percentage off the day's top set, like `-10%`, not `\(text)`"))
            }
            return .success(.drop(tenths: Int(thousandths / 100)))
        }
        if text.hasSuffix("%") {
            guard let thousandths = Decimal3.parse(String(text.dropLast()).trimmingSpaces), thousandths % 100 == 0,
                  (1000...150_000).contains(thousandths) else {
                return .failure(Problem(message: "a percentage load is from 1% to 150% in tenths, like `72.5%`, not `\(text)`"))
            }
            return .success(.load(.percent(tenths: Int(thousandths / 100))))
        }
        for word in ["bodyweight", "bw"] where text.hasPrefix(word) {
            let rest = text.dropFirst(word.count).trimmingSpaces
            if rest.isEmpty { return .success(.load(.bodyweight(added: nil))) }
            if rest.hasPrefix("+"), let (thousandths, unit) = MassText.parts(String(rest.dropFirst())), let unit, thousandths > 0 {
                return .success(.load(.bodyweight(added: Mass(thousandths: thousandths, unit: unit))))
            }
            return .failure(Problem(message: "`\(text)` is not a load; write `bodyweight` or add weight like `bodyweight + 10kg`"))
        }
        guard let (thousandths, unit) = MassText.parts(text) else { return nil }
        guard thousandths > 0, thousandths <= 1_000_000 else {
            return .failure(Problem(message: "a load must be more than 0 and at most 1000 (kg or lb), not `\(text)`"))
        }
        return .success(.load(.mass(thousandths: thousandths, unit: unit)))
    }
}

/// Loads as text: `42.5kg` → thousandths and a unit.
enum MassText {
    /// `42.5kg` → (42_500, kg); the unit is `nil` when none is written; `nil` when not a load.
    static func parts(_ text: String) -> (Int64, MassUnit?)? {
        let (number, unit) = text.splitNumberAndUnit()
        guard let number, let thousandths = Decimal3.parse(number) else { return nil }
        switch unit.lowercased() {
        case "": return (thousandths, nil)
        case "kg", "kgs": return (thousandths, .kg)
        case "lb", "lbs": return (thousandths, .lb)
        default: return nil
        }
    }
}
