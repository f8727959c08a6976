import Checker
import RegimenValues

/// A logged session in words, one line per exercise: what `regimen log` echoes, and what tests
/// compare with.
///
/// ```
/// 2027-03-01 07:05 strength-a done
///   back-squat: 5 @ 60 kg warm-up, 5 @ 60 kg warm-up, 5 @ 100 kg RPE 8, 5 @ 100 kg RPE 8
/// ```
public enum LogSummary {
    public static func lines(_ session: LoggedSession, program: CheckedProgram) -> [String] {
        var head = "\(session.date)"
        if let time = session.time { head += " \(time)" }
        head += " " + (session.session.map { program.sessions[$0].id } ?? "(unmatched)")
        if let week = session.week, let occurrence = session.occurrence { head += " w\(week)/\(occurrence)" }
        head += " \(session.status.rawValue)"
        if let notes = session.notes { head += " — \(notes)" }
        var lines = [head]
        for exercise in session.exercises {
            var line = "  \(program.exercises[exercise.exercise].id): " + exercise.sets.map(text).joined(separator: ", ")
            if let notes = exercise.notes { line += " — \(notes)" }
            lines.append(line)
        }
        return lines
    }

    /// `5 @ 100 kg RPE 8`, `30 s hold`, `5 km in 28 min 40 s`, `skipped`.
    public static func text(_ set: LoggedSet) -> String {
        if set.status == .skipped { return "skipped" }
        var parts: [String] = []
        if let reps = set.reps { parts.append("\(reps)") }
        if let hold = set.holdSeconds { parts.append("\(hold) s hold") }
        if let meters = set.distanceMeters { parts.append(meters >= 1000 ? "\(DecimalText.thousandths(Int64(meters))) km" : "\(meters) m") }
        if let duration = set.durationSeconds { parts.append((set.distanceMeters != nil ? "in " : "") + minutes(duration)) }
        var text = parts.joined(separator: " ")
        switch set.load {
        case .mass(let mass)?: text += " @ \(mass)"
        case .bodyweight(let added)?: text += " @ bodyweight" + (added.map { " + \($0)" } ?? "")
        case .percent(let tenths)?: text += " @ \(DecimalText.thousandths(Int64(tenths) * 100))%"
        case nil: break
        }
        if let rpe = set.rpeTenths { text += " RPE \(DecimalText.thousandths(Int64(rpe) * 100))" }
        if set.status == .partial { text += " partial" }
        if set.isWarmUp { text += " warm-up" }
        if let notes = set.notes { text += " (\(notes))" }
        return text
    }

    static func minutes(_ seconds: Int) -> String {
        if seconds < 120 { return "\(seconds) s" }
        return "\(seconds / 60) min" + (seconds % 60 == 0 ? "" : " \(seconds % 60) s")
    }
}
