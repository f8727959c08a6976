import FITFormat
import RegimenPlan

/// Garmin FIT workouts: one workout file per dated session, for a watch to guide the athlete
/// through it set by set (docs/fit.md). Files go to `PROGRAM[.ATHLETE]/fit/DATE-SESSION-wWEEK.fit`;
/// with `schedule=true`, a `schedule.fit` beside them ties each workout to its day.
public struct FITBackend: Backend {
    public init() {}

    public var name: String { "fit" }
    public var summary: String { "Garmin FIT workouts for the watch, one file per session (not part of `all`)" }
    public var options: [BackendOption] {
        [
            BackendOption(name: "name-length", summary: "Bytes of the workout and step names the watch shows (older watches show 15)",
                          kind: .integer(8...64), defaultValue: "15"),
            BackendOption(name: "schedule", summary: "Also write schedule.fit, which ties each workout to its date on watches that read it",
                          kind: .flag, defaultValue: "false"),
        ]
    }

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        try renderByStreaming(plan, options: options, context: context)
    }

    /// `2027-03-01-glutes-hamstrings-w1.fit`; a session done twice on one day gets its
    /// occurrence in the week too (`-w1-2`).
    static func fileName(_ session: SessionInstance, in athlete: AthletePlan) -> String {
        let twice = athlete.sessions.contains { $0.date == session.date && $0.session == session.session && $0.identity != session.identity }
        let occurrence = twice ? "-\(session.identity.occurrence)" : ""
        return "\(session.date)-\(session.session)-w\(session.week)\(occurrence).fit"
    }

    /// W530: the exercises that go to the watch under a generic category, with what to write.
    static func genericWarning(_ exercises: Set<String>, plan: Plan) -> BackendDiagnostic {
        let listed = exercises.sorted().map { id -> String in
            let category = plan.exercise(id)?.fit?.category ?? "unknown"
            return "`\(id)` (as `\(category)`)"
        }
        let (count, go) = exercises.count == 1 ? ("1 exercise has", "goes") : ("\(exercises.count) exercises have", "go")
        return BackendDiagnostic(.warning, """
            \(count) no place in the FIT exercise catalog and \(go) to the watch under a generic category, without an exercise name: \
            \(listed.joined(separator: ", ")); add `fit: CATEGORY/NAME` to each (the names are in docs/fit.md) [W530]
            """)
    }
}

extension FITBackend {
    /// The exercise of each step of the session's workout file, by step index (`nil` for rest and
    /// repeat steps): what the `wkt_step_index` of an activity recorded with the workout refers to.
    public static func stepExercises(of session: SessionInstance, in plan: Plan, athlete: AthletePlan) -> [String?] {
        var builder = WorkoutSteps(plan: plan, athlete: athlete, nameBytes: 15)
        for item in session.items { builder.add(item) }
        return builder.steps.map(\.exerciseID)
    }
}

/// The backend's options, read.
struct FITSettings {
    var nameBytes: Int
    var buildTimestamp: Int64?
}

extension FITBackend: StreamingBackend {
    public func stream(_ outline: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> any AthleteRenderer {
        WorkoutRenderer(outline: outline, settings: FITSettings(nameBytes: options.integer("name-length") ?? 15, buildTimestamp: context.buildTimestamp),
                        writesSchedule: options.flag("schedule"))
    }
}

/// Each athlete's workout files (and schedule), complete in themselves; the W530 warning for the
/// exercises of every athlete comes once, at the end.
struct WorkoutRenderer: AthleteRenderer {
    let outline: Plan
    let settings: FITSettings
    let writesSchedule: Bool
    var generic: Set<String> = []

    mutating func render(_ athlete: AthletePlan, index: Int) -> StreamedOutput {
        let folder = OutputNaming.baseName(plan: outline, athlete: athlete) + "/fit/"
        var files: [OutputFile] = []
        var workouts: [WorkoutFile] = []
        for session in athlete.sessions {
            let workout = WorkoutFile(plan: outline, athlete: athlete, session: session, settings: settings)
            let (bytes, exercises) = workout.encode()
            generic.formUnion(exercises)
            files.append(OutputFile(path: folder + FITBackend.fileName(session, in: athlete), contents: bytes))
            workouts.append(workout)
        }
        if writesSchedule, !workouts.isEmpty {
            files.append(OutputFile(path: folder + "schedule.fit",
                                    contents: ScheduleFile(plan: outline, athlete: athlete, workouts: workouts, settings: settings).encode()))
        }
        return StreamedOutput(files: files)
    }

    func finish() -> StreamedOutput {
        StreamedOutput(diagnostics: generic.isEmpty ? [] : [FITBackend.genericWarning(generic, plan: outline)])
    }
}
