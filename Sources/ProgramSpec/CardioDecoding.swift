import Diagnostics
import YAMLReader

/// Decoding of what cardio items add: active rest (`rest: 90s jog`).
extension DecodingContext {
    /// An item's `rest`: a duration, optionally followed by how to rest (`90s jog`, `2min walk`).
    mutating func rest(_ node: YAMLNodeID) -> (Located<Int>?, Located<String>?) {
        if document.kind(of: node) == .scalar, let raw = document.scalar(node), case .invalid = DurationText.parse(raw) {
            let words = raw.trimmingSpaces.split(separator: " ")
            for count in stride(from: words.count - 1, through: 1, by: -1) {
                let activity = words[count...].joined(separator: " ")
                guard case .seconds(let seconds) = DurationText.parse(words[..<count].joined(separator: " ")),
                      activity.first?.isLetter == true, case .invalid = DurationText.parse(activity) else { continue }
                guard seconds <= 3600 else { break }
                return (Located(seconds, at: span(node)), Located(activity, at: span(node)))
            }
        }
        return (duration(node, field: "rest", example: "90s", range: 0...3600), nil)
    }
}
