/// "Did you mean" support: finds the closest candidate to a misspelt name.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance (insertions, deletions, substitutions and
    /// transpositions, ignoring case), if it is close enough to be a plausible typo.
    /// Ties go to the candidate that comes first in `candidates`, so results are deterministic.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        SuggestionIndex(Array(candidates)).closest(to: word)
    }

    /// The text's Unicode scalars, lowercased (ASCII without going through `lowercased()`).
    static func lowercasedScalars(_ text: String) -> [Unicode.Scalar] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
        }
        return Array(text.lowercased().unicodeScalars)
    }

    /// Optimal string alignment distance (Damerau–Levenshtein without repeated edits).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var rows = DistanceRows()
        return rows.editDistance(a, b)
    }
}

/// Candidates prepared once (lowercased) for many "did you mean" look-ups against the same
/// names, such as the keys of one kind of mapping: a hostile file may hold hundreds of thousands
/// of unknown keys, each looked up.
public struct SuggestionIndex: Sendable {
    private let names: [String]
    private let lowercased: [[Unicode.Scalar]]

    public init(_ candidates: [String]) {
        names = candidates
        lowercased = candidates.map(Suggestions.lowercasedScalars)
    }

    /// The candidate closest to `word`, as `Suggestions.closest(to:in:)` defines it.
    public func closest(to word: String) -> String? {
        let target = Suggestions.lowercasedScalars(word)
        guard !target.isEmpty else { return nil }
        var best: (index: Int, distance: Int)?
        var rows = DistanceRows()
        for (index, candidate) in lowercased.enumerated() {
            let limit = max(1, min(3, max(target.count, candidate.count) / 3))
            guard abs(candidate.count - target.count) <= limit, names[index] != word else { continue }
            let distance = rows.editDistance(target, candidate, bound: min(limit, (best?.distance ?? .max) - 1))
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (index, distance)
            }
        }
        if let best { return names[best.index] }
        // A name that is a prefix of a candidate ("glute" → "glute-bridge") is a good guess even
        // when the edit distance is large.
        guard target.count >= 3 else { return nil }
        return lowercased.indices.first { lowercased[$0].starts(with: target) && names[$0] != word }.map { names[$0] }
    }
}

/// The three rows of the edit-distance table, kept between comparisons.
struct DistanceRows {
    private var previousPrevious: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The distance between `a` and `b`, or some number above `bound` as soon as a row of the
    /// table shows the distance must exceed it (every path through the table crosses every row,
    /// and entries never decrease along a path).
    mutating func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        if previous.count < width {
            previousPrevious = Array(repeating: 0, count: width)
            previous = Array(repeating: 0, count: width)
            current = Array(repeating: 0, count: width)
        }
        for j in 0..<width { previous[j] = j }
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // A transposition reaches back two rows, so both must be over the bound to stop.
            if rowMinimum > bound, i > 1, previous.prefix(width).min() ?? 0 > bound { return bound + 1 }
            swap(&previousPrevious, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
