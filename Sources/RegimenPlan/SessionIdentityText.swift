extension SessionIdentity {
    /// Reads an identity as `description` writes it, `runner-hip-balance/alex/hips-am/w3/2` (the
    /// week's `w` may be left out): how training logs name a session instance.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, !parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        let weekText = parts[3].hasPrefix("w") || parts[3].hasPrefix("W") ? String(parts[3].dropFirst()) : parts[3]
        guard let week = Int(weekText), week >= 1, let occurrence = Int(parts[4]), occurrence >= 1 else { return nil }
        self.init(program: parts[0], athlete: parts[1], session: parts[2], week: week, occurrence: occurrence)
    }
}
