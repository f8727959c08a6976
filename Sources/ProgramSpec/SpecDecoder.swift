import Diagnostics
import RegimenValues
import YAMLReader

/// Decodes a YAML node tree into a `ProgramSpec` or a `LibrarySpec`.
///
/// The decoder checks shape and single values (unknown keys, missing keys, units, dates);
/// whether names refer to something is the checker's job.
public enum SpecDecoder {
    /// The spec format versions this Regimen reads.
    public static let supportedFormatVersions = 1...1

    public static func decodeProgram(_ document: YAMLDocument) -> (spec: ProgramSpec?, diagnostics: [Diagnostic]) {
        var context = DecodingContext(document: document)
        guard let root = context.rootMapping(describing: "a program") else { return (nil, context.diagnostics) }
        var spec = ProgramSpec(file: document.file, span: context.span(root))
        context.entries(of: root, as: SpecObjects.program, context: "the program") { context, key, keyNode, value in
            switch key {
            case "regimen": spec.formatVersion = context.formatVersion(value)
            case "id": spec.id = context.identifier(value, field: "id")
            case "program": spec.name = context.text(value, field: "program", example: "Runner's hip balance")
            case "coach": spec.coach = context.text(value, field: "coach", example: "Sam Rivera")
            case "athlete": spec.athlete = context.text(value, field: "athlete", example: "Alex Morgan")
            case "notes": spec.notes = context.text(value, field: "notes")
            case "start": spec.start = context.date(value, field: "start")
            case "weeks": spec.weeks = context.integer(value, field: "weeks", range: SpecLimits.weeks, example: "8")
            case "timezone": spec.timeZone = context.text(value, field: "timezone", example: "Europe/London")
            case "units": spec.units = context.massUnit(value)
            case "include": spec.includes = context.textList(value, field: "include", example: "library/hips.yaml")
            case "athletes":
                spec.athletesSpan = context.span(keyNode)
                spec.athletes = context.athletes(value)
            case "roster": spec.roster = context.text(value, field: "roster", example: "rosters/team.yaml")
            case "equipment-sets": spec.equipmentSets = context.equipmentSets(value)
            case "week-starts": spec.weekStarts = context.weekday(value, field: "week-starts")
            case "rounding": spec.rounding = context.rounding(value)
            case "rules":
                spec.rules = context.rules(value, unreadable: &spec.unreadableRules)
                if !context.isMappingOrEmpty(value) { spec.damagedSections.insert(key) }
            case "phases": spec.phases = context.phases(value)
            case "deload": spec.deload = context.deload(value)
            case "lints": spec.lints = context.lintSettings(value)
            case "exercises":
                spec.exercises = context.exercises(value)
                if !context.isMappingOrEmpty(value) { spec.damagedSections.insert(key) }
            case "sessions":
                spec.sessions = context.sessions(value)
                if !context.isMappingOrEmpty(value) { spec.damagedSections.insert(key) }
            case "schedule":
                spec.scheduleSpan = context.span(keyNode)
                spec.schedule = context.schedule(value)
                if !context.isMappingOrEmpty(value) { spec.damagedSections.insert(key) }
            case "logs": spec.logs = context.logReferences(value)
            case "rotations":
                spec.rotations = context.rotations(value)
                if !context.isMappingOrEmpty(value) { spec.damagedSections.insert(key) }
            case "warm-ups": spec.warmUps = context.warmUps(value)
            case "training-max": spec.trainingMaxPercent = context.trainingMaxShare(value, field: "training-max")
            case "missed": spec.missed = context.choice(value, field: "missed", choices: MissedPolicy.allCases.map { ($0.rawValue, $0) })
            default: break
            }
        }
        return (spec, context.diagnostics)
    }

    /// What kind of spec file a document is, from its top-level keys: a roster has `roster:`, a
    /// library `library:`; anything else (with `program:`, or broken) is read as a program.
    public static func kind(of document: YAMLDocument) -> SpecFileKind {
        guard let root = document.root else { return .program }
        let keys = document.entries(of: root).map { document.scalar($0.key) }
        if keys.contains("program") { return .program }
        if keys.contains("roster") { return .roster }
        if keys.contains("library") { return .library }
        if keys.contains("log") { return .log }
        return .program
    }

    public static func decodeLibrary(_ document: YAMLDocument) -> (spec: LibrarySpec?, diagnostics: [Diagnostic]) {
        var context = DecodingContext(document: document)
        guard let root = context.rootMapping(describing: "an exercise library") else { return (nil, context.diagnostics) }
        var spec = LibrarySpec(file: document.file, span: context.span(root))
        context.entries(of: root, as: SpecObjects.library, context: "the library") { context, key, _, value in
            switch key {
            case "regimen": spec.formatVersion = context.formatVersion(value)
            case "library": spec.name = context.text(value, field: "library", example: "Hip mobility")
            case "include": spec.includes = context.textList(value, field: "include", example: "strength.yaml")
            case "exercises":
                spec.exercises = context.exercises(value)
                spec.exercisesDamaged = !context.isMappingOrEmpty(value)
            default: break
            }
        }
        return (spec, context.diagnostics)
    }
}

/// The kinds of file written in the spec language.
public enum SpecFileKind: Sendable {
    case program
    case library
    case roster
    /// A training log (`log:` at the top), read by the `TrainingLog` module.
    case log
}

/// Bounds on the size of a program, so that no spec can make the planner run away.
public enum SpecLimits {
    public static let weeks = 1...260
    public static let sessions = 500
    public static let itemsPerSession = 200
    public static let sets = 1...50
    public static let rounds = 1...50
    public static let athletes = 1000
    /// Sessions on one weekday.
    public static let sessionsPerDay = 20
    /// Dated sessions in the whole plan: weeks × scheduled sessions × athletes.
    public static let sessionInstances = 250_000
}

extension DecodingContext {
    mutating func rootMapping(describing what: String) -> YAMLNodeID? {
        guard let root = document.root else {
            report(.error(.emptyFile, "the file is empty; \(what) starts with `regimen: 1`",
                          at: SourceSpan(file: document.file, at: SourcePosition(line: 1, column: 1))))
            return nil
        }
        guard document.kind(of: root) == .mapping else {
            error(.wrongShape, "\(what) is a mapping of keys such as `regimen:` and `exercises:`, but this file holds \(shapeName(root))", at: root)
            return nil
        }
        return root
    }

    func isMappingOrEmpty(_ node: YAMLNodeID) -> Bool {
        document.kind(of: node) == .mapping || document.isNull(node)
    }

    mutating func formatVersion(_ node: YAMLNodeID) -> Located<Int>? {
        guard let raw = scalarText(node, field: "regimen", expecting: "1") else { return nil }
        guard let version = Int(raw.trimmingSpaces), SpecDecoder.supportedFormatVersions.contains(version) else {
            error(.unsupportedFormatVersion,
                  "this version of Regimen reads spec format \(SpecDecoder.supportedFormatVersions.upperBound); `regimen: \(raw)` is not supported",
                  at: node)
            return nil
        }
        return Located(version, at: span(node))
    }

    /// A name used as a key or reference: lowercase letters, digits, `-` and `_`.
    mutating func identifier(_ node: YAMLNodeID, field: String) -> Located<String>? {
        guard let located = text(node, field: field, example: "glute-bridge") else { return nil }
        return checkIdentifier(located, what: "`\(field)`") ? located : nil
    }

    /// Reports names that cannot serve as identifiers, with a slug as the fix.
    mutating func checkIdentifier(_ name: Located<String>, what: String) -> Bool {
        if Identifier.isValid(name.value) { return true }
        let slug = Identifier.slug(name.value)
        report(.error(.invalidName,
                      "\(what) `\(name.value)` must be lowercase letters, digits and hyphens, like `\(slug.isEmpty ? "glute-bridge" : slug)`",
                      at: name.span,
                      fix: slug.isEmpty ? nil : FixIt("write `\(slug)`", replacing: name.span, with: slug)))
        return false
    }

    mutating func massUnit(_ node: YAMLNodeID) -> Located<MassUnit>? {
        choice(node, field: "units", choices: [("kg", MassUnit.kg), ("lb", .lb), ("kgs", .kg), ("lbs", .lb)])
    }

    /// The keys of a mapping of named definitions, checked as identifiers, with their values.
    mutating func definitions(_ node: YAMLNodeID, field: String, what: String) -> [(Located<String>, YAMLNodeID)] {
        guard document.kind(of: node) == .mapping else {
            if !document.isNull(node) {
                error(.wrongShape, "`\(field)` should be a mapping from names to \(what), but here it is \(shapeName(node))", at: node)
            }
            return []
        }
        var result: [(Located<String>, YAMLNodeID)] = []
        for (keyNode, value) in document.entries(of: node) {
            let name = Located(document.scalar(keyNode) ?? "", at: span(keyNode))
            if checkIdentifier(name, what: "the name") {
                result.append((name, value))
            } else if !Identifier.slug(name.value).isEmpty {
                // Keep the definition under the name the fix suggests, so references written
                // that way do not add errors of their own.
                result.append((Located(Identifier.slug(name.value), at: name.span), value))
            }
        }
        return result
    }

    mutating func exercises(_ node: YAMLNodeID) -> [ExerciseSpec] {
        definitions(node, field: "exercises", what: "exercises").map { id, value in
            var exercise = ExerciseSpec(id: id)
            entries(of: value, as: SpecObjects.exercise, context: "exercise `\(id.value)`") { context, key, keyNode, value in
                switch key {
                case "name": exercise.name = context.text(value, field: "name", example: "Glute bridge")
                case "kind": exercise.kind = context.choice(value, field: "kind", choices: ExerciseKind.allCases.map { ($0.rawValue, $0) })
                case "targets": exercise.targets = context.textList(value, field: "targets", example: "gluteus maximus")
                case "secondary": exercise.secondaryTargets = context.textList(value, field: "secondary", example: "hamstrings")
                case "per-side": exercise.perSide = context.boolean(value, field: "per-side")
                case "equipment": exercise.equipment = context.textList(value, field: "equipment", example: "mat")
                case "cues": exercise.cues = context.textList(value, field: "cues", example: "Squeeze the glutes")
                case "harder": exercise.harder = context.identifier(value, field: "harder")
                case "alternative": exercise.alternative = context.identifier(value, field: "alternative")
                case "bar": exercise.bar = context.load(value, field: "bar", allowPercent: false).flatMap { load in
                    if case .mass(let thousandths, let unit?) = load.value { return Located(Mass(thousandths: thousandths, unit: unit), at: load.span) }
                    context.error(.invalidLoad, "`bar` is the bar's weight with its unit, like `20kg` or `45lb`", at: value)
                    return nil
                }
                case "rounding": exercise.rounding = context.rounding(value)
                case "fit", "garmin":
                    if exercise.fit != nil {
                        context.error(.conflictingFields, "exercise `\(id.value)` has both `fit` and `garmin`, which are the same key; keep one", at: keyNode)
                    } else {
                        exercise.fit = context.fitExercise(value, key: key)
                    }
                case "aliases": exercise.aliases = context.textList(value, field: "aliases", example: "Romanian Deadlift (Barbell)")
                default: break
                }
            }
            return exercise
        }
    }

    mutating func sessions(_ node: YAMLNodeID) -> [SessionSpec] {
        definitions(node, field: "sessions", what: "sessions").map { id, value in
            var session = SessionSpec(id: id)
            entries(of: value, as: SpecObjects.session, context: "session `\(id.value)`") { context, key, keyNode, value in
                switch key {
                case "title": session.title = context.text(value, field: "title", example: "Hip mobility")
                case "at": session.at = context.timeOfDay(value, field: "at")
                case "duration": session.duration = context.duration(value, field: "duration", example: "45min", range: 60...86_400, bare: .minutes)
                case "location": session.location = context.text(value, field: "location", example: "Track")
                case "notes": session.notes = context.text(value, field: "notes")
                case "items":
                    session.itemsSpan = context.span(keyNode)
                    session.itemsWritten = context.document.kind(of: value) == .sequence ? context.document.items(of: value).count : 1
                    session.items = context.items(value, session: id.value)
                default: break
                }
            }
            return session
        }
    }

    mutating func items(_ node: YAMLNodeID, session: String) -> [ItemSpec] {
        guard document.kind(of: node) == .sequence else {
            error(.wrongShape, "`items` of session `\(session)` should be a list, each item starting with `- exercise:`, but here it is \(shapeName(node))", at: node)
            return []
        }
        return document.items(of: node).compactMap { item in
            let isGroup = document.kind(of: item) == .mapping && document.entries(of: item).contains {
                let key = document.scalar($0.key)
                return key == "superset" || key == "circuit"
            }
            return isGroup ? group(item).map(ItemSpec.group) : prescription(item, inGroup: false).map(ItemSpec.exercise)
        }
    }

    mutating func group(_ node: YAMLNodeID) -> GroupSpec? {
        var result: GroupSpec?
        var pending: (rounds: Located<Int>?, rest: Located<Int>?, notes: Located<String>?) = (nil, nil, nil)
        entries(of: node, as: SpecObjects.group, context: "this superset or circuit") { context, key, keyNode, value in
            switch key {
            case "superset", "circuit":
                let kind = Located(key == "superset" ? GroupSpec.Kind.superset : .circuit, at: context.span(keyNode))
                if result != nil {
                    context.error(.conflictingFields, "an item is either a superset or a circuit, not both", at: keyNode)
                    return
                }
                var group = GroupSpec(kind: kind, span: context.span(node))
                guard context.document.kind(of: value) == .sequence, !context.document.items(of: value).isEmpty else {
                    context.error(.wrongShape, "`\(key)` should be a list of exercises, each starting with `- exercise:`", at: value)
                    result = group
                    return
                }
                group.exercises = context.document.items(of: value).compactMap { context.prescription($0, inGroup: true) }
                result = group
            case "rounds": pending.rounds = context.integer(value, field: "rounds", range: SpecLimits.rounds, example: "3")
            case "rest": pending.rest = context.duration(value, field: "rest", example: "90s", range: 0...3600)
            case "notes": pending.notes = context.text(value, field: "notes")
            default: break
            }
        }
        result?.rounds = pending.rounds
        result?.rest = pending.rest
        result?.notes = pending.notes
        return result
    }

    mutating func prescription(_ node: YAMLNodeID, inGroup: Bool) -> PrescriptionSpec? {
        if document.kind(of: node) == .scalar, !document.isNull(node), let name = document.scalar(node) {
            error(.wrongShape, "an item is a mapping; write `- exercise: \(name)` and what to do, such as `sets:` and `reps:`", at: node,
                  fix: FixIt("name the exercise", replacing: span(node), with: "exercise: \(name)"))
            return nil
        }
        var item = PrescriptionSpec(span: span(node))
        let written = entries(of: node, as: SpecObjects.item, context: "this item") { context, key, keyNode, value in
            switch key {
            case "exercise": item.exercise = context.identifier(value, field: "exercise")
            case "sets":
                if inGroup {
                    context.error(.conflictingFields, "in a superset or circuit the number of sets comes from `rounds`; remove `sets` here", at: keyNode)
                } else {
                    context.setsOrGroups(value, item: &item)
                }
            case "reps":
                if let both = context.setsAndRepsTogether(in: node, key: keyNode, value: value, inGroup: inGroup) {
                    item.reps = both.reps
                    item.sets = item.sets ?? both.sets
                } else if context.document.kind(of: value) == .scalar, let raw = context.document.scalar(value),
                          let count = CommonSlips.withoutPerSideWords(raw) {
                    item.reps = context.reps(text: count, raw: raw, node: value, field: "reps")
                    item.repsPerSide = item.reps.map { Located(count, at: $0.span) }
                } else {
                    item.reps = context.reps(value, field: "reps")
                }
            case "load": item.load = context.load(value, field: "load")
            case "hold": item.hold = context.duration(value, field: "hold", example: "30s", range: 1...3600)
            case "duration": item.duration = context.duration(value, field: "duration", example: "20min", bare: .unknown)
            case "distance": item.distance = context.distance(value, field: "distance")
            case "rest": (item.rest, item.restActivity) = context.rest(value)
            case "target": item.target = context.text(value, field: "target", example: "5k pace")
            case "tempo": item.tempo = context.tempo(value, field: "tempo")
            case "rpe": item.rpe = context.rpe(value, field: "rpe")
            case "rir": item.rir = context.integer(value, field: "rir", range: 0...10, example: "2")
            case "side": item.side = context.choice(value, field: "side", choices: [("left", "left"), ("right", "right")])
            case "notes": item.notes = context.text(value, field: "notes")
            case "optional": item.optional = context.boolean(value, field: "optional")
            case "progress": item.progress = context.progress(value, unreadable: &item.unreadableRuleKeys)
            case "training-max": item.trainingMax = context.identifier(value, field: "training-max")
            case "lift": item.lift = context.identifier(value, field: "lift")
            case "warm-up": item.warmUp = context.warmUpReference(value)
            case "deload": item.ownDeload = context.ownDeload(value)
            default: break
            }
        }
        item.writtenKeys = written.accepted
        item.hasUnknownKeys = written.hasUnknownKeys || !written.isMapping
        return item
    }

    mutating func schedule(_ node: YAMLNodeID) -> [ScheduleDaySpec] {
        guard document.kind(of: node) == .mapping else {
            error(.wrongShape, "`schedule` should map weekdays to sessions, like `mon: strength-a`, but here it is \(shapeName(node))", at: node)
            return []
        }
        var days: [ScheduleDaySpec] = []
        for (keyNode, value) in document.entries(of: node) {
            let key = document.scalar(keyNode) ?? ""
            let names = listItems(value).compactMap { text($0, field: key, example: "strength-a") }
            guard let day = weekdayKey(key, at: keyNode) else {
                days.append(ScheduleDaySpec(day: nil, sessions: names.filter { $0.value != "rest" }, isRest: false))
                continue
            }
            let located = Located(day, at: span(keyNode))
            if names.count == 1, names[0].value == "rest" {
                days.append(ScheduleDaySpec(day: located, sessions: [], isRest: true))
            } else if names.contains(where: { $0.value == "rest" }) {
                error(.conflictingFields, "`\(key)` lists sessions and `rest`; a day is either a rest day or a training day", at: value)
                days.append(ScheduleDaySpec(day: located, sessions: names.filter { $0.value != "rest" }, isRest: false))
            } else {
                days.append(ScheduleDaySpec(day: located, sessions: names, isRest: names.isEmpty))
            }
        }
        return days
    }
}

extension DecodingContext {
    /// A weekday written `mon` … `sun`; anything else is reported (with the three letters to
    /// write) and gives `nil`.
    mutating func weekdayKey(_ text: String, at node: YAMLNodeID) -> Weekday? {
        if let day = Weekday.allCases.first(where: { $0.key == text }) { return day }
        let lower = text.lowercased()
        let abbreviated = Weekday.allCases.first { lower.count > 3 && $0.name.lowercased().hasPrefix(lower) }?.key
        if let day = Weekday.allCases.first(where: { lower == $0.name.lowercased() || lower == $0.key }) {
            error(.invalidWeekday, "write weekdays as three letters: `\(day.key)`, not `\(text)`", at: node,
                  fix: FixIt("write `\(day.key)`", replacing: span(node), with: day.key))
        } else if let suggestion = abbreviated ?? Suggestions.closest(to: lower, in: Weekday.allCases.map(\.key)) {
            error(.invalidWeekday, "`\(text)` is not a weekday; did you mean `\(suggestion)`?", at: node,
                  fix: FixIt("write `\(suggestion)`", replacing: span(node), with: suggestion))
        } else {
            error(.invalidWeekday, "`\(text)` is not a weekday; use `mon`, `tue`, `wed`, `thu`, `fri`, `sat` or `sun`", at: node)
        }
        return nil
    }

    /// A weekday as a value, like `week-starts: mon`.
    mutating func weekday(_ node: YAMLNodeID, field: String) -> Located<Weekday>? {
        guard let raw = scalarText(node, field: field, expecting: "mon") else { return nil }
        return weekdayKey(raw.trimmingSpaces, at: node).map { Located($0, at: span(node)) }
    }
}

/// Rules for names used as keys and references.
public enum Identifier {
    /// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit, at most 64 characters.
    public static func isValid(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first, bytes.count <= 64, isLowerAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// A valid identifier made from any text: `Glute Bridge!` → `glute-bridge`, `María González`
    /// → `maria-gonzalez`. Latin letters with diacritics are transliterated (`ß` → `ss`, `ø` → `o`,
    /// see `Transliteration`); every other run of characters, letters of other scripts included,
    /// becomes one hyphen, and combining marks are dropped.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in Transliteration.latinToASCII(text).lowercased().unicodeScalars {
            if scalar.isASCII, isLowerAlphanumeric(UInt8(scalar.value)) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar.properties.generalCategory != .nonspacingMark {
                pendingHyphen = true
            }
        }
        return String(result.prefix(64))
    }

    /// True when `text` holds letters or digits that `slug` cannot write in ASCII (Greek,
    /// Cyrillic, Han, …): a slug of it would silently lose part of the name.
    public static func hasLettersBeyondLatin(_ text: String) -> Bool {
        Transliteration.latinToASCII(text).unicodeScalars.contains {
            !$0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
