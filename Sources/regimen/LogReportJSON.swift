import Analysis
import RegimenPlan

/// `regimen report --format json`, the part about training logs: the same numbers as the text.
struct LogReportJSON: Encodable {
    struct Week: Encodable {
        var week: Int
        var isDeload: Bool
        var planned: Int
        var due: Int
        var done: Int
        var partial: Int
        var missed: Int
        var adherencePercent: Int?
        var hardSetsPlanned: [String: Double]
        var hardSetsDone: [String: Double]
    }

    struct LiftWeek: Encodable {
        var week: Int
        var isDeload: Bool
        var topLoad: String
        var estimatedOneRepMax: String?
    }

    struct Lift: Encodable {
        var exercise: String
        var name: String
        var weeks: [LiftWeek]
    }

    var lastLogged: String?
    var adherencePercent: Int?
    /// How the one-rep max is estimated.
    var estimatedOneRepMaxFormula = "Epley: load × (1 + reps / 30), sets of 1 to \(EstimatedMax.maxReps) reps"
    var weeks: [Week]
    var lifts: [Lift]

    init(_ analysis: LogAnalysis) {
        lastLogged = analysis.lastLogged?.description
        adherencePercent = analysis.adherencePercent
        weeks = analysis.weeks.map { week in
            Week(week: week.number, isDeload: week.isDeload, planned: week.planned, due: week.due, done: week.done, partial: week.partial,
                 missed: week.missed, adherencePercent: week.adherencePercent,
                 hardSetsPlanned: week.plannedHalfSets.mapValues { Double($0) / 2 }, hardSetsDone: week.doneHalfSets.mapValues { Double($0) / 2 })
        }
        lifts = analysis.lifts.map { lift in
            Lift(exercise: lift.exercise, name: lift.name, weeks: lift.weeks.map {
                LiftWeek(week: $0.week, isDeload: $0.isDeload, topLoad: $0.topLoad.description, estimatedOneRepMax: $0.estimatedMax?.tenthsText)
            })
        }
    }
}
