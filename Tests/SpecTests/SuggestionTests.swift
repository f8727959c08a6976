@testable import Diagnostics
import Testing

/// "Did you mean": the fast look-up (bounded distances, candidates prepared once) finds what a
/// plain edit distance over every candidate finds.
@Suite("Suggestions")
struct SuggestionTests {
    /// The rule, written plainly: the closest candidate within the length-scaled limit, first on
    /// ties; else the first candidate the word is a prefix of.
    static func reference(_ word: String, _ candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            let limit = max(1, min(3, max(target.count, scalars.count) / 3))
            guard abs(scalars.count - target.count) <= limit else { continue }
            let distance = Suggestions.editDistance(target, scalars)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        if let best { return best.0 }
        guard target.count >= 3 else { return nil }
        return candidates.first { $0 != word && $0.lowercased().unicodeScalars.starts(with: target) }
    }

    @Test func theFastLookUpAgreesWithThePlainRule() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdehkrst-")
        let keys = ["exercise", "sets", "reps", "load", "hold", "duration", "distance", "rest", "tempo", "rpe", "rir",
                    "side", "notes", "optional", "progress", "training-max", "target", "schedule", "sessions"]
        for _ in 0..<3000 {
            var word = keys.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                var scalars = Array(word)
                let position = Int.random(in: 0...scalars.count, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: scalars.insert(letters.randomElement(using: &generator)!, at: position)
                case 1 where position < scalars.count: scalars.remove(at: position)
                case 2 where position + 1 < scalars.count: scalars.swapAt(position, position + 1)
                default: break
                }
                word = String(scalars)
            }
            #expect(SuggestionIndex(keys).closest(to: word) == Self.reference(word, keys), "\(word)")
        }
    }

    @Test func knownCases() {
        #expect(Suggestions.closest(to: "rep", in: ["reps", "rest"]) == "reps")
        #expect(Suggestions.closest(to: "shedule", in: ["schedule", "sessions"]) == "schedule")
        #expect(Suggestions.closest(to: "glute", in: ["glute-bridge", "glute-kickback"]) == "glute-bridge")
        #expect(Suggestions.closest(to: "zzz123", in: ["schedule", "sessions"]) == nil)
        #expect(Suggestions.closest(to: "Sets", in: ["sets"]) == "sets")
    }
}
