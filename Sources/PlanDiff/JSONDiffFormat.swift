import Diagnostics
import RegimenPlan

/// `regimen diff --format json`, described by `schema/diff.schema.json`: every change with its
/// weeks and every session instance it touches (with the calendar UID), for tools. Keys are
/// written in a fixed order with two-space indentation, so the same diff always gives the same
/// bytes on every platform.
public enum JSONDiffFormat {
    /// The version of the document's form; fields are never removed or renamed within it.
    public static let version = 1

    public static func render(_ report: DiffReport) -> String {
        let totals = report.totals
        let document = JSONValue.object([
            ("version", .int(version)),
            ("old", .string(report.oldLabel)),
            ("new", .string(report.newLabel)),
            ("complete", .bool(report.isComplete)),
            ("changed", .bool(report.hasChanges)),
            ("summary", .object([
                ("programs", .int(totals.programs)), ("changedPrograms", .int(totals.changedPrograms)),
                ("athletes", .int(totals.athletes)), ("changedAthletes", .int(totals.changedAthletes)),
                ("problems", .int(report.problems.count)),
            ])),
            ("programs", .array(report.programs.map(program))),
            ("problems", .array(report.problems.map(problem))),
        ])
        var out = ""
        document.write(into: &out, indent: "")
        return out + "\n"
    }

    static func program(_ program: ProgramDiff) -> JSONValue {
        .object([
            ("path", .string(program.path)), ("id", .string(program.id)), ("name", .string(program.name)),
            ("status", .string(program.status.rawValue)), ("changes", .array(program.changes.map(change))),
            ("athletes", .array(program.athletes.map(athlete))),
        ])
    }

    static func athlete(_ athlete: AthleteDiff) -> JSONValue {
        let counts = athlete.counts
        return .object([
            ("id", .string(athlete.id)), ("name", athlete.name.map(JSONValue.string) ?? .null),
            ("status", .string(athlete.status.rawValue)),
            ("counts", .object([
                ("added", .int(counts.added)), ("cancelled", .int(counts.cancelled)), ("moved", .int(counts.moved)),
                ("renamed", .int(counts.renamed)), ("changed", .int(counts.changed)),
            ])),
            ("changes", .array(athlete.changes.map(change))), ("sessions", .array(athlete.sessions.map(change))),
            ("exercises", .array(athlete.exercises.map(change))),
        ])
    }

    static func change(_ change: Change) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("kind", .string(change.kind.rawValue)), ("aspect", .string(change.aspect.rawValue)), ("subject", .string(change.subject)),
        ]
        if let session = change.session { members.append(("session", .string(session))) }
        if let exercise = change.exercise { members.append(("exercise", .string(exercise))) }
        if let lift = change.lift { members.append(("lift", .string(lift))) }
        members += [("when", .string(change.when)), ("what", .string(change.what)), ("text", .string(change.text))]
        if let old = change.old { members.append(("old", .string(old))) }
        if let new = change.new { members.append(("new", .string(new))) }
        if !change.fields.isEmpty { members.append(("fields", .array(change.fields.map(JSONValue.string)))) }
        members.append(("weeks", .array(change.weeks.map(JSONValue.int))))
        if let first = change.firstDate { members.append(("firstDate", .string(first.description))) }
        members.append(("occurrences", .array(change.occurrences.map(occurrence))))
        return .object(members)
    }

    static func occurrence(_ occurrence: Occurrence) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("uid", .string(occurrence.uid)), ("session", .string(occurrence.session)), ("week", .int(occurrence.week)),
            ("date", .string(occurrence.date.description)),
        ]
        if let old = occurrence.old { members.append(("old", .string(old))) }
        if let new = occurrence.new { members.append(("new", .string(new))) }
        if !occurrence.fields.isEmpty { members.append(("fields", .array(occurrence.fields.map(JSONValue.string)))) }
        return .object(members)
    }

    static func problem(_ problem: DiffProblem) -> JSONValue {
        .object([
            ("path", .string(problem.path)), ("side", problem.side.map { .string($0.rawValue) } ?? .null),
            ("message", .string(problem.message)),
            ("diagnostics", .array(problem.diagnostics.map { diagnostic in
                var members: [(String, JSONValue)] = [
                    ("severity", .string(diagnostic.severity.rawValue)), ("code", .string(diagnostic.code.rawValue)),
                    ("message", .string(diagnostic.message)),
                ]
                if let span = diagnostic.span {
                    members += [("file", .string(span.file)), ("line", .int(span.start.line)), ("column", .int(span.start.column))]
                }
                return .object(members)
            })),
        ])
    }
}

/// A JSON value whose objects keep their keys in the order given.
indirect enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    var isScalar: Bool {
        switch self {
        case .object, .array: false
        case .string, .int, .bool, .null: true
        }
    }

    /// Pretty-printed with two-space indentation; empty containers and lists of scalars on one line.
    func write(into out: inout String, indent: String) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return out += "{}" }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += indent + "  "
                JSONValue.string(key).write(into: &out, indent: "")
                out += ": "
                value.write(into: &out, indent: indent + "  ")
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        case .array(let elements):
            guard !elements.isEmpty else { return out += "[]" }
            if elements.allSatisfy(\.isScalar) {
                // Weeks, fields: on one line.
                out += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { out += ", " }
                    element.write(into: &out, indent: indent)
                }
                return out += "]"
            }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += indent + "  "
                element.write(into: &out, indent: indent + "  ")
                out += index + 1 < elements.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .string(let text):
            out += "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    out += "\\u00" + Padded.hex(UInt8(scalar.value), 2)
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        case .int(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }
}
