extension Change {
    /// The change week by week, for the detailed views: each distinct before-and-after with the
    /// weeks it appears in (`weeks 2, 4: 3×8 @ 42.5 kg → 45 kg`); empty when one line says it all.
    public var details: [String] {
        let pairs = ValuePairs(occurrences)
        guard pairs.distinct.count > 1 else { return [] }
        return pairs.distinct.map { pair in
            "\(WeekText.named(pairs.weeks[pair] ?? [])): \(ValuePairs.arrow(pair.old, pair.new, sharingPrefixAt: nil))"
        }
    }

    /// The marker the human format puts before the line: `+` added, `-` removed or cancelled, `~`
    /// anything else.
    public var marker: String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .moved, .renamed, .changed: "~"
        }
    }
}
