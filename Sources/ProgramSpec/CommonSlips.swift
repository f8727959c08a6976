import Diagnostics
import RegimenValues
import YAMLReader

/// Values coaches write in another notation than the spec's: `sets: 3x8`, `load: 10 kilos`,
/// `reps: 8/side`. Each is read far enough to say exactly what to write instead.
enum CommonSlips {
    /// `10 kilos` → `10kg`, `+2.5 pounds` → `+2.5lb`, `20 kg.` → `20kg`: a load whose unit is
    /// spelled out or abbreviated differently; `nil` for anything else.
    static func massWithUnitSymbol(_ raw: String) -> String? {
        var text = raw.trimmingSpaces
        var sign = ""
        if text.hasPrefix("+") {
            sign = "+"
            text = String(text.dropFirst()).trimmingSpaces
        }
        let (number, unit) = text.splitNumberAndUnit()
        guard let number, Decimal3.parse(number) != nil else { return nil }
        var word = unit.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        let symbol: String
        switch word {
        case "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kgs", "kg", "k", "kgr", "kilo's": symbol = "kg"
        case "pound", "pounds", "lbs", "lb", "ib", "ibs": symbol = "lb"
        default: return nil
        }
        let fixed = sign + number + symbol
        return fixed == raw.trimmingSpaces ? nil : fixed
    }

    /// `3x8`, `3 x 8-12`, `3×8`, `3*5+` → (`3`, `8`): sets and reps in one value.
    static func setsTimesReps(_ raw: String) -> (sets: String, reps: String)? {
        let text = raw.trimmingSpaces.lowercased()
        guard let cross = text.firstIndex(where: { $0 == "x" || $0 == "\u{D7}" || $0 == "*" }) else { return nil }
        let sets = text[..<cross].trimmingSpaces
        let reps = text[text.index(after: cross)...].trimmingSpaces
        guard !sets.isEmpty, sets.count <= 3, sets.allSatisfy(\.isASCIIDigit), isRepsLike(reps) else { return nil }
        return (sets, reps)
    }

    /// `8/side`, `8 per side`, `8 each`, `8-12 each leg`, `10/arm` → `8`, `8-12`, `10`: reps
    /// counted per side; `nil` when the text says nothing about sides.
    static func withoutPerSideWords(_ raw: String) -> String? {
        // Most reps are plain (`8`, `8-12`, `5+`): no letter and no slash, so no per-side words.
        guard raw.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 >= 0x41 }) else { return nil }
        let text = raw.trimmingSpaces.lowercased()
        let end = text.firstIndex { !($0.isASCIIDigit || $0 == "-" || $0 == "\u{2013}") } ?? text.endIndex
        let count = String(text[..<end]).trimmingSpaces
        let words = text[end...].filter { $0 != " " }
        guard !count.isEmpty, isRepsLike(count), perSideWords.contains(words) else { return nil }
        return count
    }

    private static let perSideWords: Set<String> = [
        "/side", "perside", "eachside", "aside", "/s", "e/s", "each", "ea", "/leg", "perleg", "eachleg",
        "/arm", "perarm", "eacharm", "/way", "eachway", "/direction", "eachdirection",
    ]

    /// `8`, `8-12`, `5+` or `amrap`: text that reads as reps.
    private static func isRepsLike(_ text: String) -> Bool {
        let digitsAndDashes = text.replacingDashes
        if digitsAndDashes == "amrap" { return true }
        let body = digitsAndDashes.hasSuffix("+") ? String(digitsAndDashes.dropLast()) : digitsAndDashes
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension DecodingContext {
    /// `sets: 3x8` or `reps: 3x8` in an item: reports that sets and reps are written apart, with
    /// a fix that writes both keys (or only this one, when the item already has the other), and
    /// returns the two numbers so that the item is read as meant and nothing else is reported.
    mutating func setsAndRepsTogether(
        in item: YAMLNodeID, key keyNode: YAMLNodeID, value: YAMLNodeID, inGroup: Bool
    ) -> (sets: Located<Int>?, reps: Located<Reps>?)? {
        guard document.kind(of: value) == .scalar, let raw = document.scalar(value),
              let (sets, reps) = CommonSlips.setsTimesReps(raw) else { return nil }
        let key = document.scalar(keyNode) ?? "sets"
        let other = key == "sets" ? "reps" : "sets"
        let keys = document.entries(of: item).map { document.scalar($0.key) ?? "" }
        let (mine, theirs) = key == "sets" ? (sets, reps) : (reps, sets)
        let message: String
        var replacement = mine
        if inGroup {
            message = "`\(raw)` gives sets and reps; in a superset or circuit the sets come from `rounds`, so write `reps: \(reps)` here"
            replacement = reps
        } else if keys.contains(other) {
            message = "`\(key)` is one number; `\(raw)` gives sets and reps, and this item already has `\(other)`, so write `\(key): \(mine)`"
        } else {
            message = "`\(raw)` gives sets and reps in one value; write them apart: `sets: \(sets)` and `reps: \(reps)`"
            replacement = mine + siblingSeparator(in: item, key: keyNode) + "\(other): \(theirs)"
        }
        error(key == "sets" ? .invalidNumber : .invalidReps, message, at: value,
              fix: FixIt(inGroup || keys.contains(other) ? "write `\(replacement)`" : "write `sets: \(sets)` and `reps: \(reps)`",
                         replacing: span(value), with: replacement))
        let setsValue = inGroup ? nil : Int(sets).map { Located($0, at: span(value)) }
        return (setsValue, self.reps(text: reps, raw: raw, node: value, field: "reps"))
    }

    /// What separates one entry of `mapping` from the next: `, ` in a flow mapping
    /// (`{exercise: a, sets: 3}`), a line break and the key's indentation in a block mapping.
    func siblingSeparator(in mapping: YAMLNodeID, key: YAMLNodeID) -> String {
        let firstKey = document.entries(of: mapping).first?.key
        let isFlow = firstKey.map { document.start(of: $0) != document.start(of: mapping) } ?? false
        return isFlow ? ", " : "\n" + String(repeating: " ", count: max(0, document.start(of: key).column - 1))
    }
}
