import Diagnostics
import ProgramSpec
import RegimenValues
import ZoneInfo

/// The athletes a program is compiled for: one from `athlete:`, or a roster.
extension CheckPass {
    mutating func checkAthletes() -> [CheckedAthlete]? {
        guard let start = spec.start?.value, let zoneName = spec.timeZone, let zone = timeZoneRules(zoneName) else { return nil }
        // Weeks begin on `week-starts` (by default the weekday of `start`) for every athlete, so an athlete who
        // starts mid-week begins week 1 on the next such day rather than running the weeks from another weekday.
        let weekStarts = spec.weekStarts?.value ?? start.weekday
        for set in spec.equipmentSets { checkEquipmentNames(set.equipment) }
        let sources = [spec.athlete.map { ("athlete", $0.span) }, spec.athletes.map { _ in ("athletes", spec.athletesSpan ?? spec.span) },
                       spec.roster.map { ("roster", $0.span) }].compactMap { $0 }
        if sources.count > 1 {
            error(.conflictingFields, "give the athletes one way: `\(sources[0].0)` or `\(sources[1].0)`, not both", at: sources[1].1)
            return nil
        }
        let specs = spec.athletes ?? roster?.athletes
        guard let specs else {
            if rosterIncomplete { return nil }
            let name = spec.athlete?.value
            let id = name.map(Identifier.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "athlete"
            let athlete = CheckedAthlete(id: id, name: name, start: Self.weekStart(onOrAfter: start, on: weekStarts), timeZone: zone, units: nil,
                                         trainingMaxes: [:], loads: [:])
            checkOneRepMaxUses(for: [(athlete, nil)])
            checkTrainingMaxUses(for: [(athlete, nil)], specs: [])
            return [athlete]
        }
        if specs.isEmpty {
            error(.missingKey, "the roster lists no athletes; add one like `- name: Alex Morgan`", at: spec.roster?.span ?? spec.span)
            return nil
        }
        var athletes: [(CheckedAthlete, AthleteSpec?)] = []
        var ids: [String: (span: SourceSpan, fromName: String?)] = [:]
        for (position, athlete) in specs.enumerated() {
            if athlete.id == nil, Identifier.hasLettersBeyondLatin(athlete.name.value) {
                error(.invalidName,
                      "athlete `\(athlete.name.value)` needs an `id:`; ids are lowercase Latin letters, digits and hyphens, and only Latin letters are transliterated from names, so add a line like `id: athlete-\(position + 1)`",
                      at: athlete.name.span)
                continue
            }
            let id = athlete.id?.value ?? Identifier.slug(athlete.name.value)
            guard !id.isEmpty else {
                error(.invalidName, "athlete `\(athlete.name.value)` needs an `id` made of lowercase letters, digits and hyphens", at: athlete.name.span)
                continue
            }
            if let first = ids[id] {
                let message = if let firstName = first.fromName, athlete.id == nil {
                    "athletes `\(firstName)` and `\(athlete.name.value)` both get the id `\(id)` from their names; give one of them an `id:` of its own"
                } else {
                    "two athletes have the id `\(id)`; give one of them an `id:` of its own"
                }
                error(.duplicateDefinition, message, at: athlete.id?.span ?? athlete.name.span, notes: [DiagnosticNote("the first is here", at: first.span)])
                continue
            }
            ids[id] = (athlete.id?.span ?? athlete.name.span, athlete.id == nil ? athlete.name.value : nil)
            let rules = athlete.timeZone.map { timeZoneRules($0) } ?? zone
            let units = athlete.units?.value
            var oneRepMaxes: [String: Mass] = [:]
            for (key, load) in athlete.oneRepMaxes {
                if case .mass(let thousandths, let unit?) = load.value { oneRepMaxes[key.value] = Mass(thousandths: thousandths, unit: unit) }
            }
            var maxes: [String: Mass] = [:]
            for (key, load) in athlete.trainingMaxes {
                switch load.value {
                case .mass(let thousandths, let unit):
                    maxes[key.value] = Mass(thousandths: thousandths, unit: unit ?? units ?? programUnits)
                case .percent(let tenths):
                    if let oneRepMax = oneRepMaxes[key.value] {
                        maxes[key.value] = Self.share(tenths, of: oneRepMax)
                    } else if !athlete.unreadableKeys.contains(key.value) {
                        error(.missingTrainingMax,
                              "the training max of `\(key.value)` is \(DecimalText.thousandths(Int64(tenths) * 100))% of \(athlete.name.value)'s one-rep max, and there is none; add `one-rep-max: { \(key.value): 140kg }`",
                              at: load.span)
                    }
                default:
                    error(.invalidLoad, "a training max is a load like `100kg`", at: load.span)
                }
            }
            // A share of the one-rep max (`training-max: 90%`, the athlete's or the program's) gives
            // the training max of every lift with a 1RM and no training max of its own.
            if let share = athlete.trainingMaxPercent?.value ?? spec.trainingMaxPercent?.value {
                for (key, oneRepMax) in oneRepMaxes where maxes[key] == nil { maxes[key] = Self.share(share, of: oneRepMax) }
            }
            var loads: [Int: CheckedLoad] = [:]
            for (exercise, load) in athlete.loads {
                guard let index = resolveExercise(exercise) else { continue }
                switch load.value {
                case .mass(let thousandths, let unit):
                    let mass = Mass(thousandths: thousandths, unit: unit ?? units ?? programUnits)
                    loads[index] = .mass(mass)
                    for cap in loadCaps where cap.exercise == index && cap.cap < mass {
                        error(.capBelowStart, "\(athlete.name.value)'s starting load \(mass) for `\(exercise.value)` is above the cap \(cap.cap)",
                              at: load.span, notes: [DiagnosticNote("the cap is here", at: cap.span)])
                    }
                case .bodyweight(let added): loads[index] = .bodyweight(added: added)
                case .percent: break
                }
            }
            guard let rules else { continue }
            var checked = CheckedAthlete(
                id: id, name: athlete.name.value,
                start: Self.weekStart(onOrAfter: athlete.start?.value ?? start, on: athlete.weekStarts?.value ?? weekStarts),
                timeZone: rules, units: units, trainingMaxes: maxes, loads: loads)
            checked.oneRepMaxes = oneRepMaxes
            checkOverrides(athlete, into: &checked)
            athletes.append((checked, athlete))
        }
        checkTrainingMaxUses(for: athletes, specs: specs)
        checkOneRepMaxUses(for: athletes)
        return athletes.count == specs.count ? athletes.map(\.0) : nil
    }

    /// `share` tenths of a percent of `mass`, to a thousandth of its unit.
    static func share(_ tenths: Int, of mass: Mass) -> Mass {
        Mass(thousandths: (mass.thousandths * Int64(tenths) + 500) / 1000, unit: mass.unit)
    }

    /// Loads by RPE with no top set come from an estimated one-rep max: the athlete's 1RM, or their
    /// training max divided by the program's share.
    mutating func checkOneRepMaxUses(for athletes: [(athlete: CheckedAthlete, spec: AthleteSpec?)]) {
        var reported: Set<String> = []
        for use in oneRepMaxUses {
            for (athlete, spec) in athletes where athlete.oneRepMaxes[use.key] == nil && spec?.unreadableKeys.contains(use.key) != true {
                let share = spec?.trainingMaxPercent?.value ?? self.spec.trainingMaxPercent?.value
                if share != nil, athlete.trainingMaxes[use.key] != nil { continue }
                guard reported.insert("\(use.key)/\(athlete.id)").inserted else { continue }
                let who = spec.map { "athlete \($0.name.value) has" } ?? "the athlete has"
                error(.missingOneRepMax,
                      "`\(use.exercise)` is loaded by RPE from an estimated one-rep max, and \(who) none for `\(use.key)`; add `one-rep-max: { \(use.key): 140kg }`",
                      at: use.span, notes: spec.map { [DiagnosticNote("\($0.name.value) is defined here", at: $0.span)] } ?? [])
            }
        }
    }

    /// Every percentage needs a training max for every athlete; every training max should be used.
    mutating func checkTrainingMaxUses(for athletes: [(athlete: CheckedAthlete, spec: AthleteSpec?)], specs: [AthleteSpec]) {
        var reported: Set<String> = []
        for use in trainingMaxUses {
            for (athlete, spec) in athletes where athlete.trainingMaxes[use.key] == nil {
                guard reported.insert("\(use.key)/\(athlete.id)").inserted else { continue }
                // A training max written as a share of a one-rep max that is missing or unreadable is reported already.
                if let spec, spec.unreadableKeys.contains(use.key) || spec.trainingMaxes.contains(where: { $0.key.value == use.key }) { continue }
                guard let spec else {
                    error(.missingTrainingMax,
                          "`\(use.exercise)` is loaded as a percentage of a training max, and percentages need one; list the athlete under `athletes:` with `training-max: { \(use.key): 100kg }`",
                          at: use.span)
                    continue
                }
                error(.missingTrainingMax,
                      "`\(use.exercise)` is loaded as a percentage of a training max, but athlete \(spec.name.value) has no training max for `\(use.key)`; add `training-max: { \(use.key): 100kg }` to the athlete",
                      at: use.span, notes: [DiagnosticNote("\(spec.name.value) is defined here", at: spec.span)])
            }
        }
        let usedKeys = Set(trainingMaxUses.map(\.key))
        // With exercises missing (an include that could not be read), their items are too.
        for athlete in specs where !exercisesIncomplete {
            for (key, _) in athlete.oneRepMaxes where !usedKeys.contains(key.value) && !oneRepMaxUses.contains(where: { $0.key == key.value }) {
                let suggestion = Suggestions.closest(to: key.value, in: Array(usedKeys).sorted())
                warning(.unusedDefinition,
                        "no item uses the one-rep max `\(key.value)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
                        at: key.span, fix: suggestion.map { FixIt("write `\($0)`", replacing: key.span, with: $0) })
            }
            for (key, _) in athlete.trainingMaxes where !usedKeys.contains(key.value) && !possibleTrainingMaxKeys.contains(key.value) {
                let suggestion = Suggestions.closest(to: key.value, in: Array(usedKeys).sorted())
                warning(.unusedDefinition,
                        "no item uses the training max `\(key.value)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
                        at: key.span, fix: suggestion.map { FixIt("write `\($0)`", replacing: key.span, with: $0) })
            }
        }
    }

    /// The rules of the zone named `zone`, or `nil` after reporting why it cannot be used. Only
    /// IANA `Area/Location` names and `UTC` are accepted (see `ZoneCatalog`).
    mutating func timeZoneRules(_ zone: Located<String>) -> ZoneRules? {
        let name = zone.value
        // The common case needs no list of names: an `Area/Location` name (or UTC) whose zone
        // data loads is one. Reading the list (tzdata.zi) costs more than checking a program.
        if name == "UTC" || name == "Etc/UTC" || ZoneCatalog.isGeographic(name), case .success(let rules) = zones.rules(for: name) {
            return rules
        }
        let catalog = zones.catalog()
        func write(_ replacement: String) -> FixIt { FixIt("write `\(replacement)`", replacing: zone.span, with: replacement) }
        let elsewhere = "if the athlete is elsewhere, write their own city's zone"
        switch ZoneNaming.verdict(for: name, in: catalog) {
        case .usable:
            break
        case .abbreviation(let likely, let others):
            let what = name.contains(where: \.isNumber)
                ? "a POSIX-style rule, not a time zone: it follows one country's daylight-saving law wherever the athlete is"
                : "an abbreviation, not a time zone: it names one UTC offset, so sessions on the other side of a daylight-saving change would be an hour off"
            let places = others.filter { $0 != "UTC" }.map { "`\($0)`" }
            var notes = places.isEmpty ? [] : [DiagnosticNote("\(elsewhere), such as \(places.joined(separator: " or "))")]
            if others.contains("UTC") { notes.append(DiagnosticNote("for a clock that never changes, write `UTC`")) }
            error(.timeZoneNotIANA, "`\(name)` is \(what); write the zone of the athlete's city, like `\(likely)`", at: zone.span,
                  notes: notes, fix: write(likely))
            return nil
        case .fixedOffset(let seconds, let likely):
            let inverted = name.uppercased().hasPrefix("ETC/GMT") ? " (`Etc/GMT` names invert the sign: this one is UTC\(Self.offsetText(seconds)))" : ""
            error(.timeZoneNotIANA,
                  "`\(name)` is a fixed UTC offset\(inverted), not a time zone: it never changes for daylight-saving time, so sessions on the other side of a change would be an hour off; write the zone of the athlete's city, like `\(likely ?? "Europe/London")`",
                  at: zone.span, notes: likely.map { [DiagnosticNote("`\($0)` is a guess from the offset; \(elsewhere)")] } ?? [], fix: likely.map(write))
            return nil
        case .legacyAlias(let canonical):
            warning(.legacyTimeZoneName,
                    canonical == "UTC" ? "`\(name)` is another name for UTC; write `UTC`"
                                       : "`\(name)` is an old name the zone data keeps for compatibility; write `\(canonical)`, the name calendars expect",
                    at: zone.span, fix: write(canonical))
        case .unknown(let likely):
            unknownTimeZone(zone, likely: likely, in: catalog)
            return nil
        }
        switch zones.rules(for: name) {
        case .success(let rules):
            return rules
        case .failure(.unreadable(let reason)):
            error(.unknownTimeZone, "the zone data for `\(name)` cannot be read (\(reason)); reinstall the system's tzdata", at: zone.span)
        case .failure(.unknownZone):
            // Only when the catalog is incomplete (no tzdata.zi) or the data lacks a listed file.
            unknownTimeZone(zone, likely: ZoneNaming.likelyZone(for: name, in: catalog), in: catalog)
        }
        return nil
    }

    /// "`New York` is not a time zone; did you mean `America/New_York`?", or a misspelling's
    /// closest usable zone name.
    mutating func unknownTimeZone(_ zone: Located<String>, likely: String?, in catalog: ZoneCatalog) {
        let suggestion = likely
            ?? Suggestions.closest(to: zone.value, in: catalog.usableNames.filter { $0 != zone.value })
            ?? Suggestions.closest(to: ZoneCatalog.cityKey(zone.value.split(separator: "/").last ?? ""), in: catalog.cityKeys)
                .flatMap { catalog.cities[$0] }
        if let suggestion {
            error(.unknownTimeZone, "`\(zone.value)` is not a time zone; did you mean `\(suggestion)`?", at: zone.span,
                  fix: FixIt("write `\(suggestion)`", replacing: zone.span, with: suggestion))
        } else {
            error(.unknownTimeZone,
                  "`\(zone.value)` is not a time zone; use the IANA name of the athlete's city, like `Europe/London` or `America/New_York`",
                  at: zone.span)
        }
    }

    /// `-18000` → `−05:00`; `19800` → `+05:30`.
    static func offsetText(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        let hours = minutes / 60
        return (seconds < 0 ? "\u{2212}" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }
}
