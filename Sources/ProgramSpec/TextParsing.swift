/// Small text helpers for reading spec values without Foundation.
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs. Works on UTF-8 bytes: both are
    /// ASCII, so trimming them never splits a character, and untrimmed text is not copied.
    var trimmingSpaces: String {
        let text = Substring(self)
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { bytes.formIndex(after: &start) }
        while start < end {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return String(text[start..<end])
    }

    /// En and em dashes turned into hyphens, so `8–12` reads like `8-12`.
    var replacingDashes: String {
        guard utf8.contains(0xE2) else { return String(self) }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2013}" || $0 == "\u{2014}" ? "-" : $0 }))
    }

    /// Where the run of digits and `.` at the start ends (the start when there is none).
    var endOfLeadingNumber: String.Index {
        utf8.firstIndex { !(($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E) } ?? endIndex
    }

    /// `42.5 kg` → (`42.5`, `kg`); the number part is `nil` when the text does not start with one.
    func splitNumberAndUnit() -> (number: String?, unit: String) {
        let text = trimmingSpaces
        let numberEnd = text.endOfLeadingNumber
        let number = String(text[..<numberEnd])
        let unit = text[numberEnd...].trimmingSpaces
        return (number.isEmpty ? nil : number, unit)
    }
}

/// Exact decimal numbers with up to three fractional digits, as thousandths.
enum Decimal3 {
    /// `42.5` → 42_500; `nil` for anything that is not a plain non-negative decimal.
    static func parse(_ text: String) -> Int64? {
        var whole: Int64 = 0, wholeDigits = 0
        var fraction: Int64 = 0, fractionDigits = 0
        var seenPoint = false
        for byte in text.utf8 {
            if byte == 0x2E {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= 0x30 && byte <= 0x39 {
                let digit = Int64(byte - 0x30)
                if seenPoint {
                    fractionDigits += 1
                    guard fractionDigits <= 3 else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    wholeDigits += 1
                    guard wholeDigits <= 9 else { return nil }
                    whole = whole * 10 + digit
                }
            } else {
                return nil
            }
        }
        guard wholeDigits > 0, !seenPoint || fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<3 { fraction *= 10 }
        return whole * 1000 + fraction
    }
}

/// Distances as coaches write them: `400m`, `5km`, `3mi`.
enum DistanceText {
    /// Whole metres, or `nil` when the text is not a distance with its unit.
    static func metres(_ raw: String) -> Int? {
        let (number, unit) = raw.splitNumberAndUnit()
        let factor: Int64? = switch unit.lowercased() {
        case "m": 1
        case "km": 1000
        case "mi": 1609
        default: nil
        }
        guard let thousandths = number.flatMap(Decimal3.parse), let factor, thousandths < 1_000_000_000_000 else { return nil }
        return Int((thousandths * factor + 500) / 1000)
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
        let end = trimmed.endOfLeadingNumber
        let number = trimmed[..<end]
        return (number.isEmpty ? nil : String(number), trimmed[end...])
    }
}
