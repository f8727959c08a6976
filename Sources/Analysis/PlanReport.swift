import Diagnostics
import RegimenPlan

/// `regimen report`: a readable account of one athlete's plan — hard sets by muscle group,
/// stretching by region, a chart of volume and intensity over the weeks with phases and
/// deloads, week-by-week counts, loads by lift — and the coaching lints with their evidence.
public struct PlanReport: Sendable {
    public let analysis: PlanAnalysis
    public let lints: [Diagnostic]
    public let width: Int

    public init(analysis: PlanAnalysis, lints: [Diagnostic], width: Int = 80) {
        self.analysis = analysis
        self.lints = lints
        self.width = width
    }

    var weeks: [PlanAnalysis.Week] { analysis.weeks }
    var plan: Plan { analysis.plan }

    /// Weeks per table block, so that tables fit the width.
    var columnsPerBlock: Int { max(1, (width - 22) / 6) }

    public var text: String {
        var out: [String] = []
        let athlete = analysis.athlete
        out.append("\(plan.program.name)" + (athlete.name.map { " · \($0)" } ?? ""))
        out.append("\(plan.program.weeks) weeks from \(PlanText.longDate(athlete.startDate))")
        out.append("")
        out.append("Phases: " + (plan.program.phases.isEmpty ? "none" : plan.program.phases.map { phase in
            let weeks = phase.firstWeek == phase.lastWeek ? "week \(phase.firstWeek)" : "weeks \(phase.firstWeek)–\(phase.lastWeek)"
            return "\(phase.name) (\(weeks))"
        }.joined(separator: ", ")) + "; * marks a deload or lighter week")
        out.append("")
        out.append("HARD SETS PER WEEK BY MUSCLE GROUP (primary targets count 1, secondary ½)")
        out += table(rows: analysis.groups.filter { group in weeks.contains { ($0.halfSets[group] ?? 0) > 0 } }) { week, group in
            let value = week.halfSets[group] ?? 0
            return value == 0 ? "·" : PlanAnalysis.setsText(value)
        }
        out.append("")
        out.append("STRETCHING AND MOBILITY, MINUTES PER WEEK (secondary targets count ½)")
        let stretched = analysis.groups.filter { group in weeks.contains { ($0.mobilitySeconds[group] ?? 0) > 0 } }
        out += stretched.isEmpty ? ["  (none)"] : table(rows: stretched) { week, group in
            let seconds = week.mobilitySeconds[group] ?? 0
            return seconds == 0 ? "·" : DecimalText.thousandths(Int64((seconds * 10 + 30) / 60) * 100)
        }
        if weeks.contains(where: { $0.cardioSeconds > 0 }) {
            out.append("")
            out.append("CARDIO PER WEEK (work time; a distance alone counts at 6 min/km)")
            out += table(rows: ["minutes", "distance (km)"]) { week, row in
                if row == "minutes" { return week.cardioSeconds == 0 ? "·" : String((week.cardioSeconds + 30) / 60) }
                return week.cardioMeters == 0 ? "·" : DecimalText.thousandths(Int64((week.cardioMeters + 50) / 100 * 100))
            }
        }
        out.append("")
        out += chart()
        out.append("")
        out.append("WEEK BY WEEK")
        // The longest session as stated (`duration:`) and as estimated from its sets and rest: a
        // session that takes longer than it says is what W510 warns about.
        out.append("week  phase             sessions  training days  rest days  longest session: stated  estimated")
        for week in weeks {
            let phase = String((week.phase ?? "").prefix(16)).padding(16) + (week.isDeload ? "*" : " ")
            let stated = week.statedSessionMinutes.max().map { "\($0) min" } ?? "—"
            out.append("\(String(week.number).leftPadded(4))  \(phase) \(String(week.sessions).leftPadded(8))  \(String(week.trainingDays).leftPadded(13))  \(String(week.restDays).leftPadded(9))  \(stated.leftPadded(23))  \("\(week.sessionMinutes.max() ?? 0) min".leftPadded(9))")
        }
        let lifts = plan.exercises.filter { exercise in weeks.contains { $0.topLoads[exercise.id] != nil } }
        if !lifts.isEmpty {
            out.append("")
            out.append("TOP LOAD PER WEEK BY LIFT (change from the week before)")
            for lift in lifts {
                out.append(lift.name)
                var line = "  "
                var previous: Mass?
                for week in weeks {
                    guard let load = week.topLoads[lift.id] else { continue }
                    var entry = "W\(week.number) \(load)"
                    if let previous, previous.unit == load.unit, previous.thousandths > 0 {
                        let change = Double(load.thousandths - previous.thousandths) / Double(previous.thousandths) * 100
                        let rounded = Int(change.rounded())
                        entry += rounded == 0 ? "" : (rounded > 0 ? " +\(rounded)%" : " \(rounded)%")
                    }
                    previous = load
                    if line.count + entry.count + 3 > width {
                        out.append(line)
                        line = "  "
                    }
                    line += (line == "  " ? "" : " · ") + entry
                }
                out.append(line)
            }
        }
        out.append("")
        out.append("COACHING LINTS")
        if lints.isEmpty {
            out.append("  none: nothing to warn about")
        } else {
            for lint in lints {
                out.append("  \(lint.severity.rawValue) [\(lint.code.rawValue)] \(lint.message)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A table with a row per key and a column per week, in blocks that fit the width.
    func table(rows: [String], cell: (PlanAnalysis.Week, String) -> String) -> [String] {
        var out: [String] = []
        for start in stride(from: 0, to: weeks.count, by: columnsPerBlock) {
            let block = Array(weeks[start..<min(weeks.count, start + columnsPerBlock)])
            out.append("".padding(20) + block.map { ("W" + String($0.number) + ($0.isDeload ? "*" : "")).leftPadded(6) }.joined())
            for row in rows {
                out.append(String(row.prefix(19)).padding(20) + block.map { cell($0, row).leftPadded(6) }.joined())
            }
        }
        return out
    }

    /// Bars for volume (hard sets) and intensity (top loads relative to each lift's first week).
    func chart() -> [String] {
        var out = ["VOLUME AND INTENSITY", "week phase          volume (hard sets)           intensity (top loads vs week 1)"]
        let maximum = max(1, weeks.map(\.totalHalfSets).max() ?? 1)
        let intensities = intensityPercents()
        let maxIntensity = max(100, intensities.compactMap { $0 }.max() ?? 100)
        let barWidth = max(10, (width - 30) / 2 - 6)
        for (index, week) in weeks.enumerated() {
            let volumeBar = String(repeating: "█", count: max(week.totalHalfSets > 0 ? 1 : 0, week.totalHalfSets * barWidth / maximum))
            let volume = (volumeBar + " " + PlanAnalysis.setsText(week.totalHalfSets)).padding(barWidth + 5)
            var intensity = "  ·"
            if let percent = intensities[index] {
                intensity = String(repeating: "▒", count: max(1, percent * barWidth / maxIntensity)) + " \(percent)%"
            }
            let phase = (String((week.phase ?? "").prefix(13)) + (week.isDeload ? "*" : "")).padding(14)
            out.append("\(String(week.number).leftPadded(4)) \(phase) \(volume) \(intensity)")
        }
        return out
    }

    /// Each week's mean, over the lifts it shares with their first week, of top load ÷ that first
    /// top load, as a percentage; `nil` for a week without loaded lifts.
    func intensityPercents() -> [Int?] {
        var first: [String: Mass] = [:]
        return weeks.map { week in
            var ratios: [Double] = []
            for (lift, load) in week.topLoads {
                if let base = first[lift] {
                    let now = load.converted(to: base.unit)
                    if base.thousandths > 0 { ratios.append(Double(now.thousandths) / Double(base.thousandths)) }
                } else {
                    first[lift] = load
                    ratios.append(1)
                }
            }
            guard !ratios.isEmpty else { return nil }
            return Int((ratios.reduce(0, +) / Double(ratios.count) * 100).rounded())
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
