/// `regimen diff` for people at a terminal: per program, its own changes, then each changed
/// athlete's lines, `+` added (green), `-` cancelled or removed (red), `~` changed (yellow), in
/// colour only when asked (the command decides, as for diagnostics).
public struct HumanDiffFormat: Sendable {
    public var color: Bool
    /// Also list each change week by week.
    public var details: Bool

    public init(color: Bool = false, details: Bool = false) {
        self.color = color
        self.details = details
    }

    public func render(_ report: DiffReport) -> String {
        var out = ""
        if !report.hasChanges, report.isComplete {
            return "no changes (\(report.summary))\n"
        }
        let sides = "\(report.oldLabel) → \(report.newLabel)"
        if report.programs.count != 1 || report.programs.first?.path != sides { out += paint(sides, bold) + "\n" }
        for program in report.programs {
            out += render(program)
        }
        for problem in report.problems {
            out += paint("\(problem.path): cannot compare: \(problem.message)", red + bold) + "\n"
        }
        out += "\n" + report.summary + (report.isComplete ? "" : " (incomplete: see above)") + "\n"
        return out
    }

    func render(_ program: ProgramDiff) -> String {
        let heading = "\(program.path) (\(program.name))"
        switch program.status {
        case .unchanged:
            return "\(heading): no changes\n"
        case .added:
            return paint("\(heading): new program", bold) + "\n" + athletes(program)
        case .removed:
            return paint("\(heading): program removed", bold) + "\n" + athletes(program)
        case .changed:
            var out = paint(heading, bold) + "\n"
            if !program.changes.isEmpty {
                out += "  program\n"
                for change in program.changes { out += line(change, indent: "    ") }
            }
            return out + athletes(program)
        }
    }

    func athletes(_ program: ProgramDiff) -> String {
        var out = ""
        var unchanged: [String] = []
        for athlete in program.athletes {
            guard athlete.status != .unchanged else {
                unchanged.append(athlete.displayName)
                continue
            }
            let status = switch athlete.status {
            case .added: "new athlete, \(athlete.counts.summary)"
            case .removed: "no longer on the roster, \(athlete.counts.summary)"
            default: athlete.counts.summary
            }
            out += "  " + paint("\(athlete.displayName) (\(athlete.id))", bold) + ": \(status)\n"
            for change in athlete.allChanges { out += line(change, indent: "    ") }
        }
        if !unchanged.isEmpty { out += "  no changes for \(unchanged.joined(separator: ", "))\n" }
        return out
    }

    func line(_ change: Change, indent: String) -> String {
        let markerColor = switch change.kind {
        case .added: green
        case .removed: red
        default: yellow
        }
        var out = indent + paint(change.marker, markerColor) + " " + change.text + "\n"
        if details {
            for detail in change.details { out += indent + "    " + detail + "\n" }
        }
        return out
    }

    private let bold = "\u{1B}[1m", red = "\u{1B}[31m", green = "\u{1B}[32m", yellow = "\u{1B}[33m"

    private func paint(_ text: String, _ code: String) -> String {
        color && !text.isEmpty ? code + text + "\u{1B}[0m" : text
    }
}
