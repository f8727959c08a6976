import Diagnostics

/// A roster file: `regimen: 1`, `roster: Team name`, `athletes: [...]`.
public struct RosterSpec: Sendable {
    public var file: String
    public var span: SourceSpan
    public var name: Located<String>?
    public var athletes: [AthleteSpec]
    /// Training logs of the roster's athletes (`logs:`), relative to the roster's file.
    public var logs: [LogReferenceSpec] = []

    public init(file: String, span: SourceSpan) {
        self.file = file
        self.span = span
        athletes = []
    }
}
