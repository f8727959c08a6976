import RegimenPlan

/// The part of `regimen report` about training logs: planned against done week by week
/// (adherence), hard sets done against planned by muscle group, and each lift's top load and
/// estimated one-rep max over the weeks as a bar chart.
public struct LogReport: Sendable {
    public let analysis: LogAnalysis
    public let width: Int

    public init(analysis: LogAnalysis, width: Int = 80) {
        self.analysis = analysis
        self.width = width
    }

    public var lines: [String] {
        guard analysis.hasLogs else { return [] }
        var out: [String] = []
        let logged = analysis.lastLogged.map { "logged up to \(PlanText.longDate($0))" } ?? "nothing logged yet"
        let adherence = analysis.adherencePercent.map { "; adherence \($0)%" } ?? ""
        out.append("PLANNED VS DONE (\(logged)\(adherence))")
        out.append("week  planned  due  done  partial  missed  adherence")
        for week in analysis.weeks {
            func cell(_ value: Int, _ width: Int) -> String { (week.due == 0 ? "·" : String(value)).leftPadded(width) }
            let percent = week.adherencePercent.map { "\($0)%" } ?? "·"
            out.append("\(String(week.number).leftPadded(4))\(String(week.planned).leftPadded(9))\(cell(week.due, 5))\(cell(week.done, 6))\(cell(week.partial, 9))\(cell(week.missed, 8))\(percent.leftPadded(11))")
        }
        out.append("")
        out.append("HARD SETS DONE / PLANNED BY MUSCLE GROUP (sessions due)")
        let groups = Set(analysis.weeks.flatMap { $0.plannedHalfSets.keys }).union(analysis.weeks.flatMap { $0.doneHalfSets.keys }).sorted()
        let due = analysis.weeks.filter { $0.due > 0 }
        if groups.isEmpty || due.isEmpty {
            out.append("  (none)")
        } else {
            let perBlock = max(1, (width - 20) / 10)
            for start in stride(from: 0, to: due.count, by: perBlock) {
                let block = Array(due[start..<min(due.count, start + perBlock)])
                out.append("".padding(20) + block.map { ("W" + String($0.number)).leftPadded(10) }.joined())
                for group in groups {
                    let cells = block.map { week -> String in
                        let planned = week.plannedHalfSets[group] ?? 0, done = week.doneHalfSets[group] ?? 0
                        return planned == 0 && done == 0 ? "·" : "\(PlanAnalysis.setsText(done))/\(PlanAnalysis.setsText(planned))"
                    }
                    out.append(String(group.prefix(19)).padding(20) + cells.map { $0.leftPadded(10) }.joined())
                }
            }
        }
        out.append("")
        out.append("LIFTS: TOP LOAD AND ESTIMATED 1RM BY WEEK (Epley: load × (1 + reps ÷ 30); * deload)")
        if analysis.lifts.isEmpty { out.append("  (no loaded sets logged)") }
        for lift in analysis.lifts {
            out.append(lift.name)
            out += chart(lift)
        }
        return out
    }

    /// One line a week: the top load, then a bar for the estimated 1RM from the lift's lowest to
    /// its highest.
    func chart(_ lift: LogAnalysis.Lift) -> [String] {
        let estimates = lift.weeks.compactMap(\.estimatedMax)
        let low = estimates.min().map { $0.thousandths } ?? 0
        let high = estimates.max().map { $0.thousandths } ?? 0
        let barWidth = max(10, width - 44)
        return lift.weeks.map { week in
            var line = "  W\(week.week)\(week.isDeload ? "*" : "")".padding(8) + week.topLoad.description.padding(12)
            if let estimate = week.estimatedMax {
                // A quarter of the bar for the lowest week, the whole bar for the highest.
                let span = max(1, high - low)
                let length = barWidth / 4 + Int((estimate.thousandths - low) * Int64(barWidth - barWidth / 4) / span)
                line += String(repeating: "█", count: high == low ? barWidth : max(1, length)) + " \(estimate.tenthsText)"
            } else {
                line += "(no set of 1–\(EstimatedMax.maxReps) reps)"
            }
            return line
        }
    }
}
