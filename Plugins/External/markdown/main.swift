import RegimenPlan
import RegimenPluginKit

// regimen-backend-markdown: printable workout sheets in Markdown, one file per athlete, one
// table per session with this week's numbers and a column to tick.

BackendPlugin.run(
    name: "markdown",
    summary: "Workout sheets in Markdown, one file per athlete",
    options: [PluginOption(name: "cues", summary: "Include coaching cues under each table", kind: "flag", defaultValue: "true")]
) { plan, options in
    let withCues = options["cues"] != "false"
    return plan.athletes.map { athlete in
        var text = "# \(plan.program.name)" + (athlete.name.map { " — \($0)" } ?? "") + "\n\n"
        if let coach = plan.program.coach { text += "Coach: \(coach) · " }
        text += "\(plan.program.weeks) weeks from \(PlanText.longDate(athlete.startDate))\n"
        var week = 0
        for session in athlete.sessions {
            let card = SessionCard(session: session, plan: plan)
            if session.week != week {
                week = session.week
                text += "\n## \(card.weekLine)\n"
            }
            text += "\n### \(card.dateLine) — \(card.title)\n\n\(card.timeLine)\n\n"
            if let notes = card.notes { text += "> \(notes)\n\n" }
            text += "| # | Exercise | This week | Notes | Done |\n|---|---|---|---|---|\n"
            var cues: [String] = []
            func row(_ entry: SessionCard.Entry) {
                let boxes = Array(repeating: "☐", count: entry.boxes).joined(separator: " ")
                text += "| \(entry.label) | \(cell(entry.title)) | \(cell(entry.prescription)) | \(cell(entry.details.joined(separator: "; "))) | \(boxes) |\n"
                cues += entry.cues.map { "\(entry.title): \($0)" }
                entry.members.forEach(row)
            }
            card.entries.forEach(row)
            if withCues, !cues.isEmpty {
                text += "\n" + cues.map { "- \($0)" }.joined(separator: "\n") + "\n"
            }
        }
        return PluginFile(path: OutputNaming.baseName(plan: plan, athlete: athlete) + ".md", contents: text)
    }
}

/// Text safe inside a Markdown table cell.
func cell(_ text: String) -> String {
    String(text.flatMap { $0 == "|" ? ["\\", "|"] : ($0 == "\n" ? [" "] : [$0]) })
}
