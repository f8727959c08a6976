import Diagnostics
import ProgramSpec
import RegimenValues

/// The compact notation for logged sets, as athletes write them by hand:
///
/// ```
/// 5,5,7 @ 100kg            three sets: 5, 5 and 7 reps at 100 kg
/// 3x5 @ 100kg rpe 8        three sets of 5, each at RPE 8
/// warm-up 2x5 @ 60kg; 5,5,4 @ 100kg rpe 7,8,10
/// 5,5,- @ 100kg            the third set skipped
/// 3x30s                    three 30-second holds (or durations, for cardio)
/// 5km in 25:30             a distance in a time
/// 8,8,6 @ bw+10kg rir 2    bodyweight with 10 kg added; RIR 2 is RPE 8
/// ```
///
/// The grammar (spaces are allowed between any two parts):
///
/// ```
/// sets     = group *(";" group)
/// group    = ["warm-up"] amounts ["@" load] *modifier
/// amounts  = count ("x" | "×" | "*") amount | amount *("," amount)
/// amount   = "-" | "skip" | reps | time | distance ["in" time]
/// reps     = whole number
/// time     = 1*(number timeunit) | M:SS | H:MM:SS       (s, sec, min, h …, as in specs)
/// distance = number ("m" | "km" | "mi")
/// load     = mass | ("bw" | "bodyweight") ["+" mass]
/// mass     = number ["kg" | "lb" | "lbs"]              (no unit: the log's or program's units)
/// modifier = "rpe" number *("," number) | "rir" whole *("," whole) | "warm-up"
/// ```
///
/// One RPE (or RIR) applies to every set of its group; a list gives one per set. RIR is read as
/// RPE 10 − RIR (Zourdos et al. 2016).
public enum SetNotation {
    /// Where the notation was written: the span of the whole value, and the position of its
    /// first character when columns inside it map one to one onto the file (a single-line plain
    /// or quoted value without escapes), for pointing at the part that is wrong.
    public struct Placement: Sendable {
        public var span: SourceSpan
        public var firstCharacter: SourcePosition?

        public init(span: SourceSpan, firstCharacter: SourcePosition?) {
            self.span = span
            self.firstCharacter = firstCharacter
        }
    }

    /// The most sets one exercise may log.
    public static let maxSets = 100

    /// The sets `text` describes, or the first problem in it.
    public static func parse(_ text: String, at placement: Placement) -> Result<[RawSet], Diagnostic> {
        var parser = Parser(scalars: Array(text.unicodeScalars), placement: placement)
        do {
            return .success(try parser.sets())
        } catch {
            return .failure(error)
        }
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        let placement: Placement
        var index = 0

        init(scalars: [Unicode.Scalar], placement: Placement) {
            self.scalars = scalars
            self.placement = placement
        }

        // MARK: Places and problems

        func span(_ range: Range<Int>) -> SourceSpan {
            guard let first = placement.firstCharacter else { return placement.span }
            return SourceSpan(
                file: placement.span.file,
                start: SourcePosition(line: first.line, column: first.column + range.lowerBound),
                end: SourcePosition(line: first.line, column: first.column + max(range.upperBound, range.lowerBound + 1)))
        }

        func problem(_ message: String, at range: Range<Int>) -> Diagnostic {
            .error(.invalidSetNotation, message, at: span(range),
                   notes: [DiagnosticNote("sets are written like `5,5,7 @ 100kg`, `3x5 @ 100kg rpe 8`, `3x30s` or `5km in 25:30`; see docs/logs.md")])
        }

        func text(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range]))
        }

        // Numbers and words are read from the scalars directly: a log holds thousands of sets, and
        // making a string of every number to read it would cost more than the rest of the parse.

        /// A whole number written at `range` (digits only, at most 9).
        func integer(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty, range.count <= 9 else { return nil }
            var value = 0
            for position in range {
                guard Self.isDigit(scalars[position]) else { return nil }
                value = value * 10 + Int(scalars[position].value - 48)
            }
            return value
        }

        /// A decimal written at `range` (at most 9 whole digits and 3 decimals), in thousandths.
        func thousandths(_ range: Range<Int>) -> Int64? {
            SpecValueText.thousandths(bytes: scalars[range].lazy.map { $0.isASCII ? UInt8($0.value) : 0xFF })
        }

        /// True when the text at `range` is one of `words` (lowercase ASCII), in any case.
        func isWord(_ range: Range<Int>, _ words: [[UInt8]]) -> Bool {
            for word in words where word.count == range.count {
                var position = range.lowerBound
                var same = true
                for byte in word {
                    let value = scalars[position].value
                    if UInt32(byte) != (value >= 65 && value <= 90 ? value + 32 : value) {
                        same = false
                        break
                    }
                    position += 1
                }
                if same { return true }
            }
            return false
        }

        var atEnd: Bool { index >= scalars.count }

        mutating func skipSpaces() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }

        func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }

        /// The letters (and inner hyphens) at the current place, without moving.
        func word() -> Range<Int> {
            var end = index
            while end < scalars.count, Self.isLetter(scalars[end]) || (scalars[end] == "-" && end > index && end + 1 < scalars.count && Self.isLetter(scalars[end + 1])) {
                end += 1
            }
            return index..<end
        }

        /// A decimal number at the current place (digits with at most one `.`), without moving.
        func number() -> Range<Int> {
            var end = index
            var seenPoint = false
            while end < scalars.count {
                if Self.isDigit(scalars[end]) {
                    end += 1
                } else if scalars[end] == ".", !seenPoint, end + 1 < scalars.count, Self.isDigit(scalars[end + 1]) {
                    seenPoint = true
                    end += 1
                } else {
                    break
                }
            }
            return index..<end
        }

        static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }
        static let warmUpWords = words(["warm-up", "warmup", "wu"])
        static let skipWords = words(["skip", "skipped"])
        static let bodyweightWords = words(["bw", "bodyweight"])
        static let inWord = words(["in"])
        /// Words that end a number without being its unit.
        static let notUnits = words(["x", "rpe", "rir", "in", "warm-up", "warmup", "wu", "at"])
        static let kilograms = words(["kg", "kgs"])
        static let pounds = words(["lb", "lbs"])
        static let effortWords = words(["rpe", "rir", "warm-up", "warmup", "wu"])
        static let rpeWord = words(["rpe"])
        static let rirWord = words(["rir"])
        /// Words of a load written where the load does not go (`5,5,5 at 100kg`).
        static let misplacedLoadWords = words(["at", "x", "kg", "lb", "lbs"])

        mutating func consume(word expected: [[UInt8]]) -> Bool {
            skipSpaces()
            let range = word()
            guard !range.isEmpty, isWord(range, expected) else { return false }
            index = range.upperBound
            return true
        }

        // MARK: Grammar

        mutating func sets() throws(Diagnostic) -> [RawSet] {
            skipSpaces()
            guard !atEnd else { throw problem("no sets are given", at: 0..<1) }
            var result: [RawSet] = []
            repeat {
                result += try group()
                skipSpaces()
                guard let next = peek() else { break }
                guard next == ";" else {
                    throw problem("`\(text(index..<min(index + 12, scalars.count)))` is not part of a set; separate groups of sets with `;`", at: index..<index + 1)
                }
                index += 1
                skipSpaces()
                if atEnd { break }
            } while true
            guard !result.isEmpty else { throw problem("no sets are given", at: 0..<max(1, scalars.count)) }
            guard result.count <= SetNotation.maxSets else {
                throw problem("\(result.count) sets for one exercise, more than the limit of \(SetNotation.maxSets)", at: 0..<scalars.count)
            }
            return result
        }

        mutating func group() throws(Diagnostic) -> [RawSet] {
            skipSpaces()
            let start = index
            var warmUp = consume(word: Self.warmUpWords)
            if warmUp {
                skipSpaces()
                if peek() == ":" { index += 1 }
            }
            var sets = try amounts()
            skipSpaces()
            if peek() == "@" {
                index += 1
                let load = try self.load()
                for position in sets.indices where sets[position].status != .skipped { sets[position].load = load }
            }
            while true {
                skipSpaces()
                let range = word()
                guard !range.isEmpty else { break }
                if isWord(range, Self.rpeWord) || isWord(range, Self.rirWord) {
                    index = range.upperBound
                    try applyEffort(to: &sets, keyword: range, asReserve: isWord(range, Self.rirWord))
                } else if isWord(range, Self.warmUpWords) {
                    index = range.upperBound
                    warmUp = true
                } else if isWord(range, Self.misplacedLoadWords) {
                    throw problem("write the load after `@`, like `5,5,7 @ 100kg`", at: range)
                } else {
                    throw problem("`\(text(range))` is not part of a set; after the load come `rpe 8`, `rir 2` or `warm-up`", at: range)
                }
            }
            if warmUp {
                for position in sets.indices { sets[position].isWarmUp = true }
            }
            if sets.isEmpty { throw problem("no sets are given", at: start..<max(start + 1, index)) }
            return sets
        }

        mutating func amounts() throws(Diagnostic) -> [RawSet] {
            skipSpaces()
            let start = index
            let count = number()
            if !count.isEmpty {
                var after = count.upperBound
                while after < scalars.count, scalars[after] == " " { after += 1 }
                if after < scalars.count, ["x", "X", "×", "*"].contains(scalars[after]),
                   after + 1 >= scalars.count || !Self.isLetter(scalars[after + 1]) {
                    guard let sets = integer(count), (1...SetNotation.maxSets).contains(sets) else {
                        throw problem("`\(text(count))` sets: the number of sets must be a whole number from 1 to \(SetNotation.maxSets)", at: count)
                    }
                    index = after + 1
                    let one = try amount()
                    return Array(repeating: one, count: sets)
                }
            }
            var sets = [try amount()]
            while true {
                skipSpaces()
                guard peek() == "," else { break }
                index += 1
                sets.append(try amount())
                if sets.count > SetNotation.maxSets {
                    throw problem("more than \(SetNotation.maxSets) sets for one exercise", at: start..<index)
                }
            }
            return sets
        }

        mutating func amount() throws(Diagnostic) -> RawSet {
            skipSpaces()
            let start = index
            if peek() == "-" || peek() == "–" {
                index += 1
                if let next = peek(), Self.isDigit(next) {
                    let digits = number()
                    throw problem("reps cannot be negative (`-\(text(digits))`); write `-` alone for a skipped set", at: start..<digits.upperBound)
                }
                return RawSet(status: .skipped, span: span(start..<index))
            }
            if consume(word: Self.skipWords) {
                return RawSet(status: .skipped, span: span(start..<index))
            }
            guard let first = peek(), Self.isDigit(first) else {
                let range = word()
                let shown = range.isEmpty ? (atEnd ? "the end" : "`\(text(index..<index + 1))`") : "`\(text(range))`"
                throw problem("expected reps, a time or a distance, found \(shown)", at: range.isEmpty ? index..<index + 1 : range)
            }
            var set = RawSet(span: placement.span)
            let quantity = try self.quantity()
            switch quantity.value {
            case .reps(let reps):
                set.reps = reps
            case .seconds(let seconds):
                set.seconds = seconds
            case .distance(let distance):
                set.distance = Located(distance, at: span(quantity.range))
                if consume(word: Self.inWord) {
                    skipSpaces()
                    let timeStart = index
                    guard let time = try? self.quantity(), case .seconds(let seconds) = time.value else {
                        throw problem("after `in` comes a time, like `25:30` or `25min30s`", at: timeStart..<max(timeStart + 1, index))
                    }
                    set.seconds = seconds
                }
            }
            set.span = span(start..<index)
            return set
        }

        enum Quantity {
            case reps(Int)
            case seconds(Int)
            case distance(RawDistance)
        }

        /// A number with its unit, or a clock time.
        mutating func quantity() throws(Diagnostic) -> (value: Quantity, range: Range<Int>) {
            let start = index
            let first = number()
            index = first.upperBound
            if peek() == ":" {
                return (try clock(from: start), start..<index)
            }
            var unitEnd = index
            while unitEnd < scalars.count, scalars[unitEnd] == " " { unitEnd += 1 }
            let saved = index
            index = unitEnd
            let unit = word()
            index = saved
            if unit.isEmpty || isWord(unit, Self.notUnits) {
                guard !scalars[first].contains(".") else {
                    throw problem("reps are whole numbers; `\(text(first))` is not (a time or distance needs its unit, like `30s` or `5km`)", at: first)
                }
                guard let reps = integer(first), reps <= 1000 else {
                    throw problem("`\(text(first))` reps is out of range (at most 1000)", at: first)
                }
                return (.reps(reps), first)
            }
            // Distance units start with `m`, `k` or `mi`; anything else is a time (`45s`), read below.
            let unitStart = scalars[unit.lowerBound]
            if ["m", "M", "k", "K"].contains(unitStart), let distanceUnit = SpecValueText.distanceUnit(text(unit)) {
                guard let thousandths = thousandths(first) else {
                    throw problem("`\(text(first))` is not a distance", at: first)
                }
                index = unit.upperBound
                let metres = distanceUnit.metres(thousandths: thousandths)
                guard (1...1_000_000).contains(metres) else {
                    throw problem("a distance must be from 1m to 1000km; `\(text(start..<index))` is out of range", at: start..<index)
                }
                return (.distance(RawDistance(thousandths: thousandths, unit: distanceUnit)), start..<index)
            }
            // A time: number-unit pairs such as `1min30s`, as durations are written in specs.
            var end = index
            while end < scalars.count, Self.isDigit(scalars[end]) || Self.isLetter(scalars[end]) || scalars[end] == "." || scalars[end] == " " {
                if scalars[end] == " " {
                    // A space ends the time unless a number-unit pair follows (`1 min 30 s`).
                    var next = end
                    while next < scalars.count, scalars[next] == " " { next += 1 }
                    guard next < scalars.count, Self.isLetter(scalars[next]) || Self.isDigit(scalars[next]) else { break }
                    let probe = text(next..<min(scalars.count, next + 3)).lowercased()
                    if probe.hasPrefix("rpe") || probe.hasPrefix("rir") || probe.hasPrefix("in") || probe.hasPrefix("x") { break }
                }
                end += 1
            }
            while end > index, scalars[end - 1] == " " { end -= 1 }
            // The common case, whole seconds (`45s`), without making a string of it.
            if end == unit.upperBound, unit.count == 1, scalars[unit.lowerBound] == "s" || scalars[unit.lowerBound] == "S",
               let seconds = integer(first), (1...86_400).contains(seconds) {
                index = end
                return (.seconds(seconds), start..<end)
            }
            let written = text(start..<end)
            guard let seconds = SpecValueText.durationSeconds(written), (1...86_400).contains(seconds) else {
                throw problem("`\(written)` is not reps, a time (`30s`, `2min`) or a distance (`400m`, `5km`)", at: start..<end)
            }
            index = end
            return (.seconds(seconds), start..<end)
        }

        /// `25:30` (minutes and seconds) or `1:05:30` (hours, minutes and seconds).
        mutating func clock(from start: Int) throws(Diagnostic) -> Quantity {
            var parts: [Int] = []
            index = start
            while true {
                let digits = number()
                guard let value = integer(digits) else { break }
                parts.append(value)
                index = digits.upperBound
                guard peek() == ":" else { break }
                index += 1
            }
            let range = start..<index
            guard (2...3).contains(parts.count), parts.dropFirst().allSatisfy({ $0 < 60 }) else {
                throw problem("`\(text(range))` is not a time; write minutes and seconds like `25:30`, or `1:05:30`", at: range)
            }
            let seconds = parts.reduce(0) { $0 * 60 + $1 }
            guard (1...86_400).contains(seconds) else { throw problem("`\(text(range))` is out of range", at: range) }
            return .seconds(seconds)
        }

        mutating func load() throws(Diagnostic) -> Located<RawLoad> {
            skipSpaces()
            let start = index
            if consume(word: Self.bodyweightWords) {
                skipSpaces()
                guard peek() == "+" else { return Located(.bodyweight(added: nil), at: span(start..<index)) }
                index += 1
                skipSpaces()
                let added = try mass()
                guard let unit = added.unit else {
                    throw problem("weight added to bodyweight needs its unit, like `bw+10kg`", at: added.range)
                }
                return Located(.bodyweight(added: Mass(thousandths: added.thousandths, unit: unit)), at: span(start..<index))
            }
            let mass = try self.mass()
            return Located(.mass(thousandths: mass.thousandths, unit: mass.unit), at: span(start..<index))
        }

        mutating func mass() throws(Diagnostic) -> (thousandths: Int64, unit: MassUnit?, range: Range<Int>) {
            let start = index
            let digits = number()
            guard !digits.isEmpty else {
                let range = word()
                throw problem("expected a load after `@`, like `100kg`, `225lb` or `bw`; found \(range.isEmpty ? "nothing" : "`\(text(range))`")",
                              at: range.isEmpty ? index..<index + 1 : range)
            }
            index = digits.upperBound
            skipSpaces()
            let unitRange = word()
            var unit: MassUnit?
            if isWord(unitRange, Self.kilograms) {
                unit = .kg
            } else if isWord(unitRange, Self.pounds) {
                unit = .lb
            } else if !unitRange.isEmpty, !isWord(unitRange, Self.effortWords) {
                throw problem("`\(text(unitRange))` is not a unit of load; write `kg` or `lb`", at: unitRange)
            }
            if unit != nil { index = unitRange.upperBound }
            guard let thousandths = thousandths(digits), thousandths > 0, thousandths <= 1_000_000 else {
                throw problem("a load must be more than 0 and at most 1000 (kg or lb); `\(text(start..<index))` is out of range", at: start..<index)
            }
            return (thousandths, unit, start..<index)
        }

        mutating func applyEffort(to sets: inout [RawSet], keyword: Range<Int>, asReserve: Bool) throws(Diagnostic) {
            var values: [Int] = []
            repeat {
                skipSpaces()
                let digits = number()
                guard !digits.isEmpty else {
                    throw problem(asReserve ? "`rir` is followed by reps in reserve, like `rir 2`" : "`rpe` is followed by a number from 1 to 10, like `rpe 8`",
                                  at: keyword.lowerBound..<max(keyword.upperBound, index))
                }
                index = digits.upperBound
                if asReserve {
                    guard let reserve = integer(digits), (0...9).contains(reserve) else {
                        throw problem("reps in reserve must be a whole number from 0 to 9, not `\(text(digits))`", at: digits)
                    }
                    values.append((10 - reserve) * 10)
                } else {
                    guard let thousandths = thousandths(digits), thousandths % 500 == 0, (1000...10_000).contains(thousandths) else {
                        throw problem("RPE must be from 1 to 10 in steps of 0.5, like `7.5`, not `\(text(digits))`", at: digits)
                    }
                    values.append(Int(thousandths / 100))
                }
                skipSpaces()
                guard peek() == "," else { break }
                index += 1
            } while true
            if values.count == 1 {
                for position in sets.indices where sets[position].status != .skipped { sets[position].rpeTenths = values[0] }
            } else if values.count == sets.count {
                for position in sets.indices where sets[position].status != .skipped { sets[position].rpeTenths = values[position] }
            } else {
                throw problem("\(values.count) \(asReserve ? "RIR" : "RPE") values for \(sets.count) sets; give one for every set, or one for all",
                              at: keyword.lowerBound..<index)
            }
        }
    }
}
