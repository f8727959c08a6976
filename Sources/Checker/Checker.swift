import Diagnostics
import ProgramSpec
import RegimenValues
import ZoneInfo

/// The outcome of checking a program: the checked program when there are no errors, and every
/// diagnostic found either way.
public struct CheckResult: Sendable {
    public var program: CheckedProgram?
    public var diagnostics: [Diagnostic]
}

/// Resolves names and checks values across a program, its libraries and its roster.
public struct Checker: Sendable {
    public var zones: ZoneDatabase

    public init(zones: ZoneDatabase = .system) {
        self.zones = zones
    }

    public func check(_ loaded: LoadedProgram) -> CheckResult {
        var diagnostics = loaded.diagnostics
        if let library = loaded.rootLibrary {
            // A library on its own: its exercises and those it includes must be consistent.
            var pass = CheckPass(spec: ProgramSpec(file: library.file, span: library.span), libraries: [library] + loaded.libraries, zones: zones)
            pass.exercisesIncomplete = loaded.includesIncomplete || library.exercisesDamaged
            pass.checkExercisesOnly()
            return CheckResult(program: nil, diagnostics: diagnostics + pass.diagnostics)
        }
        guard let spec = loaded.program else { return CheckResult(program: nil, diagnostics: diagnostics) }
        var pass = CheckPass(spec: spec, libraries: loaded.libraries, zones: zones)
        pass.exercisesIncomplete = loaded.includesIncomplete || spec.damagedSections.contains("exercises")
        pass.roster = loaded.roster
        pass.rosterIncomplete = loaded.rosterIncomplete
        let program = pass.run()
        diagnostics += pass.diagnostics
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return CheckResult(program: hasErrors ? nil : program, diagnostics: diagnostics)
    }
}

/// One run of the checker over one program. Its parts live in the `Check*.swift` files.
struct CheckPass {
    let spec: ProgramSpec
    let libraries: [LibrarySpec]
    let zones: ZoneDatabase
    var roster: RosterSpec?
    var rosterIncomplete = false
    var diagnostics: [Diagnostic] = []
    var reportedErrors: Set<String> = []

    /// Exercise index by id, with the spec it came from.
    var exerciseIndex: [String: Int] = [:]
    var exerciseSpecs: [ExerciseSpec] = []
    var exercises: [CheckedExercise] = []
    var sessionIndex: [String: Int] = [:]
    var rotationIndex: [String: Int] = [:]
    /// Lifts by the name items give them: each lift the items split into (items that start a
    /// progressed number apart progress it apart), with the numbers its items start from.
    var liftStarts: [String: [(key: String, starts: [String: (value: String, span: SourceSpan)])]] = [:]
    /// Names a lift split off by its start may not take (exercises, lifts, training maxes), and those taken.
    var reservedLiftNames: Set<String>?
    /// Items whose loads come from an estimated one-rep max (`@ RPE 8` first sets), for the roster check.
    var oneRepMaxUses: [(key: String, span: SourceSpan, exercise: String)] = []
    var ruleIndex: [String: RuleSpec] = [:]
    /// Set when some exercises could not be read (a missing include, say): unknown exercise
    /// names are then not reported, since they are most likely defined in what is missing.
    var exercisesIncomplete = false
    /// Items whose loads come from a training max, with where they say so, for the roster check.
    var trainingMaxUses: [(key: String, span: SourceSpan, exercise: String)] = []
    /// Exercises the sessions may ask athletes to do (items and the variants rules move on to).
    var usedExercises: Set<Int> = []
    /// Training max keys of items whose wave could not be read: not reported as unused.
    var possibleTrainingMaxKeys: Set<String> = []
    /// Items with a linear load rule and a cap, for checking athletes' own starting loads.
    var loadCaps: [(exercise: Int, cap: Mass, span: SourceSpan)] = []

    init(spec: ProgramSpec, libraries: [LibrarySpec], zones: ZoneDatabase) {
        self.spec = spec
        self.libraries = libraries
        self.zones = zones
    }

    /// Reports an error once: a named rule checked against several items would otherwise repeat it.
    mutating func error(_ code: DiagnosticCode, _ message: String, at span: SourceSpan, notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        let key = "\(code.rawValue) \(span.file):\(span.start.line):\(span.start.column) \(message)"
        guard reportedErrors.insert(key).inserted else { return }
        diagnostics.append(.error(code, message, at: span, notes: notes, fix: fix))
    }

    mutating func warning(_ code: DiagnosticCode, _ message: String, at span: SourceSpan, notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        diagnostics.append(.warning(code, message, at: span, notes: notes, fix: fix))
    }

    var programUnits: MassUnit { spec.units?.value ?? .kg }

    mutating func run() -> CheckedProgram? {
        collectExercises()
        let definitions = exerciseSpecs
        exercises = definitions.map { checkExercise($0) }
        collectRules()
        collectSessions()
        let rotations = checkRotations()
        let sessionSpecs = spec.sessions
        let sessions = sessionSpecs.map { checkSession($0) }
        usedExercises = Self.exercisesUsed(in: sessions.compactMap { $0 }, exercises: exercises)
        let weeks = checkWeeks()
        let athletes = checkAthletes()
        let rounding = checkRounding(spec.rounding, base: .standard)
        let lints = lintSettings()
        guard let name = spec.name?.value, let weeks, let athletes else { return nil }
        let instances = weeks.reduce(0) { $0 + $1.schedule.reduce(0) { $0 + $1.count } } * athletes.count
        if instances > SpecLimits.sessionInstances {
            error(.limitExceeded,
                  "the program has \(instances) dated sessions in all (weeks × sessions × athletes), more than the limit of \(SpecLimits.sessionInstances); shorten it or split the roster",
                  at: spec.scheduleSpan ?? spec.span)
            return nil
        }
        return CheckedProgram(
            file: spec.file, id: spec.id?.value ?? Identifier.slug(PathText.stem(of: spec.file)), name: name,
            coach: spec.coach?.value, notes: spec.notes?.value, units: programUnits, weeks: weeks, athletes: athletes,
            exercises: exercises, sessions: sessions.compactMap { $0 }, rounding: rounding,
            phases: spec.phases.map { phase in
                CheckedPhase(name: phase.name.value, weeks: phase.weeks.value, isDeload: Self.isDeload(phase))
            }.sorted { $0.weeks.lowerBound < $1.weeks.lowerBound },
            sourceMap: sourceMap(), lintSettings: lints, rotations: rotations, missed: spec.missed?.value)
    }

    /// The closest name among `candidates`, as a "did you mean" diagnostic, or a plain one.
    mutating func unknownName(
        _ code: DiagnosticCode, kind: String, _ reference: Located<String>, candidates: [String],
        definedAt: (String) -> SourceSpan?, otherwise hint: String
    ) {
        if let suggestion = Suggestions.closest(to: reference.value, in: candidates) {
            error(code, "there is no \(kind) `\(reference.value)`; did you mean `\(suggestion)`?", at: reference.span,
                  notes: definedAt(suggestion).map { [DiagnosticNote("`\(suggestion)` is defined here", at: $0)] } ?? [],
                  fix: FixIt("write `\(suggestion)`", replacing: reference.span, with: suggestion))
        } else {
            error(code, "there is no \(kind) `\(reference.value)`; \(hint)", at: reference.span)
        }
    }
}
