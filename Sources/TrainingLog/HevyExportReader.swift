import Diagnostics
import ProgramSpec
import RegimenValues

/// Reads the CSV the Hevy app exports (Settings → Export & import data → Export workouts), one
/// row per set, every value quoted:
///
/// `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",
/// "set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"`
///
/// The units are in the column names, as the athlete set them in the app: `weight_kg` or
/// `weight_lbs`, `distance_km` or `distance_miles`. Times are local, `26 Jul 2025, 07:06`.
/// `set_type` is `normal`, `warmup`, `dropset` or `failure`; `set_index` counts from 0.
public enum HevyExportReader {
    static let layout: [ExportColumn] = [
        ExportColumn("title", required: true),
        ExportColumn("start_time", required: true),
        ExportColumn("end_time"),
        ExportColumn("description"),
        ExportColumn("exercise_title", required: true),
        ExportColumn("superset_id"),
        ExportColumn("exercise_notes"),
        ExportColumn("set_index"),
        ExportColumn("set_type"),
        ExportColumn("weight", [("weight_kg", .mass(.kg)), ("weight_lbs", .mass(.lb)), ("weight_lb", .mass(.lb))], required: true),
        ExportColumn("reps", required: true),
        ExportColumn("distance", [("distance_km", .distance(.km)), ("distance_miles", .distance(.mi)), ("distance_mi", .distance(.mi)),
                                  ("distance_meters", .distance(.m)), ("distance_m", .distance(.m))]),
        ExportColumn("duration_seconds"),
        ExportColumn("rpe"),
    ]

    public static func read(_ table: CSVTable) -> RawLogReading {
        let columns = ExportColumns(table: table, layout: layout)
        let missing = columns.missing(from: layout, format: .hevy)
        guard missing.isEmpty else { return RawLogReading(log: nil, diagnostics: missing) }
        var reading = ExportReading(table: table, columns: columns, format: .hevy)
        var log = RawLog(file: table.file, format: .hevy)
        var weightUnit: MassUnit = .kg
        if case .mass(let unit) = columns.hint("weight") { weightUnit = unit }
        if let index = columns.index("weight") {
            log.units = Located(weightUnit, at: table.span(of: table.header.fields[index]))
        }
        var distanceUnit: DistanceUnit?
        if case .distance(let unit) = columns.hint("distance") { distanceUnit = unit }
        var workouts = ExportWorkouts()
        for row in reading.wellFormedRows() {
            let cells = reading.cells
            guard let (date, time) = reading.dateTime(row, "start_time", parse: ExportDate.hevy, example: "26 Jul 2025, 07:06"),
                  let exercise = reading.exerciseName(row, "exercise_title") else { continue }
            var set = RawSet(span: cells.table.span(of: row))
            switch (cells.text(row, "set_type") ?? "normal").lowercased() {
            case "normal": break
            case "warmup", "warm-up", "warm_up": set.isWarmUp = true
            case "dropset", "drop_set", "drop": set.notes = "drop set"
            case "failure": set.notes = "to failure"
            default:
                reading.cells.problem(.invalidChoice, "`\(cells.text(row, "set_type") ?? "")` is not a set type: Hevy writes `normal`, `warmup`, `dropset` or `failure`",
                                      row: row, column: "set_type")
                continue
            }
            set.load = reading.cells.weight(row, "weight", unit: weightUnit)
            set.reps = reading.cells.count(row, "reps", what: "reps", code: .invalidReps, range: 0...1000)?.value
            set.rpeTenths = reading.cells.rpe(row, "rpe")?.value
            set.seconds = reading.cells.seconds(row, "duration_seconds")?.value
            set.distance = reading.cells.distance(row, "distance", unit: distanceUnit)
            if set.reps == 0, set.load == nil { set.reps = nil }
            let setIndex = reading.cells.count(row, "set_index", what: "set numbers", code: .invalidNumber, range: 0...10_000)
            let title = cells.text(row, "title").map { cells.located($0, row, "title") }
            let description = cells.text(row, "description").map { cells.located($0, row, "description") }
            let exerciseNotes = cells.text(row, "exercise_notes").map { cells.located($0, row, "exercise_notes") }
            let key = "\(cells.text(row, "start_time") ?? "")\u{0}\(title?.value ?? "")"
            let rowSpan = cells.table.span(of: row)
            if let earlier = workouts.add(
                workout: key,
                session: { RawSession(date: date, time: time, name: title, notes: description, span: rowSpan) },
                exercise: exercise, set: set, setNumber: setIndex.map { String($0.value) }, exerciseNotes: exerciseNotes) {
                reading.duplicateSet(row, column: "set_index", earlier: earlier)
            }
        }
        log.sessions = workouts.sessions
        return reading.finish(log)
    }
}
