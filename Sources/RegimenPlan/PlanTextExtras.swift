extension PlanText {
    /// A training max as cards show it: to a tenth of its unit, marked `≈` when rounded (`≈236 lb`).
    public static func approximately(_ mass: Mass) -> String {
        SessionCard.approximately(mass)
    }
}

extension SessionIdentity {
    /// The calendar `UID` derived from the identity alone:
    /// `runner-hip-balance.alex.hips-am.w3.2@regimen`. Identifiers cannot contain dots, so the
    /// parts cannot run into each other.
    public var calendarUID: String {
        "\(program).\(athlete).\(session).w\(week).\(occurrence)@regimen"
    }
}
