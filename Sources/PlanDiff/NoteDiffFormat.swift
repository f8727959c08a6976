import RegimenPlan

/// `regimen diff --format note`: a short note for each athlete whose sessions change, to send
/// with the calendar update by email or message. Plain text, dates before week numbers, none of
/// the coach's vocabulary (rules, UIDs); one note per athlete, separated by a line of dashes.
public struct NoteDiffFormat: Sendable {
    public init() {}

    public func render(_ report: DiffReport) -> String {
        var notes: [String] = []
        for program in report.programs {
            for athlete in program.athletes where athlete.status != .unchanged {
                notes.append(note(athlete, program: program))
            }
        }
        if notes.isEmpty {
            let athletes = report.programs.flatMap(\.athletes)
            if athletes.count == 1, let athlete = athletes.first, let program = report.programs.first {
                return "No changes for \(athlete.displayName) in \(program.name).\n"
            }
            return "no changes\n"
        }
        return notes.joined(separator: "\n----------------------------------------\n\n")
    }

    func note(_ athlete: AthleteDiff, program: ProgramDiff) -> String {
        var out = "\(athlete.displayName): \(program.name)\n\n"
        switch athlete.status {
        case .added:
            let first = athlete.sessions.compactMap(\.firstDate).min()
            out += "Welcome to \(program.name)"
            if let first { out += ", starting \(PlanText.longDate(first))" }
            out += ": \(WeekText.sessions(athlete.counts.added)).\n\n"
        case .removed:
            out += "Your \(WeekText.sessions(athlete.counts.cancelled)) of \(program.name) are cancelled; they disappear from a subscribed calendar when it next refreshes.\n"
            return out
        default:
            out += "Your program has changed:\n\n"
        }
        // The athlete's own settings, then everything else in date order.
        let dated = (athlete.sessions + athlete.exercises).enumerated().sorted {
            ($0.element.firstDate?.daysSinceEpoch ?? .min, $0.offset) < ($1.element.firstDate?.daysSinceEpoch ?? .min, $1.offset)
        }.map(\.element)
        for change in athlete.changes + dated {
            out += "- \(line(change))\n"
        }
        out += "\nYour calendar and workout cards have been updated to match; a subscribed calendar updates itself when it next refreshes.\n"
        return out
    }

    /// `From Thursday 4 February 2027 (week 5): Romanian deadlift 3×8 @ 47.5 kg → 50 kg.`
    func line(_ change: Change) -> String {
        guard let first = change.firstDate, !change.when.isEmpty else { return Self.sentence(change.what) }
        let date = PlanText.longDate(first)
        let when: String
        if change.occurrences.count == 1 {
            when = "\(date) (\(change.when))"
        } else if change.when.hasPrefix("from ") {
            when = "From \(date) (\(change.when.dropFirst(5)))"
        } else {
            when = "\(Self.capitalized(change.when)), from \(date)"
        }
        return "\(when): \(Self.sentence(change.what))"
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Capitalized, with a full stop unless it ends in one already or in a closing bracket's.
    static func sentence(_ text: String) -> String {
        let capital = capitalized(text)
        return capital.hasSuffix(".") ? capital : capital + "."
    }
}
