import Diagnostics

/// A roster file: `regimen: 1`, `roster: Team name`, `athletes: [...]`.
public struct RosterSpec: Sendable {
    public var file: String
    public var span: SourceSpan
    public var name: Located<String>?
    public var athletes: [AthleteSpec]

    public init(file: String, span: SourceSpan) {
        self.file = file
        self.span = span
        athletes = []
    }
}
