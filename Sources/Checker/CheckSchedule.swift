import Diagnostics
import ProgramSpec
import RegimenValues

/// The weekly schedule, phases and deloads, checked into one entry per program week.
extension CheckPass {
    /// Defaults for `deload:` when it leaves volume or intensity out.
    static let defaultDeloadVolume = 60
    static let defaultDeloadIntensity = 90

    static func isDeload(_ phase: PhaseSpec) -> Bool {
        phase.deload?.value ?? ((phase.volume?.value ?? 100) < 100 || (phase.intensity?.value ?? 100) < 100)
    }

    mutating func checkWeeks() -> [CheckedWeek]? {
        var used: Set<String> = []
        let base = checkSchedule(spec.schedule, span: spec.scheduleSpan ?? spec.span, used: &used)
        var phaseSchedules: [Int: [[ScheduleEntry]]] = [:]
        for (index, phase) in spec.phases.enumerated() {
            if let schedule = phase.schedule {
                phaseSchedules[index] = checkSchedule(schedule, span: phase.span, used: &used)
            }
        }
        let scheduleIsEmpty = (spec.schedule ?? []).allSatisfy { $0.sessions.isEmpty }
        if spec.schedule != nil, !scheduleIsEmpty, !spec.damagedSections.contains("schedule"), !spec.damagedSections.contains("sessions") {
            for session in spec.sessions where !used.contains(session.id.value) && session.id.value != "rest" {
                warning(.unusedDefinition, "session `\(session.id.value)` is never scheduled; add it to `schedule:` or remove it",
                        at: session.id.span)
            }
        }
        guard let base, let count = spec.weeks?.value else { return nil }
        checkPhaseRanges(weeks: count)
        var weeks: [CheckedWeek] = []
        for number in 1...count {
            var week = CheckedWeek(number: number, phase: nil, isDeload: false, volumePercent: 100, intensityPercent: 100,
                                   pausesProgression: false, schedule: base)
            if let index = spec.phases.firstIndex(where: { $0.weeks.value.contains(number) }) {
                let phase = spec.phases[index]
                week.phase = phase.name.value
                week.isDeload = Self.isDeload(phase)
                week.volumePercent = phase.volume?.value ?? 100
                week.intensityPercent = phase.intensity?.value ?? 100
                week.pausesProgression = phase.pausesProgression?.value ?? week.isDeload
                if let schedule = phaseSchedules[index] { week.schedule = schedule }
            }
            if let index = spec.phases.firstIndex(where: { $0.weeks.value.contains(number) }), let reps = spec.phases[index].reps {
                week.repsPercent = reps.value
            }
            if let deload = spec.deload, number % deload.every.value == 0 {
                week.isDeload = true
                week.volumePercent = deload.volume?.value ?? Self.defaultDeloadVolume
                week.intensityPercent = deload.intensity?.value ?? Self.defaultDeloadIntensity
                week.repsPercent = deload.reps?.value ?? 100
                week.pausesProgression = true
            }
            weeks.append(week)
        }
        return weeks
    }

    /// Resolves a schedule's session and rotation names; `nil` when there is none to resolve.
    mutating func checkSchedule(_ days: [ScheduleDaySpec]?, span: SourceSpan, used: inout Set<String>) -> [[ScheduleEntry]]? {
        guard let days else { return nil }
        var schedule = [[ScheduleEntry]](repeating: [], count: 7)
        let sessionsReadable = !spec.damagedSections.contains("sessions")
        for day in days {
            if day.sessions.count > SpecLimits.sessionsPerDay, let weekday = day.day {
                error(.limitExceeded, "`\(weekday.value.key)` lists \(day.sessions.count) sessions, more than the limit of \(SpecLimits.sessionsPerDay) a day",
                      at: weekday.span)
                continue
            }
            for reference in day.sessions {
                used.insert(reference.value)
                if let index = sessionIndex[reference.value] {
                    if let weekday = day.day { schedule[weekday.value.rawValue - 1].append(.session(index)) }
                } else if let index = rotationIndex[reference.value] {
                    for session in spec.rotations[index].sessions { used.insert(session.value) }
                    if let weekday = day.day { schedule[weekday.value.rawValue - 1].append(.rotation(index)) }
                } else if sessionsReadable, !spec.damagedSections.contains("rotations") {
                    let sessions = spec.sessions
                    let rotations = spec.rotations
                    let index = sessionIndex
                    let rotationIndex = rotationIndex
                    unknownName(.unknownSession, kind: rotations.isEmpty ? "session" : "session or rotation", reference,
                                candidates: sessions.map(\.id.value) + rotations.map(\.name.value),
                                definedAt: { index[$0].map { sessions[$0].id.span } ?? rotationIndex[$0].map { rotations[$0].name.span } },
                                otherwise: rotations.isEmpty ? "define it under `sessions:` or write `rest`"
                                                             : "define it under `sessions:` or `rotations:`, or write `rest`")
                }
            }
        }
        if days.allSatisfy({ $0.sessions.isEmpty }) {
            error(.emptySchedule, "the schedule has no training days; give at least one weekday a session, like `mon: strength-a`", at: span)
        }
        return schedule
    }

    /// Rotations: each names sessions that exist, and no rotation shares a session's name.
    mutating func checkRotations() -> [CheckedRotation] {
        var result: [CheckedRotation] = []
        for rotation in spec.rotations {
            if let session = sessionIndex[rotation.name.value] {
                error(.duplicateDefinition, "`\(rotation.name.value)` names both a session and a rotation; the schedule could not tell them apart, so rename one",
                      at: rotation.name.span, notes: [DiagnosticNote("the session is defined here", at: spec.sessions[session].id.span)])
                continue
            }
            if rotationIndex[rotation.name.value] != nil { continue }
            var sessions: [Int] = []
            for reference in rotation.sessions {
                if let index = sessionIndex[reference.value] {
                    sessions.append(index)
                } else if !spec.damagedSections.contains("sessions") {
                    let specs = spec.sessions
                    let index = sessionIndex
                    unknownName(.unknownSession, kind: "session", reference, candidates: specs.map(\.id.value),
                                definedAt: { index[$0].map { specs[$0].id.span } },
                                otherwise: "a rotation takes sessions in turn; define it under `sessions:`")
                }
            }
            rotationIndex[rotation.name.value] = result.count
            result.append(CheckedRotation(name: rotation.name.value, sessions: sessions))
        }
        return result
    }

    /// Phases must lie within the program and must not overlap.
    mutating func checkPhaseRanges(weeks count: Int) {
        let phases = spec.phases
        for (index, phase) in phases.enumerated() {
            let range = phase.weeks.value
            if range.upperBound > count {
                error(.phaseOutsideProgram, "phase `\(phase.name.value)` runs to week \(range.upperBound), but the program has \(count) weeks",
                      at: phase.weeks.span)
                continue
            }
            if let earlier = phases[..<index].first(where: { $0.weeks.value.overlaps(range) }) {
                let shared = max(earlier.weeks.value.lowerBound, range.lowerBound)
                error(.overlappingPhases, "phase `\(phase.name.value)` overlaps phase `\(earlier.name.value)` in week \(shared); a week belongs to one phase",
                      at: phase.weeks.span, notes: [DiagnosticNote("`\(earlier.name.value)` has its weeks here", at: earlier.weeks.span)])
            }
        }
        if let deload = spec.deload, deload.every.value > count {
            warning(.unusedDefinition, "`deload` every \(deload.every.value) weeks never happens in a \(count)-week program", at: deload.every.span)
        }
    }
}
