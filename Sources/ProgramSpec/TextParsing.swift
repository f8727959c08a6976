/// Small text helpers for reading spec values without Foundation.
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// En and em dashes turned into hyphens, so `8–12` reads like `8-12`.
    var replacingDashes: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2013}" || $0 == "\u{2014}" ? "-" : $0 }))
    }

    /// `42.5 kg` → (`42.5`, `kg`); the number part is `nil` when the text does not start with one.
    func splitNumberAndUnit() -> (number: String?, unit: String) {
        let text = trimmingSpaces
        let numberEnd = text.firstIndex { !(("0"..."9").contains($0) || $0 == ".") } ?? text.endIndex
        let number = String(text[..<numberEnd])
        let unit = text[numberEnd...].trimmingSpaces
        return (number.isEmpty ? nil : number, unit)
    }
}

/// Exact decimal numbers with up to three fractional digits, as thousandths.
enum Decimal3 {
    /// `42.5` → 42_500; `nil` for anything that is not a plain non-negative decimal.
    static func parse(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let wholePart = parts.first, !wholePart.isEmpty, wholePart.count <= 9,
              wholePart.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let whole = Int64(wholePart)
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...3).contains(digits.count), digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int64(digits) else { return nil }
            fraction = value * [1, 100, 10, 1][digits.count]
        }
        return whole * 1000 + fraction
    }
}

/// Durations as coaches write them.
enum DurationText {
    enum Reading: Equatable {
        case seconds(Int)
        case missingUnit(String)
        case clock(minutes: Int, seconds: Int)
        case invalid
    }

    private static let units: [String: Int64] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    ]

    static func parse(_ raw: String) -> Reading {
        let text = raw.trimmingSpaces.lowercased()
        if text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 }), !text.isEmpty { return .missingUnit(text) }
        let clock = text.split(separator: ":", omittingEmptySubsequences: false)
        if clock.count == 2, let minutes = Int(clock[0]), let seconds = Int(clock[1]), clock[1].count == 2 {
            return .clock(minutes: minutes, seconds: seconds)
        }
        var rest = Substring(text)
        var totalThousandths: Int64 = 0
        var parts = 0
        while !rest.isEmpty {
            let (number, afterNumber) = rest.splitLeadingNumber()
            guard let number, let thousandths = Decimal3.parse(number) else { return .invalid }
            let unitEnd = afterNumber.firstIndex { ("0"..."9").contains($0) } ?? afterNumber.endIndex
            let unit = afterNumber[..<unitEnd].trimmingSpaces
            guard let factor = units[unit] else { return .invalid }
            totalThousandths += thousandths * factor
            guard totalThousandths < 1_000_000_000 else { return .invalid }
            rest = afterNumber[unitEnd...]
            parts += 1
        }
        guard parts > 0, totalThousandths % 1000 == 0 else { return .invalid }
        return .seconds(Int(totalThousandths / 1000))
    }

    /// `90` → `1min30s`; `30` → `30s`; `3600` → `1h`.
    static func format(_ seconds: Int) -> String {
        var text = ""
        if seconds >= 3600 { text += "\(seconds / 3600)h" }
        if seconds % 3600 >= 60 { text += "\(seconds % 3600 / 60)min" }
        if seconds % 60 > 0 || seconds == 0 { text += "\(seconds % 60)s" }
        return text
    }
}

extension Substring {
    /// Splits `2min30s` into (`2`, `min30s`), skipping spaces before the number.
    fileprivate func splitLeadingNumber() -> (String?, Substring) {
        let trimmed = drop { $0 == " " }
        let end = trimmed.firstIndex { !(("0"..."9").contains($0) || $0 == ".") } ?? trimmed.endIndex
        let number = trimmed[..<end]
        return (number.isEmpty ? nil : String(number), trimmed[end...])
    }
}
