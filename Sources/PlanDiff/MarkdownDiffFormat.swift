/// `regimen diff --format markdown`: a pull-request comment. Per program, a table with a row per
/// athlete (sessions added, cancelled, moved, renamed, changed), the program's own changes, and a
/// collapsible `<details>` section per changed athlete with every line and its weeks. CommonMark
/// with GitHub's tables; text from specs is escaped so that names cannot break the layout.
public struct MarkdownDiffFormat: Sendable {
    public init() {}

    /// The first line of every comment: an HTML comment no reader sees.
    public static let marker = "<!-- regimen diff -->"

    public func render(_ report: DiffReport) -> String {
        // The marker lets a CI job find and update its earlier comment instead of adding another.
        var out = "\(Self.marker)\n## What this change means for athletes\n\n"
        out += "Compared \(Self.code(report.oldLabel)) with \(Self.code(report.newLabel)): \(Self.escape(report.summary)).\n\n"
        if !report.isComplete {
            out += "> **Incomplete:** \(report.problems.count == 1 ? "a program" : "\(report.problems.count) programs") could not be compared; the diff below leaves \(report.problems.count == 1 ? "it" : "them") out.\n\n"
            for problem in report.problems {
                out += "- \(Self.code(problem.path)): \(Self.escape(problem.message))\n"
                for diagnostic in problem.diagnostics {
                    let place = diagnostic.span.map { "\($0): " } ?? ""
                    out += "  - \(Self.escape("\(place)\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]"))\n"
                }
            }
            out += "\n"
        }
        if !report.hasChanges {
            out += report.isComplete ? "No changes for any athlete.\n" : "No changes in the programs compared.\n"
            return out
        }
        for program in report.programs where program.hasChanges {
            out += render(program)
        }
        let unchanged = report.programs.filter { !$0.hasChanges }.map { Self.code($0.path) }
        if !unchanged.isEmpty { out += "No changes in \(unchanged.joined(separator: ", ")).\n" }
        return out
    }

    func render(_ program: ProgramDiff) -> String {
        var out = "### \(Self.escape(program.name)) (\(Self.code(program.path)))\n\n"
        switch program.status {
        case .added: out += "A new program.\n\n"
        case .removed: out += "The program is removed: every session is cancelled.\n\n"
        default: break
        }
        out += "| Athlete | Status | Added | Cancelled | Moved | Renamed | Changed |\n"
        out += "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
        for athlete in program.athletes {
            let counts = athlete.counts
            let cells = ["\(Self.escape(athlete.displayName)) (\(Self.escape(athlete.id)))", athlete.status.rawValue,
                         "\(counts.added)", "\(counts.cancelled)", "\(counts.moved)", "\(counts.renamed)", "\(counts.changed)"]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n"
        if !program.changes.isEmpty {
            out += "**The program**\n\n"
            for change in program.changes { out += "- \(Self.escape(change.text))\n" }
            out += "\n"
        }
        for athlete in program.athletes where athlete.status != .unchanged {
            out += "<details>\n<summary>\(Self.html(athlete.displayName)): \(Self.html(athlete.counts.summary))</summary>\n\n"
            for change in athlete.allChanges {
                out += "- \(Self.escape(change.text))\n"
                for detail in change.details { out += "  - \(Self.escape(detail))\n" }
            }
            out += "\n</details>\n\n"
        }
        return out
    }

    /// Text with every character Markdown could read as syntax escaped (CommonMark allows a
    /// backslash before any ASCII punctuation); line breaks become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!", "{", "}":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t":
                out += " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text inside an HTML block (`<summary>`), where Markdown is not read: entities for `&`, `<`, `>`.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A code span that holds `text` whatever backticks it contains (outside tables).
    static func code(_ text: String) -> String {
        var longest = 0, current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        return fence + (flat.hasPrefix("`") || flat.hasSuffix("`") ? " \(flat) " : flat) + fence
    }
}
