import Diagnostics
import ProgramSpec
import RegimenValues

/// Reads the CSV the Strong app exports (Settings → Export data), one row per set. Three layouts
/// are in use, and all are read (columns are found by name, in any order):
///
/// - comma-separated, no units: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,
///   Distance,Seconds,Notes,Workout Notes,RPE` — weights and distances are in whatever units the
///   app was set to, so they need `units:` from the log entry, the athlete or the program;
/// - semicolon-separated with unit columns: `Date;Workout Name;Exercise Name;Set Order;Weight;
///   Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration`;
/// - units in the header: `Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,
///   Weight (kg),Reps,RPE,Distance (meters),Seconds,Notes,Workout Notes` (or `Weight (lbs)`,
///   `Distance (miles)`, `Distance (km)`).
///
/// `Set Order` numbers work sets and marks warm-ups `W`, drop sets `D` and failure sets `F`; rows
/// with `Rest Timer` are not sets. Dates are local times, `2027-03-01 07:05:12`.
public enum StrongExportReader {
    static let layout: [ExportColumn] = [
        ExportColumn("Date", required: true),
        ExportColumn("Workout Name", required: true),
        ExportColumn("Exercise Name", required: true),
        ExportColumn("Set Order", required: true),
        ExportColumn("Weight", [("weight", .none), ("weight (kg)", .mass(.kg)), ("weight (kgs)", .mass(.kg)),
                                ("weight (lbs)", .mass(.lb)), ("weight (lb)", .mass(.lb))], required: true),
        ExportColumn("Weight Unit"),
        ExportColumn("Reps", required: true),
        ExportColumn("RPE"),
        ExportColumn("Distance", [("distance", .none), ("distance (km)", .distance(.km)), ("distance (meters)", .distance(.m)),
                                  ("distance (m)", .distance(.m)), ("distance (miles)", .distance(.mi)), ("distance (mi)", .distance(.mi))]),
        ExportColumn("Distance Unit"),
        ExportColumn("Seconds"),
        ExportColumn("Notes"),
        ExportColumn("Workout Notes"),
        ExportColumn("Duration", [("duration", .none), ("duration (sec)", .seconds), ("workout duration", .none)]),
        ExportColumn("Workout #"),
    ]

    public static func read(_ table: CSVTable) -> RawLogReading {
        let columns = ExportColumns(table: table, layout: layout)
        let missing = columns.missing(from: layout, format: .strong)
        guard missing.isEmpty else { return RawLogReading(log: nil, diagnostics: missing) }
        var reading = ExportReading(table: table, columns: columns, format: .strong)
        var log = RawLog(file: table.file, format: .strong)
        var headerWeightUnit: MassUnit?
        if case .mass(let unit) = columns.hint("Weight") { headerWeightUnit = unit }
        var headerDistanceUnit: DistanceUnit?
        if case .distance(let unit) = columns.hint("Distance") { headerDistanceUnit = unit }
        if headerWeightUnit == nil, columns.index("Weight Unit") == nil, let index = columns.index("Weight") {
            log.unitsAnchor = table.span(of: table.header.fields[index])
        }
        var workouts = ExportWorkouts()
        for row in reading.wellFormedRows() {
            let cells = reading.cells
            let order = cells.text(row, "Set Order") ?? ""
            if order.lowercased() == "rest timer" || cells.text(row, "Exercise Name")?.lowercased() == "rest timer" { continue }
            guard let (date, time) = reading.dateTime(row, "Date", parse: ExportDate.iso, example: "2027-03-01 07:05:12"),
                  let exercise = reading.exerciseName(row, "Exercise Name") else { continue }
            var set = RawSet(span: cells.table.span(of: row))
            var setNumber: String?
            switch order.uppercased() {
            case "W": set.isWarmUp = true
            case "D": set.notes = "drop set"
            case "F": set.notes = "to failure"
            default:
                guard !order.isEmpty, order.allSatisfy(\.isASCIIDigit) else {
                    reading.cells.problem(.invalidChoice,
                                          "`\(order)` is not a set: Strong numbers sets 1, 2, 3… and marks warm-ups `W`, drop sets `D` and failure sets `F`",
                                          row: row, column: "Set Order")
                    continue
                }
                setNumber = order
            }
            let weightUnit = headerWeightUnit ?? reading.massUnit(row, "Weight Unit")
            set.load = reading.cells.weight(row, "Weight", unit: weightUnit)
            set.reps = reading.cells.count(row, "Reps", what: "reps", code: .invalidReps, range: 0...1000)?.value
            set.rpeTenths = reading.cells.rpe(row, "RPE")?.value
            set.seconds = reading.cells.seconds(row, "Seconds")?.value
            let distanceUnit = headerDistanceUnit ?? reading.distanceUnit(row, "Distance Unit")
            set.distance = reading.cells.distance(row, "Distance", unit: distanceUnit)
            if set.reps == 0, set.load == nil { set.reps = nil }
            let name = cells.text(row, "Workout Name").map { cells.located($0, row, "Workout Name") }
            let workoutNotes = cells.text(row, "Workout Notes").map { cells.located($0, row, "Workout Notes") }
            let exerciseNotes = cells.text(row, "Notes").map { cells.located($0, row, "Notes") }
            let key = "\(cells.text(row, "Date") ?? "")\u{0}\(name?.value ?? "")"
            let rowSpan = cells.table.span(of: row)
            if let earlier = workouts.add(
                workout: key,
                session: { RawSession(date: date, time: time, name: name, notes: workoutNotes, span: rowSpan) },
                exercise: exercise, set: set, setNumber: setNumber, exerciseNotes: exerciseNotes) {
                reading.duplicateSet(row, column: "Set Order", earlier: earlier)
            }
        }
        log.sessions = workouts.sessions
        return reading.finish(log)
    }
}
