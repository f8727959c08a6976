import RegimenPlan

/// Compares one athlete's sessions in two plans by session identity (the calendar UID): sessions
/// added, cancelled, moved, renamed and changed, and each exercise's changes, gathered into
/// lines. Linear in the number of sessions: sessions are matched through a dictionary, and
/// exercises within a session likewise.
struct AthleteComparison {
    let old: AthletePlan?
    let new: AthletePlan?
    let oldPlan: Plan
    let newPlan: Plan

    /// What makes a session the same across versions: the identity without program and athlete,
    /// so that a program whose `id` changed still compares session by session.
    struct Slot: Hashable {
        var session: String
        var week: Int
        var occurrence: Int

        init(_ identity: SessionIdentity) {
            session = identity.session
            week = identity.week
            occurrence = identity.occurrence
        }
    }

    private var sessionGroups = ChangeGroups()
    private var exerciseGroups = ChangeGroups()
    private var lastWeeks: [String: Int] = [:]
    private var counts = SessionCounts()

    init(old: AthletePlan?, new: AthletePlan?, oldPlan: Plan, newPlan: Plan) {
        self.old = old
        self.new = new
        self.oldPlan = oldPlan
        self.newPlan = newPlan
    }

    mutating func run() -> AthleteDiff {
        let oldSessions = old?.sessions ?? []
        let newSessions = new?.sessions ?? []
        var oldIndex: [Slot: Int] = [:]
        oldIndex.reserveCapacity(oldSessions.count)
        for (index, session) in oldSessions.enumerated() {
            oldIndex[Slot(session.identity)] = index
            note(session.session, week: session.week)
        }
        var matched = [Bool](repeating: false, count: oldSessions.count)
        for session in newSessions {
            note(session.session, week: session.week)
            if let index = oldIndex[Slot(session.identity)] {
                matched[index] = true
                compare(oldSessions[index], session)
            } else {
                sessionAddedOrCancelled(session, added: true)
            }
        }
        for (index, session) in oldSessions.enumerated() where !matched[index] {
            sessionAddedOrCancelled(session, added: false)
        }
        if !exerciseGroups.isEmpty { noteLifts(exerciseGroups.extents) }
        let settings = settingChanges()
        let sessions = sessionGroups.changes(lastWeeks: lastWeeks)
        // A training max the athlete's settings changed is said once, there, not again per session.
        let maxes = Set(settings.filter { $0.aspect == .trainingMax }.map { "\($0.old ?? "")\u{0}\($0.new ?? "")" })
        let exercises = exerciseGroups.changes(lastWeeks: lastWeeks).filter {
            $0.aspect != .trainingMax || !maxes.contains("\($0.old ?? "")\u{0}\($0.new ?? "")")
        }
        let status: AthleteDiff.Status = switch (old, new) {
        case (nil, _): .added
        case (_, nil): .removed
        default: settings.isEmpty && sessions.isEmpty && exercises.isEmpty ? .unchanged : .changed
        }
        let athlete = new ?? old
        return AthleteDiff(
            id: athlete?.id ?? "", name: athlete?.name, status: status, changes: settings, sessions: sessions,
            exercises: exercises, counts: counts)
    }

    private mutating func note(_ extent: String, week: Int) {
        if week > lastWeeks[extent, default: 0] { lastWeeks[extent] = week }
    }

    /// The last week each lift with a change appears in, on either side, for "from week N":
    /// sessions are in date order, so each side is read from its end until every lift is found.
    private mutating func noteLifts(_ extents: Set<String>) {
        let wanted = extents.filter { $0.hasPrefix("lift:") }
        for sessions in [old?.sessions ?? [], new?.sessions ?? []] {
            var found: Set<String> = []
            for session in sessions.reversed() {
                for entry in SessionEntry.entries(session.items) {
                    let extent = "lift:" + entry.liftKey
                    if wanted.contains(extent), found.insert(extent).inserted { note(extent, week: session.week) }
                }
                if found.count == wanted.count { break }
            }
        }
    }

    // MARK: Sessions

    private func occurrence(_ session: SessionInstance, old: String?, new: String?) -> Occurrence {
        Occurrence(uid: session.identity.calendarUID, session: session.session, week: session.week, date: session.date, old: old, new: new)
    }

    /// `Saturday 07:00`, or `Saturday` for an all-day session.
    static func slot(_ session: SessionInstance) -> String {
        session.start.map { "\(session.weekday.name) \($0)" } ?? session.weekday.name
    }

    private mutating func sessionAddedOrCancelled(_ session: SessionInstance, added: Bool) {
        if added { counts.added += 1 } else { counts.cancelled += 1 }
        let slot = Self.slot(session)
        sessionGroups.add((added ? "+" : "-") + session.session, occurrence(session, old: added ? nil : slot, new: added ? slot : nil)) {
            ChangeGroups.Group(
                kind: added ? .added : .removed, aspect: .session, subject: session.title, session: session.session,
                extent: session.session, label: added ? "added:" : "cancelled:")
        }
    }

    private mutating func compare(_ old: SessionInstance, _ new: SessionInstance) {
        if old.date != new.date || old.start != new.start {
            counts.moved += 1
            moved(old, new)
        }
        if old.title != new.title {
            counts.renamed += 1
            sessionGroups.add("renamed\u{0}\(new.session)\u{0}\(old.title)\u{0}\(new.title)", occurrence(new, old: old.title, new: new.title)) {
                ChangeGroups.Group(
                    kind: .renamed, aspect: .title, subject: new.title, session: new.session, extent: new.session, label: "",
                    fixedWhat: "\(old.title) renamed to \(new.title)")
            }
        }
        var changed = false
        func detail(_ aspect: ChangeAspect, _ before: String?, _ after: String?, label: String) {
            guard before != after else { return }
            changed = true
            sessionGroups.add("\(aspect.rawValue)\u{0}\(new.session)", occurrence(new, old: before ?? "none", new: after ?? "none")) {
                ChangeGroups.Group(kind: .changed, aspect: aspect, subject: new.title, session: new.session, extent: new.session, label: label)
            }
        }
        if !old.durationIsEstimate || !new.durationIsEstimate {
            func stated(_ session: SessionInstance) -> String? {
                session.durationIsEstimate ? nil : PlanText.duration(session.durationMinutes * 60)
            }
            detail(.duration, stated(old), stated(new), label: "duration")
        }
        detail(.location, old.location, new.location, label: "location")
        detail(.notes, old.notes, new.notes, label: "notes")
        if old.items != new.items, compareItems(old, new) { changed = true }
        if changed { counts.changed += 1 }
    }

    private mutating func moved(_ old: SessionInstance, _ new: SessionInstance) {
        let days = new.date.daysSinceEpoch - old.date.daysSinceEpoch
        let what: String
        let key: String
        if abs(days) < 7 {
            what = "\(new.title) moves \(ValuePairs.arrow(Self.slot(old), Self.slot(new), sharingPrefixAt: " "))"
            key = "\(Self.slot(old))\u{0}\(Self.slot(new))\u{0}\(days)"
        } else {
            let shift = abs(days) % 7 == 0
                ? (abs(days) == 7 ? "a week" : "\(abs(days) / 7) weeks") : "\(abs(days)) days"
            var text = "\(new.title) moves \(shift) \(days > 0 ? "later" : "earlier")"
            if old.weekday != new.weekday { text += ", \(old.weekday.name) → \(new.weekday.name)" }
            if old.start != new.start { text += ", \(old.start?.description ?? "all day") → \(new.start?.description ?? "all day")" }
            what = text
            key = "\(days)\u{0}\(Self.slot(old))\u{0}\(Self.slot(new))"
        }
        let before = old.start.map { "\(old.date) \($0)" } ?? old.date.description
        let after = new.start.map { "\(new.date) \($0)" } ?? new.date.description
        sessionGroups.add("moved\u{0}\(new.session)\u{0}\(key)", occurrence(new, old: before, new: after)) {
            ChangeGroups.Group(kind: .moved, aspect: .time, subject: new.title, session: new.session, extent: new.session, label: "",
                               fixedWhat: what)
        }
    }

    // MARK: Exercises

    /// Records what changed in the exercises of a session; true when something did.
    private mutating func compareItems(_ old: SessionInstance, _ new: SessionInstance) -> Bool {
        let oldEntries = SessionEntry.entries(old.items)
        let newEntries = SessionEntry.entries(new.items)
        let matches = SessionEntry.match(old: oldEntries, new: newEntries)
        let oldText = EntryText(plan: oldPlan), newText = EntryText(plan: newPlan)
        var changed = false
        var newMatched = [Bool](repeating: false, count: newEntries.count)
        var previous = -1
        var reordered = false
        for (index, entry) in oldEntries.enumerated() {
            guard let found = matches[index] else {
                changed = true
                entryAddedOrRemoved(entry, in: old, text: oldText, added: false)
                continue
            }
            newMatched[found] = true
            if found < previous { reordered = true }
            previous = found
            if compareEntry(entry, newEntries[found], in: new, oldText: oldText, newText: newText) { changed = true }
        }
        for (index, entry) in newEntries.enumerated() where !newMatched[index] {
            changed = true
            entryAddedOrRemoved(entry, in: new, text: newText, added: true)
        }
        if reordered {
            changed = true
            let before = oldEntries.enumerated().filter { matches[$0.offset] != nil }
                .map { oldText.name($0.element.prescription.exercise) }.joined(separator: ", ")
            let after = newEntries.enumerated().filter { newMatched[$0.offset] }
                .map { newText.name($0.element.prescription.exercise) }.joined(separator: ", ")
            sessionGroups.add("order\u{0}\(new.session)", occurrence(new, old: before, new: after)) {
                ChangeGroups.Group(kind: .changed, aspect: .order, subject: new.title, session: new.session, extent: new.session,
                                   label: "order:")
            }
        }
        return changed
    }

    private mutating func entryAddedOrRemoved(_ entry: SessionEntry, in session: SessionInstance, text: EntryText, added: Bool) {
        let sets = text.workSets(entry.prescription, countShown: true)
        let key = (added ? "+" : "-") + entry.liftKey + "\u{0}" + session.session
        exerciseGroups.add(key, occurrence(session, old: added ? nil : sets, new: added ? sets : nil)) {
            ChangeGroups.Group(
                kind: added ? .added : .removed, aspect: .exercise, subject: text.name(entry.prescription.exercise),
                session: session.session, exercise: entry.prescription.exercise, lift: entry.prescription.lift,
                extent: "lift:" + entry.liftKey, label: added ? "added to \(session.title):" : "removed from \(session.title): was")
        }
    }

    /// Records each aspect of an exercise that changed; true when one did.
    private mutating func compareEntry(
        _ old: SessionEntry, _ new: SessionEntry, in session: SessionInstance, oldText: EntryText, newText: EntryText
    ) -> Bool {
        let before = old.prescription, after = new.prescription
        var changed = false
        func record(_ aspect: ChangeAspect, _ was: String?, _ now: String?, label: String, prefixAt: String? = nil,
                    fields: SetFieldChanges? = nil) {
            guard was != now else { return }
            changed = true
            let key = "\(aspect.rawValue)\u{0}\(new.liftKey)"
            var instance = occurrence(session, old: was ?? "none", new: now ?? "none")
            instance.fields = fields?.fields ?? []
            instance.fieldChange = fields?.single
            exerciseGroups.add(key, instance) {
                ChangeGroups.Group(
                    kind: .changed, aspect: aspect, subject: newText.name(new.named), session: nil, exercise: after.exercise,
                    lift: after.lift, extent: "lift:" + new.liftKey, label: label, sharesPrefixAt: prefixAt)
            }
        }
        if before.exercise != after.exercise {
            changed = true
            let key = "exercise\u{0}\(new.liftKey)"
            exerciseGroups.add(key, occurrence(session, old: oldText.name(before.exercise), new: newText.name(after.exercise))) {
                ChangeGroups.Group(
                    kind: .changed, aspect: .exercise, subject: oldText.name(old.named), exercise: after.exercise, lift: after.lift,
                    extent: "lift:" + new.liftKey, label: "", showsSubject: false)
            }
        }
        let oldWork = before.sets.filter { !$0.isWarmUp }, newWork = after.sets.filter { !$0.isWarmUp }
        if oldWork != newWork || before.side != after.side || before.exercise != after.exercise {
            let counted = oldWork.count != newWork.count
            record(.sets, oldText.workSets(before, countShown: counted), newText.workSets(after, countShown: counted), label: "", prefixAt: " @ ",
                   fields: SetFieldChanges(old: oldWork, new: newWork, oldSide: before.side, newSide: after.side))
        }
        if before.sets.contains(where: \.isWarmUp) || after.sets.contains(where: \.isWarmUp) {
            record(.warmUp, oldText.warmUps(before), newText.warmUps(after), label: "warm-up")
        }
        if before.restSeconds != after.restSeconds || before.restActivity != after.restActivity
            || old.group?.restSeconds != new.group?.restSeconds || (old.group == nil) != (new.group == nil) {
            record(.rest, EntryText.rest(before, group: old.group), EntryText.rest(after, group: new.group), label: "rest")
        }
        if before.tempo != after.tempo { record(.tempo, before.tempo, after.tempo, label: "tempo") }
        if before.trainingMax != after.trainingMax {
            record(.trainingMax, before.trainingMax.map(PlanText.approximately), after.trainingMax.map(PlanText.approximately),
                   label: "training max")
        }
        if before.notes != after.notes { record(.notes, before.notes, after.notes, label: "notes") }
        if before.optional != after.optional {
            record(.optional, before.optional ? "optional" : "required", after.optional ? "optional" : "required", label: "")
        }
        if old.group?.shape != new.group?.shape {
            record(.grouping, oldText.grouping(old), newText.grouping(new), label: "")
        }
        return changed
    }

    // MARK: The athlete's settings

    private func settingChanges() -> [Change] {
        guard let old, let new else { return [] }
        var changes: [Change] = []
        func add(_ aspect: ChangeAspect, _ subject: String, _ before: String?, _ after: String?) {
            guard before != after else { return }
            let values = ValuePairs.arrow(before ?? "none", after ?? "none", sharingPrefixAt: nil)
            changes.append(Change(
                kind: .changed, aspect: aspect, subject: subject, when: "", what: "\(subject) \(values)", old: before, new: after,
                weeks: [], firstDate: nil, occurrences: []))
        }
        add(.name, "name", old.name, new.name)
        add(.start, "start", PlanText.longDate(old.startDate), PlanText.longDate(new.startDate))
        add(.timeZone, "time zone", old.timeZone.identifier, new.timeZone.identifier)
        add(.units, "units", old.units?.rawValue, new.units?.rawValue)
        var oldMaxes: [String: Mass] = [:]
        for max in old.trainingMaxes { oldMaxes[max.key] = max.mass }
        var keys = old.trainingMaxes.map(\.key)
        for max in new.trainingMaxes where oldMaxes[max.key] == nil { keys.append(max.key) }
        var newMaxes: [String: Mass] = [:]
        for max in new.trainingMaxes { newMaxes[max.key] = max.mass }
        for key in keys.sorted() {
            let name = newPlan.exercise(key)?.name ?? oldPlan.exercise(key)?.name ?? key
            add(.trainingMax, "training max for \(name)", oldMaxes[key]?.description, newMaxes[key]?.description)
        }
        return changes
    }
}
