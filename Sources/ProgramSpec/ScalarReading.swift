import Diagnostics
import RegimenValues
import YAMLReader

/// Readers for single values. Each reads a scalar by what the spec expects at that place, so
/// YAML 1.1's guesses (`no` as false, `07:00` as 420, `010` as 8) never apply; where an unquoted
/// value would fool other YAML tools, a warning says to quote it.
extension DecodingContext {
    /// The scalar's text, or an error naming `field` when the node is a list, a mapping or empty.
    mutating func scalarText(_ node: YAMLNodeID, field: String, expecting example: String) -> String? {
        guard document.kind(of: node) == .scalar else {
            error(.wrongShape, "`\(field)` should be a single value like `\(example)`, not \(shapeName(node))", at: node)
            return nil
        }
        guard !document.isNull(node) else {
            error(.wrongShape, "`\(field)` is empty; give it a value like `\(example)` or remove the line", at: node)
            return nil
        }
        return document.scalar(node)
    }

    /// Text, with the line break that block scalars (`>` and `|`) end with removed.
    mutating func text(_ node: YAMLNodeID, field: String, example: String = "some text") -> Located<String>? {
        guard var value = scalarText(node, field: field, expecting: example) else { return nil }
        while value.last?.isNewline == true { value.removeLast() }
        if value.utf8.count <= 5, document.isPlain(node), Self.yaml11Booleans.contains(value.lowercased()) {
            warning(.ambiguousScalar,
                    "unquoted `\(value)` is read as text here, but YAML 1.1 tools read it as a yes/no value; put it in quotes",
                    at: node, fix: FixIt("quote it", replacing: span(node), with: "\"\(value)\""))
        }
        return Located(value, at: span(node))
    }

    static let yaml11Booleans: Set<String> = ["yes", "no", "on", "off", "y", "n", "true", "false"]

    /// A list of text values; a single value counts as a list of one.
    mutating func textList(_ node: YAMLNodeID, field: String, example: String) -> [Located<String>] {
        listItems(node).compactMap { text($0, field: field, example: example) }
    }

    mutating func integer(_ node: YAMLNodeID, field: String, range: ClosedRange<Int>, example: String) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: example) else { return nil }
        let value = raw.trimmingSpaces
        guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), value.utf8.count <= 9, let number = Int(value) else {
            let isDecimal = Double(value) != nil
            error(.invalidNumber,
                  isDecimal ? "`\(field)` must be a whole number like `\(example)`, not `\(raw)`"
                            : "`\(field)` must be a number like `\(example)`, not `\(raw)`",
                  at: node)
            return nil
        }
        if value.count > 1, value.hasPrefix("0"), document.isPlain(node) {
            warning(.ambiguousScalar,
                    "`\(value)` has a leading zero, which YAML 1.1 tools read as an octal number; write `\(number)`",
                    at: node, fix: FixIt("remove the leading zero", replacing: span(node), with: "\(number)"))
        }
        guard range.contains(number) else {
            error(.outOfRange, "`\(field)` must be from \(range.lowerBound) to \(range.upperBound); \(number) is out of range", at: node)
            return nil
        }
        return Located(number, at: span(node))
    }

    mutating func boolean(_ node: YAMLNodeID, field: String) -> Located<Bool>? {
        guard let raw = scalarText(node, field: field, expecting: "true") else { return nil }
        switch raw.lowercased() {
        case "true": return Located(true, at: span(node))
        case "false": return Located(false, at: span(node))
        case "yes", "on", "y", "no", "off", "n":
            let value = ["yes", "on", "y"].contains(raw.lowercased())
            warning(.ambiguousScalar,
                    "`\(raw)` means \(value) only to YAML 1.1 tools; write `\(value)`",
                    at: node, fix: FixIt("write `\(value)`", replacing: span(node), with: "\(value)"))
            return Located(value, at: span(node))
        default:
            error(.invalidChoice, "`\(field)` must be `true` or `false`, not `\(raw)`", at: node)
            return nil
        }
    }

    /// One of a fixed set of words, with "did you mean" for near misses.
    mutating func choice<Value: Sendable>(
        _ node: YAMLNodeID, field: String, choices: [(word: String, value: Value)]
    ) -> Located<Value>? {
        let words = choices.map(\.word)
        guard let raw = scalarText(node, field: field, expecting: words[0]) else { return nil }
        if let match = choices.first(where: { $0.word == raw.lowercased() }) {
            return Located(match.value, at: span(node))
        }
        let list = words.map { "`\($0)`" }.joined(separator: ", ")
        if let suggestion = Suggestions.closest(to: raw, in: words) {
            error(.invalidChoice, "`\(field)` cannot be `\(raw)`; did you mean `\(suggestion)`?", at: node,
                  notes: [DiagnosticNote("`\(field)` can be \(list)")],
                  fix: FixIt("write `\(suggestion)`", replacing: span(node), with: suggestion))
        } else {
            error(.invalidChoice, "`\(field)` cannot be `\(raw)`; it can be \(list)", at: node)
        }
        return nil
    }

    /// What a number without a unit most likely means in a duration field, for the fix.
    enum BareDurationUnit {
        /// `hold: 30`, `rest: 90`: seconds.
        case seconds
        /// A session's `duration: 45`: minutes.
        case minutes
        /// An item's `duration: 20` may be a 20-minute run or a 20-second plank: no fix.
        case unknown
    }

    /// A duration such as `30s`, `2min`, `1h30min` or `1.5min`, in whole seconds.
    mutating func duration(
        _ node: YAMLNodeID, field: String, example: String = "30s", range: ClosedRange<Int> = 1...86_400, bare: BareDurationUnit = .seconds
    ) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: example) else { return nil }
        switch DurationText.parse(raw) {
        case .seconds(let seconds):
            guard range.contains(seconds) else {
                error(.outOfRange, "`\(field)` must be from \(DurationText.format(range.lowerBound)) to \(DurationText.format(range.upperBound)); `\(raw)` is out of range", at: node)
                return nil
            }
            return Located(seconds, at: span(node))
        case .missingUnit(let number):
            switch bare {
            case .seconds:
                error(.invalidDuration, "`\(field)` needs a unit: write `\(number)s` for seconds or `\(number)min` for minutes", at: node,
                      fix: FixIt("write `\(number)s` (seconds)", replacing: span(node), with: "\(number)s"))
            case .minutes:
                error(.invalidDuration, "`\(field)` needs a unit: write `\(number)min` for minutes (or `\(number)s` for seconds)", at: node,
                      fix: FixIt("write `\(number)min` (minutes)", replacing: span(node), with: "\(number)min"))
            case .unknown:
                error(.invalidDuration, "`\(field)` needs a unit: write `\(number)s` for seconds or `\(number)min` for minutes", at: node)
            }
        case .clock(let minutes, let seconds):
            let written = seconds == 0 ? "\(minutes)min" : "\(minutes)min\(seconds)s"
            error(.invalidDuration, "`\(raw)` is ambiguous as a duration (YAML 1.1 tools read it as the number \(minutes * 60 + seconds)); write `\(written)`", at: node,
                  fix: FixIt("write `\(written)`", replacing: span(node), with: written))
        case .invalid:
            error(.invalidDuration, "`\(field)` must be a duration like `\(example)`, `2min` or `1h30min`, not `\(raw)`", at: node)
        }
        return nil
    }

    /// A distance such as `5km`, `400m` or `3mi`, in whole metres.
    mutating func distance(_ node: YAMLNodeID, field: String) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: "5km") else { return nil }
        guard let metres = DistanceText.metres(raw) else {
            let (number, unit) = raw.splitNumberAndUnit()
            if number != nil, unit.isEmpty {
                error(.invalidNumber, "`\(field)` needs a unit: write `\(raw)m` for metres or `\(raw)km` for kilometres", at: node,
                      fix: FixIt("add metres", replacing: span(node), with: "\(raw)m"))
            } else {
                error(.invalidNumber, "`\(field)` must be a distance like `5km`, `400m` or `3mi`, not `\(raw)`", at: node)
            }
            return nil
        }
        guard (1...1_000_000).contains(metres) else {
            error(.outOfRange, "`\(field)` must be from 1m to 1000km; `\(raw)` is out of range", at: node)
            return nil
        }
        return Located(metres, at: span(node))
    }

    /// A load: `40kg`, `95lb`, a bare `40` (in the program's units), `bodyweight`,
    /// `bodyweight + 10kg`, or `75%` of the training max.
    mutating func load(_ node: YAMLNodeID, field: String, allowPercent: Bool = true) -> Located<LoadSpec>? {
        guard let raw = scalarText(node, field: field, expecting: "40kg") else { return nil }
        let lower = raw.lowercased().trimmingSpaces
        if lower.hasSuffix("%") {
            guard allowPercent else {
                error(.invalidLoad, "`\(field)` must be a load like `100kg`, not a percentage", at: node)
                return nil
            }
            guard let thousandths = Decimal3.parse(String(lower.dropLast()).trimmingSpaces), thousandths % 100 == 0,
                  (1000...150_000).contains(thousandths) else {
                error(.invalidPercentage, "`\(field)` as a percentage of the training max must be from 1% to 150%, like `75%`, not `\(raw)`", at: node)
                return nil
            }
            return Located(.percent(tenths: Int(thousandths / 100)), at: span(node))
        }
        for word in ["bodyweight", "bw"] where lower.hasPrefix(word) {
            let rest = lower.dropFirst(word.count).trimmingSpaces
            if rest.isEmpty { return Located(.bodyweight(added: nil), at: span(node)) }
            if rest.hasPrefix("+"), let (thousandths, unit) = massParts(String(rest.dropFirst())), let unit, thousandths > 0 {
                return Located(.bodyweight(added: Mass(thousandths: thousandths, unit: unit)), at: span(node))
            }
            error(.invalidLoad, "`\(raw)` is not a load; write `bodyweight` or add weight like `bodyweight + 10kg`", at: node)
            return nil
        }
        guard let (thousandths, unit) = massParts(lower) else {
            if let fixed = CommonSlips.massWithUnitSymbol(raw) {
                error(.invalidLoad, "write the unit of `\(field)` as `kg` or `lb`: `\(fixed)`, not `\(raw)`", at: node,
                      fix: FixIt("write `\(fixed)`", replacing: span(node), with: fixed))
            } else {
                error(.invalidLoad, "`\(field)` must be a load like `40kg`, `95lb` or `bodyweight`, not `\(raw)`", at: node)
            }
            return nil
        }
        guard thousandths > 0, thousandths <= 1_000_000 else {
            error(.outOfRange, "`\(field)` must be more than 0 and at most 1000 (kg or lb); `\(raw)` is out of range", at: node)
            return nil
        }
        return Located(.mass(thousandths: thousandths, unit: unit), at: span(node))
    }

    /// Splits `42.5kg` into thousandths and a unit (`nil` when no unit is written).
    func massParts(_ text: String) -> (Int64, MassUnit?)? { MassText.parts(text) }

    /// Reps: `8`, a range `8-12`, at least `5+` as many as possible, or `amrap`.
    mutating func reps(_ node: YAMLNodeID, field: String) -> Located<Reps>? {
        guard let raw = scalarText(node, field: field, expecting: "8") else { return nil }
        return reps(text: raw, raw: raw, node: node, field: field)
    }

    /// Reps from `text`, which is `raw` (what the node holds) or a part of it.
    mutating func reps(text written: String, raw: String, node: YAMLNodeID, field: String) -> Located<Reps>? {
        let text = written.trimmingSpaces.replacingDashes
        let limit = 1...200
        func number(_ part: some StringProtocol) -> Int? {
            let trimmed = part.trimmingSpaces
            guard !trimmed.isEmpty, trimmed.count <= 4, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return Int(trimmed)
        }
        if text.lowercased() == "amrap" { return Located(.asManyAsPossible(minimum: 1), at: span(node)) }
        if text.hasSuffix("+"), let minimum = number(text.dropLast()), limit.contains(minimum) {
            return Located(.asManyAsPossible(minimum: minimum), at: span(node))
        }
        if let count = number(text) {
            guard limit.contains(count) else {
                error(.outOfRange, "`\(field)` must be from 1 to 200; \(count) is out of range", at: node)
                return nil
            }
            return Located(.exactly(count), at: span(node))
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let lower = number(parts[0]), let upper = number(parts[1]) {
            guard limit.contains(lower), limit.contains(upper), lower < upper else {
                error(.invalidReps, "a rep range goes from fewer to more reps, between 1 and 200, like `8-12`; `\(raw)` does not", at: node)
                return nil
            }
            return Located(.range(lower, upper), at: span(node))
        }
        error(.invalidReps, "`\(field)` must be a number like `8`, a range like `8-12`, or `5+` for as many as possible, not `\(raw)`", at: node)
        return nil
    }

    /// A calendar date written `YYYY-MM-DD`.
    mutating func date(_ node: YAMLNodeID, field: String) -> Located<CivilDate>? {
        guard let raw = scalarText(node, field: field, expecting: "2027-01-04") else { return nil }
        let parts = raw.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } })
        else {
            error(.invalidDate, "`\(field)` must be a date written year-month-day, like `2027-01-04`, not `\(raw)`", at: node)
            return nil
        }
        guard (1...12).contains(month) else {
            error(.invalidDate, "`\(raw)` is not a real date: there is no month \(month)", at: node)
            return nil
        }
        guard let date = CivilDate(year: year, month: month, day: day), (1900...2999).contains(year) else {
            let days = CivilDate.daysIn(month: month, year: year)
            error(.invalidDate, (1900...2999).contains(year)
                      ? "`\(raw)` is not a real date: \(Self.monthNames[month - 1]) \(year) has \(days) days"
                      : "`\(raw)` is not a plausible date; the year must be from 1900 to 2999",
                  at: node)
            return nil
        }
        return Located(date, at: span(node))
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// A time of day written `HH:MM` (24-hour clock).
    mutating func timeOfDay(_ node: YAMLNodeID, field: String) -> Located<LocalTime>? {
        guard let raw = scalarText(node, field: field, expecting: "\"07:00\"") else { return nil }
        let parts = raw.trimmingSpaces.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } })
        else {
            error(.invalidTimeOfDay, "`\(field)` must be a time on the 24-hour clock like \"07:00\" or \"18:30\", not `\(raw)`", at: node)
            return nil
        }
        guard let time = LocalTime(hour: hour, minute: minute) else {
            error(.invalidTimeOfDay, "`\(raw)` is not a time of day; hours go from 00 to 23 and minutes from 00 to 59", at: node)
            return nil
        }
        if document.isPlain(node) {
            warning(.ambiguousScalar,
                    "put times in quotes: YAML 1.1 tools read unquoted \(raw) as the number \(hour * 60 + minute)",
                    at: node, fix: FixIt("quote it", replacing: span(node), with: "\"\(time)\""))
        }
        return Located(time, at: span(node))
    }

    /// A tempo: four parts, each seconds or `X` (explosive), as `3-1-1-0` or `31X0`.
    mutating func tempo(_ node: YAMLNodeID, field: String) -> Located<String>? {
        guard let raw = scalarText(node, field: field, expecting: "3-1-1-0") else { return nil }
        let text = raw.trimmingSpaces.replacingDashes.uppercased()
        let parts: [Substring] = text.contains("-") ? text.split(separator: "-", omittingEmptySubsequences: false)
                                                    : text.map { Substring(String($0)) }
        let valid = parts.count == 4 && parts.allSatisfy { part in
            part == "X" || (part.count <= 2 && !part.isEmpty && part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 })
        }
        guard valid else {
            error(.invalidTempo, "`\(field)` must be four parts in seconds (lowering, pause, lifting, pause) like `3-1-1-0`, not `\(raw)`", at: node)
            return nil
        }
        return Located(parts.joined(separator: "-"), at: span(node))
    }

    /// A rate of perceived exertion from 1 to 10 in half steps, in tenths.
    mutating func rpe(_ node: YAMLNodeID, field: String) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: "8") else { return nil }
        guard let thousandths = Decimal3.parse(raw.trimmingSpaces), thousandths % 500 == 0, (1000...10_000).contains(thousandths) else {
            error(.outOfRange, "`\(field)` must be from 1 to 10 in steps of 0.5, like `7.5`, not `\(raw)`", at: node)
            return nil
        }
        return Located(Int(thousandths / 100), at: span(node))
    }
}
