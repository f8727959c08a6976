import Diagnostics
import ProgramSpec
import RegimenPlan
import RegimenValues
import YAMLReader

/// Reads Regimen's YAML training log (docs/logs.md): `log:` names the athlete, `sessions:` lists
/// what was done, each exercise's sets in the compact notation (`5,5,7 @ 100kg`) or one mapping
/// per set.
public enum YAMLLogReader {
    /// The log format versions this Regimen reads.
    public static let supportedFormatVersions = 1...1

    /// The most sessions one log file may hold.
    public static let maxSessions = 100_000

    public static func read(_ document: YAMLDocument) -> RawLogReading {
        var reader = SpecValueReader(document: document)
        guard let root = reader.rootMapping(describing: "a training log") else {
            return RawLogReading(log: nil, diagnostics: reader.diagnostics)
        }
        var log = RawLog(file: document.file, format: .yaml)
        reader.entries(of: root, as: LogObjects.log, context: "the log") { reader, key, _, value in
            switch key {
            case "regimen":
                if let version = reader.scalarText(value, field: "regimen", expecting: "1"),
                   Int(version).map(supportedFormatVersions.contains) != true {
                    reader.error(.unsupportedFormatVersion,
                                 "this version of Regimen reads log format \(supportedFormatVersions.upperBound); `regimen: \(version)` is not supported", at: value)
                }
            case "log": log.athlete = reader.text(value, field: "log", example: "alex")
            case "units": log.units = reader.massUnit(value)
            case "distance-units":
                log.distanceUnits = reader.choice(value, field: "distance-units", choices: DistanceUnit.allCases.map { ($0.rawValue, $0) })
            case "notes": _ = reader.text(value, field: "notes")
            case "sessions": log.sessions = sessions(value, reader: &reader)
            default: break
            }
        }
        return RawLogReading(log: log, diagnostics: reader.diagnostics)
    }

    static func sessions(_ node: YAMLNodeID, reader: inout SpecValueReader) -> [RawSession] {
        let document = reader.document
        guard document.kind(of: node) == .sequence else {
            if !document.isNull(node) {
                reader.error(.wrongShape, "`sessions` should be a list, each session starting with `- date:`, but here it is \(reader.shapeName(node))", at: node)
            }
            return []
        }
        let items = document.items(of: node)
        if items.count > maxSessions {
            reader.error(.limitExceeded, "the log has \(items.count) sessions, more than the limit of \(maxSessions); split it into several files", at: node)
        }
        return items.prefix(maxSessions).compactMap { session($0, reader: &reader) }
    }

    static func session(_ node: YAMLNodeID, reader: inout SpecValueReader) -> RawSession? {
        var session = RawSession(date: nil, span: reader.span(node))
        var wroteExercises = false
        let written = reader.entries(of: node, as: LogObjects.session, context: "this session") { reader, key, _, value in
            switch key {
            case "date": session.date = date(value, reader: &reader)
            case "time": session.time = reader.timeOfDay(value, field: "time")
            case "session":
                session.name = reader.text(value, field: "session", example: "strength-a")
                session.nameIsSessionKey = true
            case "identity":
                guard let text = reader.text(value, field: "identity", example: "runner-hip-balance/alex/hips-am/w3/1") else { return }
                guard let identity = SessionIdentity(parsing: text.value) else {
                    reader.error(.invalidChoice,
                                 "`identity` is written program/athlete/session/wWEEK/OCCURRENCE, as in the plan, like `runner-hip-balance/alex/hips-am/w3/1`; `\(text.value)` is not",
                                 at: value)
                    return
                }
                session.identity = Located(identity, at: text.span)
            case "athlete": session.athlete = reader.text(value, field: "athlete", example: "alex")
            case "status": session.status = status(value, reader: &reader)
            case "notes": session.notes = reader.text(value, field: "notes")
            case "exercises":
                wroteExercises = true
                session.exercises = exercises(value, reader: &reader)
            default: break
            }
        }
        guard written.isMapping else { return nil }
        if session.date == nil, session.identity == nil {
            let document = reader.document
            let wrote = document.entries(of: node).contains { ["date", "identity"].contains(document.scalar($0.key) ?? "") }
            if !wrote {
                reader.report(.error(.missingKey, "this session is missing `date`; add a line like `date: 2027-03-01`",
                                     at: SourceSpan(file: document.file, at: document.start(of: node))))
            }
            return nil
        }
        if !wroteExercises, !written.hasUnknownKeys, session.status?.value != .skipped {
            reader.report(.error(.missingKey, "this session logs no exercises; add `exercises:`, or `status: skipped` for a session that was missed",
                                 at: SourceSpan(file: reader.document.file, at: reader.document.start(of: node))))
        }
        return session
    }

    static func status(_ node: YAMLNodeID, reader: inout SpecValueReader) -> Located<RawStatus>? {
        reader.choice(node, field: "status", choices: RawStatus.allCases.map { ($0.rawValue, $0) } + [("missed", RawStatus.skipped)])
    }

    /// `exercises:` maps names to sets; a list of one-entry mappings allows an exercise twice.
    static func exercises(_ node: YAMLNodeID, reader: inout SpecValueReader) -> [RawExercise] {
        let document = reader.document
        var pairs: [(YAMLNodeID, YAMLNodeID)] = []
        switch document.kind(of: node) {
        case .mapping:
            pairs = document.entries(of: node).map { ($0.key, $0.value) }
        case .sequence:
            for item in document.items(of: node) {
                guard document.kind(of: item) == .mapping, document.entries(of: item).count == 1 else {
                    reader.error(.wrongShape, "each item of `exercises` is one exercise and its sets, like `- back-squat: 5,5,5 @ 100kg`", at: item)
                    continue
                }
                let entry = document.entries(of: item)[0]
                pairs.append((entry.key, entry.value))
            }
        case .scalar:
            if !document.isNull(node) {
                reader.error(.wrongShape, "`exercises` maps exercises to their sets, like `back-squat: 5,5,5 @ 100kg`, but here it is text", at: node)
            }
        }
        return pairs.compactMap { key, value in exercise(name: key, value: value, reader: &reader) }
    }

    static func exercise(name nameNode: YAMLNodeID, value: YAMLNodeID, reader: inout SpecValueReader) -> RawExercise? {
        guard let name = reader.text(nameNode, field: "exercise", example: "back-squat") else { return nil }
        var exercise = RawExercise(name: name, span: reader.span(nameNode))
        let document = reader.document
        switch document.kind(of: value) {
        case .scalar:
            exercise.sets = sets(value, reader: &reader, skipped: &exercise.status)
        case .sequence:
            exercise.sets = setList(value, reader: &reader)
        case .mapping:
            reader.entries(of: value, as: LogObjects.exercise, context: "logged exercise `\(name.value)`") { reader, key, _, value in
                switch key {
                case "sets":
                    exercise.sets = reader.document.kind(of: value) == .sequence
                        ? setList(value, reader: &reader) : sets(value, reader: &reader, skipped: &exercise.status)
                case "status":
                    if let status = status(value, reader: &reader) { exercise.status = status }
                case "notes": exercise.notes = reader.text(value, field: "notes")
                default: break
                }
            }
        }
        return exercise
    }

    /// A session's date. A log has one per session, so the common `2027-03-01` is read straight
    /// from its bytes; anything else goes to the spec's date reader and its diagnostics.
    static func date(_ node: YAMLNodeID, reader: inout SpecValueReader) -> Located<CivilDate>? {
        if let text = reader.scalarText(node, field: "date", expecting: "2027-01-04"), let date = plainDate(text) {
            return Located(date, at: reader.span(node))
        }
        return reader.date(node, field: "date")
    }

    /// `YYYY-MM-DD` exactly, with a year from 1900 to 2999 and a real day; `nil` otherwise.
    static func plainDate(_ text: String) -> CivilDate? {
        guard text.utf8.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (position, byte) in text.utf8.enumerated() {
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if position < 4 { year = year * 10 + digit } else if position < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        guard (1900...2999).contains(year) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Sets in the compact notation, or `skipped` for an exercise left out.
    static func sets(_ node: YAMLNodeID, reader: inout SpecValueReader, skipped: inout Located<RawStatus>?) -> [RawSet] {
        guard let text = reader.scalarText(node, field: "sets", expecting: "5,5,5 @ 100kg") else { return [] }
        if let first = text.utf8.first, first | 0x20 == UInt8(ascii: "s") || first | 0x20 == UInt8(ascii: "m"),
           ["skipped", "skip", "missed"].contains(text.trimmingSpaces.lowercased()) {
            skipped = Located(.skipped, at: reader.span(node))
            return []
        }
        switch SetNotation.parse(text, at: placement(of: node, text: text, document: reader.document)) {
        case .success(let sets): return sets
        case .failure(let diagnostic):
            reader.report(diagnostic)
            return []
        }
    }

    /// Where a scalar's characters are in the file: exact columns for a one-line scalar whose
    /// text is what is written between its quotes (no escapes, no folding).
    static func placement(of node: YAMLNodeID, text: String, document: YAMLDocument) -> SetNotation.Placement {
        let span = document.span(of: node)
        guard span.start.line == span.end.line else { return SetNotation.Placement(span: span, firstCharacter: nil) }
        let written = span.end.column - span.start.column
        let length = text.unicodeScalars.count
        switch document.style(of: node) {
        case .plain where written == length:
            return SetNotation.Placement(span: span, firstCharacter: span.start)
        case .singleQuoted, .doubleQuoted:
            guard written == length + 2 else { break }
            return SetNotation.Placement(span: span, firstCharacter: SourcePosition(line: span.start.line, column: span.start.column + 1))
        default:
            break
        }
        return SetNotation.Placement(span: span, firstCharacter: nil)
    }

    /// A list of sets: each item a compact group (`5 @ 100kg`) or a mapping for one set.
    static func setList(_ node: YAMLNodeID, reader: inout SpecValueReader) -> [RawSet] {
        var result: [RawSet] = []
        for item in reader.document.items(of: node) {
            if reader.document.kind(of: item) == .mapping {
                if let set = set(item, reader: &reader) { result.append(set) }
            } else {
                var ignored: Located<RawStatus>?
                result += sets(item, reader: &reader, skipped: &ignored)
            }
        }
        if result.count > SetNotation.maxSets {
            reader.error(.invalidSetNotation, "\(result.count) sets for one exercise, more than the limit of \(SetNotation.maxSets)", at: node)
            return Array(result.prefix(SetNotation.maxSets))
        }
        return result
    }

    /// One set written out: `{ reps: 5, load: 100kg, rpe: 8 }`.
    static func set(_ node: YAMLNodeID, reader: inout SpecValueReader) -> RawSet? {
        var set = RawSet(span: reader.span(node))
        var rir: Located<Int>?
        reader.entries(of: node, as: LogObjects.set, context: "this set") { reader, key, _, value in
            switch key {
            case "reps":
                if let text = reader.document.scalar(value), text.trimmingSpaces.hasPrefix("-") {
                    reader.error(.invalidReps, "reps cannot be negative (`\(text)`); log the reps done, or `status: skipped` for a set not done", at: value)
                    return
                }
                set.reps = reader.integer(value, field: "reps", range: 0...1000, example: "5")?.value
            case "load": set.load = load(value, reader: &reader)
            case "rpe": set.rpeTenths = reader.rpe(value, field: "rpe")?.value
            case "rir": rir = reader.integer(value, field: "rir", range: 0...9, example: "2")
            case "hold": set.holdSeconds = reader.duration(value, field: "hold", example: "30s", range: 1...3600)?.value
            case "duration": set.durationSeconds = reader.duration(value, field: "duration", example: "20min")?.value
            case "distance":
                set.distance = reader.distance(value, field: "distance").map { Located(RawDistance(thousandths: Int64($0.value) * 1000, unit: .m), at: $0.span) }
            case "status": if let status = status(value, reader: &reader) { set.status = status.value }
            case "warm-up": set.isWarmUp = reader.boolean(value, field: "warm-up")?.value ?? false
            case "notes": set.notes = reader.text(value, field: "notes")?.value
            default: break
            }
        }
        if let rir {
            if set.rpeTenths != nil {
                reader.report(.error(.conflictingFields, "give the effort once: `rpe` or `rir`, not both", at: rir.span))
            } else {
                set.rpeTenths = (10 - rir.value) * 10
            }
        }
        return set
    }

    /// A logged load: a mass with or without its unit, or bodyweight; never a percentage.
    static func load(_ node: YAMLNodeID, reader: inout SpecValueReader) -> Located<RawLoad>? {
        guard let load = reader.load(node, field: "load", allowPercent: false) else { return nil }
        switch load.value {
        case .mass(let thousandths, let unit): return Located(.mass(thousandths: thousandths, unit: unit), at: load.span)
        case .bodyweight(let added): return Located(.bodyweight(added: added), at: load.span)
        case .percent: return nil
        }
    }
}

