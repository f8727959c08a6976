import RegimenPlan

/// The Plan's wire form: the JSON the `json` backend writes and every external plugin receives
/// (`schema/plan.schema.json`). Written by hand, in one pass and in a fixed key order, so that the
/// same plan always gives the same bytes; field names and shapes match the Plan's `Codable`
/// conformance, which plugins written in Swift decode with (a test checks the two agree on every
/// example program).
public enum PlanJSON {
    /// The Plan as JSON bytes.
    public static func encode(_ plan: Plan) -> [UInt8] {
        var pieces = Pieces()
        var bytes = pieces.start(plan)
        for athlete in plan.athletes { bytes += pieces.athlete(athlete) }
        return bytes + pieces.finish()
    }

    /// The Plan's JSON written one athlete at a time, for a build that streams: the pieces, in
    /// order, are exactly the bytes of `encode`.
    public struct Pieces: Sendable {
        private var json = JSONWriter()

        public init() {}

        /// Everything before the first athlete: the program and the exercises of `outline` (whose
        /// athletes are not written).
        public mutating func start(_ outline: Plan) -> [UInt8] {
            json.beginObject()
            json.member("schemaVersion", outline.schemaVersion)
            json.key("program")
            PlanJSON.program(outline.program, into: &json)
            json.key("exercises")
            json.array(outline.exercises) { json, exercise in PlanJSON.exercise(exercise, into: &json) }
            json.key("athletes")
            json.beginArray()
            return json.take()
        }

        /// The next athlete, with its sessions.
        public mutating func athlete(_ athlete: AthletePlan) -> [UInt8] {
            PlanJSON.athlete(athlete, into: &json)
            return json.take()
        }

        /// The end of the document.
        public mutating func finish() -> [UInt8] {
            json.endArray()
            json.endObject()
            return json.take()
        }
    }

    static func program(_ program: ProgramInfo, into json: inout JSONWriter) {
        json.object { json in
            json.member("id", program.id)
            json.member("name", program.name)
            json.member("coach", ifPresent: program.coach)
            json.member("notes", ifPresent: program.notes)
            json.member("weeks", program.weeks)
            json.member("units", program.units.rawValue)
            json.key("phases")
            json.array(program.phases) { json, phase in
                json.object { json in
                    json.member("name", phase.name)
                    json.member("firstWeek", phase.firstWeek)
                    json.member("lastWeek", phase.lastWeek)
                    json.member("isDeload", phase.isDeload)
                }
            }
            json.key("weekInfo")
            json.array(program.weekInfo) { json, week in
                json.object { json in
                    json.member("week", week.week)
                    json.member("phase", ifPresent: week.phase)
                    json.member("isDeload", week.isDeload)
                    json.member("volumePercent", week.volumePercent)
                    json.member("intensityPercent", week.intensityPercent)
                    json.member("progressionPaused", week.progressionPaused)
                }
            }
        }
    }

    static func mass(_ mass: Mass, into json: inout JSONWriter) {
        json.object { json in
            json.key("amount")
            json.thousandths(mass.thousandths)
            json.member("unit", mass.unit.rawValue)
        }
    }

    static func exercise(_ exercise: ExerciseInfo, into json: inout JSONWriter) {
        json.object { json in
            json.member("id", exercise.id)
            json.member("name", exercise.name)
            json.member("kind", exercise.kind.rawValue)
            json.member("targets", strings: exercise.targets)
            json.member("secondaryTargets", strings: exercise.secondaryTargets)
            json.member("perSide", exercise.perSide)
            json.member("equipment", strings: exercise.equipment)
            json.member("cues", strings: exercise.cues)
            if let fit = exercise.fit {
                json.key("fit")
                json.object { json in
                    json.member("category", fit.category)
                    json.member("categoryNumber", fit.categoryNumber)
                    json.member("name", ifPresent: fit.name)
                    json.member("nameNumber", ifPresent: fit.nameNumber)
                    json.member("source", fit.source.rawValue)
                }
            }
        }
    }

    static func athlete(_ athlete: AthletePlan, into json: inout JSONWriter) {
        json.object { json in
            json.member("id", athlete.id)
            json.member("name", ifPresent: athlete.name)
            json.member("startDate", athlete.startDate.description)
            json.key("timeZone")
            json.object { json in
                json.member("identifier", athlete.timeZone.identifier)
                json.key("periods")
                json.array(athlete.timeZone.periods) { json, period in
                    json.object { json in
                        if let start = period.start {
                            json.key("start")
                            json.integer(Int(start))
                        }
                        json.member("offsetBefore", period.offsetBefore)
                        json.member("offset", period.offset)
                        json.member("isDaylightSaving", period.isDaylightSaving)
                        json.member("abbreviation", period.abbreviation)
                    }
                }
            }
            json.member("units", ifPresent: athlete.units?.rawValue)
            json.key("trainingMaxes")
            json.array(athlete.trainingMaxes) { json, max in
                json.object { json in
                    json.member("key", max.key)
                    json.key("mass")
                    mass(max.mass, into: &json)
                }
            }
            json.key("sessions")
            json.array(athlete.sessions) { json, session in self.session(session, into: &json) }
        }
    }

    static func session(_ session: SessionInstance, into json: inout JSONWriter) {
        json.object { json in
            json.key("identity")
            json.object { json in
                json.member("program", session.identity.program)
                json.member("athlete", session.identity.athlete)
                json.member("session", session.identity.session)
                json.member("week", session.identity.week)
                json.member("occurrence", session.identity.occurrence)
            }
            json.member("date", session.date.description)
            json.member("weekday", session.weekday.key)
            json.member("week", session.week)
            json.member("phase", ifPresent: session.phase)
            json.member("isDeload", session.isDeload)
            json.member("session", session.session)
            json.member("title", session.title)
            json.member("start", ifPresent: session.start?.description)
            json.member("scheduledStart", ifPresent: session.scheduledStart?.description)
            json.member("utcOffset", session.utcOffset)
            json.member("durationMinutes", session.durationMinutes)
            json.member("durationIsEstimate", session.durationIsEstimate)
            json.member("estimatedMinutes", session.estimatedMinutes)
            json.member("kinds", strings: session.kinds.map(\.rawValue))
            json.member("location", ifPresent: session.location)
            json.member("notes", ifPresent: session.notes)
            if let record = session.record {
                json.key("record")
                json.object { json in
                    json.member("status", record.status.rawValue)
                    json.member("doneOn", ifPresent: record.doneOn?.description)
                    json.member("notes", ifPresent: record.notes)
                    json.member("source", ifPresent: record.source)
                }
            }
            if session.isProjected { json.member("isProjected", true) }
            json.key("items")
            json.array(session.items) { json, item in
                json.object { json in
                    switch item {
                    case .exercise(let prescription):
                        json.key("exercise")
                        self.prescription(prescription, into: &json)
                    case .group(let group):
                        json.key("group")
                        json.object { json in
                            json.member("kind", group.kind.rawValue)
                            json.member("rounds", group.rounds)
                            json.member("restSeconds", ifPresent: group.restSeconds)
                            json.member("notes", ifPresent: group.notes)
                            json.key("exercises")
                            json.array(group.exercises) { json, prescription in self.prescription(prescription, into: &json) }
                        }
                    }
                }
            }
        }
    }

    static func prescription(_ prescription: Prescription, into json: inout JSONWriter) {
        json.object { json in
            json.member("exercise", prescription.exercise)
            json.member("advancedFrom", ifPresent: prescription.advancedFrom)
            if let trainingMax = prescription.trainingMax {
                json.key("trainingMax")
                mass(trainingMax, into: &json)
            }
            json.key("sets")
            json.array(prescription.sets) { json, set in self.workSet(set, into: &json) }
            json.member("restSeconds", ifPresent: prescription.restSeconds)
            json.member("restActivity", ifPresent: prescription.restActivity)
            json.member("tempo", ifPresent: prescription.tempo)
            json.member("side", ifPresent: prescription.side?.rawValue)
            json.member("notes", ifPresent: prescription.notes)
            json.member("optional", prescription.optional)
            json.member("lift", ifPresent: prescription.lift)
            if let done = prescription.done {
                json.key("done")
                json.array(done) { json, set in actualSet(set, into: &json) }
            }
        }
    }

    static func load(_ load: Load, into json: inout JSONWriter) {
        json.object { json in
            if let value = load.mass {
                json.key("mass")
                mass(value, into: &json)
            }
            json.member("bodyweight", load.bodyweight)
            json.member("percentOfTrainingMaxTenths", ifPresent: load.percentOfTrainingMaxTenths)
        }
    }

    static func rpe(_ value: Double, into json: inout JSONWriter) {
        json.key("rpe")
        json.thousandths(Int64((value * 1000).rounded()))
    }

    static func actualSet(_ set: ActualSet, into json: inout JSONWriter) {
        json.object { json in
            json.member("status", set.status.rawValue)
            json.member("reps", ifPresent: set.reps)
            if let value = set.load {
                json.key("load")
                load(value, into: &json)
            }
            if let value = set.rpe { rpe(value, into: &json) }
            json.member("holdSeconds", ifPresent: set.holdSeconds)
            json.member("durationSeconds", ifPresent: set.durationSeconds)
            json.member("distanceMeters", ifPresent: set.distanceMeters)
            if set.isWarmUp { json.member("warmUp", true) }
            json.member("notes", ifPresent: set.notes)
        }
    }

    static func workSet(_ set: WorkSet, into json: inout JSONWriter) {
        json.object { json in
            if let reps = set.reps {
                json.key("reps")
                json.object { json in
                    switch reps {
                    case .exactly(let count):
                        json.member("min", count)
                        json.member("max", count)
                    case .range(let lower, let upper):
                        json.member("min", lower)
                        json.member("max", upper)
                    case .asManyAsPossible(let minimum):
                        json.member("min", minimum)
                        json.member("amrap", true)
                    }
                }
            }
            if let value = set.load {
                json.key("load")
                load(value, into: &json)
            }
            json.member("holdSeconds", ifPresent: set.holdSeconds)
            json.member("durationSeconds", ifPresent: set.durationSeconds)
            json.member("distanceMeters", ifPresent: set.distanceMeters)
            if let value = set.rpe { rpe(value, into: &json) }
            json.member("rir", ifPresent: set.rir)
            json.member("target", ifPresent: set.target)
            if set.isWarmUp { json.member("warmUp", true) }
        }
    }
}
