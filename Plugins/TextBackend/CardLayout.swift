import RegimenPlan

/// Lays out the cards of one athlete as fixed-width text.
struct CardLayout {
    let width: Int
    let pageBreaks: Bool
    /// Lines a printed page holds; 0 for no paging. With paging, a session card that would not
    /// fit on what is left of a page starts a new one (a form feed), so no card is split unless
    /// it is longer than a page.
    var pageLength = 0
    /// Cards of sessions not yet logged get a row per set with blanks for what was done, so that
    /// the printed card is the log sheet; logged sessions show what was done.
    var logSheet = true
    /// Printable ASCII only (`text.ascii`): see `ASCIIText`.
    var ascii = false

    func document(plan: Plan, athlete: AthletePlan) -> String {
        pageLength > 0 ? paged(plan: plan, athlete: athlete) : continuous(plan: plan, athlete: athlete)
    }

    func continuous(plan: Plan, athlete: AthletePlan) -> String {
        var out = TextLines(width: width, ascii: ascii)
        header(plan: plan, athlete: athlete, into: &out)
        for week in 1...max(1, plan.program.weeks) {
            let sessions = athlete.sessions.filter { $0.week == week }
            out.blank()
            if pageBreaks, week > 1 { out.raw("\u{0C}") }
            overview(week: week, sessions: sessions, plan: plan, athlete: athlete, into: &out)
            for session in sessions {
                out.blank()
                card(SessionCard(session: session, plan: plan), into: &out)
            }
        }
        return out.text
    }

    /// The same blocks as `continuous` (header, each week's overview, each card), placed on pages
    /// of `pageLength` lines: a block that does not fit on what is left of the page starts a new
    /// one, and a blank line that would open a page is left out.
    func paged(plan: Plan, athlete: AthletePlan) -> String {
        var text = ""
        var used = 0
        func place(_ block: TextLines, newPage: Bool = false) {
            let lines = block.lineCount
            if used > 0, newPage || used + 1 + lines > pageLength {
                text += "\u{0C}"
                used = 0
            } else if used > 0 {
                text += "\n"
                used += 1
            }
            text += block.text
            // A block longer than a page runs over; the printer breaks it.
            used = lines > pageLength ? lines % pageLength : used + lines
        }
        var header = TextLines(width: width, ascii: ascii)
        self.header(plan: plan, athlete: athlete, into: &header)
        place(header)
        for week in 1...max(1, plan.program.weeks) {
            let sessions = athlete.sessions.filter { $0.week == week }
            var overview = TextLines(width: width, ascii: ascii)
            self.overview(week: week, sessions: sessions, plan: plan, athlete: athlete, into: &overview)
            place(overview, newPage: pageBreaks && week > 1)
            for session in sessions {
                var card = TextLines(width: width, ascii: ascii)
                self.card(SessionCard(session: session, plan: plan), into: &card)
                place(card)
            }
        }
        return text
    }

    func header(plan: Plan, athlete: AthletePlan, into out: inout TextLines) {
        out.rule("=")
        out.wrap(plan.program.name.uppercased())
        var people: [String] = []
        if let name = athlete.name { people.append("Athlete: \(name)") }
        if let coach = plan.program.coach { people.append("Coach: \(coach)") }
        if !people.isEmpty { out.wrap(people.joined(separator: " · ")) }
        out.wrap("\(plan.program.weeks) weeks from \(PlanText.longDate(athlete.startDate)) · times in \(athlete.timeZone.identifier)")
        if !plan.program.phases.isEmpty {
            out.wrap("Phases: " + plan.program.phases.map { phase in
                let weeks = phase.firstWeek == phase.lastWeek ? "week \(phase.firstWeek)" : "weeks \(phase.firstWeek)–\(phase.lastWeek)"
                return "\(phase.name) (\(weeks))"
            }.joined(separator: ", "))
        }
        if let notes = plan.program.notes {
            out.blank()
            out.wrap(notes)
        }
        if let last = athlete.sessions.compactMap({ session in session.record.map { $0.doneOn ?? session.date } }).max() {
            out.blank()
            out.wrap("Logged up to \(PlanText.longDate(last)). Sessions marked projected assume that every session until then succeeds; their numbers change as results are logged.")
        }
        out.rule("=")
    }

    func overview(week: Int, sessions: [SessionInstance], plan: Plan, athlete: AthletePlan, into out: inout TextLines) {
        let first = athlete.startDate.adding(days: 7 * (week - 1))
        let last = first.adding(days: 6)
        var title = "WEEK \(week) OF \(plan.program.weeks)"
        if let phase = sessions.first?.phase ?? plan.program.phases.first(where: { ($0.firstWeek...$0.lastWeek).contains(week) })?.name {
            title += " · \(phase)"
        }
        out.columns(title, "\(shortDate(first)) – \(shortDate(last)) \(last.year)")
        out.rule("-")
        for offset in 0..<7 {
            let date = first.adding(days: offset)
            let day = "\(String(date.weekday.name.prefix(3))) \(Padded.digits(date.day, 2)) \(String(PlanText.monthNames[date.month - 1].prefix(3)))"
            let onDay = sessions.filter { $0.date == date }
            if onDay.isEmpty {
                out.line("  \(day)         rest")
                continue
            }
            for (index, session) in onDay.enumerated() {
                let lead = index == 0 ? day : String(repeating: " ", count: day.count)
                let time = session.start?.description ?? "     "
                let minutes = (session.durationIsEstimate ? "~" : "") + "\(session.durationMinutes) min"
                out.columns("  \(lead)  \(time)  \(session.title)", minutes)
            }
        }
    }

    func card(_ card: SessionCard, into out: inout TextLines) {
        out.rule("=")
        out.columns(card.title, card.weekLine)
        out.columns(card.dateLine, card.timeLine)
        if let result = card.resultLine { out.wrap("Logged: " + result) }
        if let notes = card.notes { out.wrap(notes) }
        out.rule("-")
        let logged = card.resultLine != nil
        for entry in card.entries { self.entry(entry, indent: 1, logged: logged, into: &out) }
    }

    func entry(_ entry: SessionCard.Entry, indent: Int, logged: Bool = false, into out: inout TextLines) {
        let pad = String(repeating: " ", count: indent)
        let head = out.fold("\(pad)\(entry.label). \(entry.title)")
        let prescription = out.fold(entry.prescription)
        let inner = String(repeating: " ", count: indent + entry.label.count + 2)
        // A logged session shows what was done; a log sheet has a row per set: no boxes either way.
        let rows = !logged && logSheet && entry.logColumns != .none && !entry.setTargets.isEmpty
        let sheetGroup = !logged && logSheet && !entry.members.isEmpty
        let boxCount = logged || rows || sheetGroup ? 0 : entry.boxes
        let boxes = boxCount > 12 ? "\(boxCount) sets: ____" : Array(repeating: "[ ]", count: boxCount).joined(separator: " ")
        let prescriptionColumn = 36
        var combined = head
        if !prescription.isEmpty {
            combined += head.unicodeScalars.count + 2 <= prescriptionColumn
                ? String(repeating: " ", count: prescriptionColumn - head.unicodeScalars.count) + prescription
                : "  " + prescription
        }
        if combined.unicodeScalars.count + 2 + boxes.unicodeScalars.count <= width {
            out.columns(combined, boxes)
        } else {
            out.columns(head, boxes)
            out.wrap(prescription, indent: inner)
        }
        if !entry.details.isEmpty { out.wrap(entry.details.joined(separator: " · "), indent: inner) }
        for cue in entry.cues { out.wrap("- " + cue, indent: inner, continuation: inner + "  ") }
        if logged, let done = entry.done {
            out.wrap("done: " + (done.isEmpty ? "nothing logged" : done.joined(separator: " · ")), indent: inner, continuation: inner + "      ")
        } else if rows {
            logRows(entry, indent: inner, into: &out)
        }
        for member in entry.members { self.entry(member, indent: indent + entry.label.count + 2, logged: logged, into: &out) }
    }

    /// A row per set: a box, the set's number and target, and blanks for what was done.
    func logRows(_ entry: SessionCard.Entry, indent: String, into out: inout TextLines) {
        let blanks = switch entry.logColumns {
        case .loadRepsEffort: "load ______  reps ____  RPE ____"
        case .hold: "held ______"
        case .timeDistance: "time ______  distance ______  RPE ____"
        case .none: ""
        }
        // Widths are counted once per target; a row is measured before it is built.
        let counts = entry.setTargets.map { $0.unicodeScalars.count }
        let targetWidth = max(16, min(24, counts.max() ?? 0))
        let fixedWidth = indent.unicodeScalars.count + "[ ] ".count + "  ".count + "  ".count + blanks.unicodeScalars.count
        for (index, target) in entry.setTargets.enumerated() {
            let number = String(index + 1).leftPadded(2)
            if fixedWidth + number.utf8.count + max(counts[index], targetWidth) <= width {
                var row = indent
                row += "[ ] "
                row += number
                row += "  "
                row += target
                if counts[index] < targetWidth { row += String(repeating: " ", count: targetWidth - counts[index]) }
                row += "  "
                row += blanks
                out.line(row)
            } else {
                out.wrap("[ ] \(number)  \(target)", indent: indent, continuation: indent + "         ")
                out.line(indent + "         " + blanks)
            }
        }
    }

    func shortDate(_ date: CivilDate) -> String {
        "\(date.day) \(PlanText.monthNames[date.month - 1])"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        unicodeScalars.count >= width ? self : String(repeating: " ", count: width - unicodeScalars.count) + self
    }
}

/// Accumulates fixed-width lines. Widths count Unicode scalars, which matches the columns a
/// terminal or printer uses for the Latin text of programs.
struct TextLines {
    let width: Int
    /// Fold everything written to printable ASCII.
    let ascii: Bool
    private(set) var text = ""

    init(width: Int, ascii: Bool = false) {
        self.width = width
        self.ascii = ascii
    }

    /// `content` as it will be written: folded to ASCII when asked.
    func fold(_ content: String) -> String { ascii ? ASCIIText.fold(content) : content }

    /// Lines written with `line` (and everything built on it).
    private(set) var lineCount = 0

    mutating func line(_ content: String) {
        text += fold(content)
        text += "\n"
        lineCount += 1
    }

    mutating func raw(_ content: String) { text += content }

    mutating func blank() { line("") }

    mutating func rule(_ character: Character) { line(String(repeating: character, count: width)) }

    /// `left` and `right` on one line with `right` flush to the right edge; on two lines when
    /// they do not fit together.
    mutating func columns(_ left: String, _ right: String) {
        let (left, right) = (fold(left), fold(right))
        let gap = width - left.unicodeScalars.count - right.unicodeScalars.count
        if right.isEmpty {
            if left.unicodeScalars.count <= width { line(left) } else { wrap(left) }
        } else if gap >= 2 {
            line(left + String(repeating: " ", count: gap) + right)
        } else {
            wrap(left)
            line(String(repeating: " ", count: max(0, width - right.unicodeScalars.count)) + right)
        }
    }

    /// Whether `content` is one line as it stands: it fits in `room` columns (counting bytes,
    /// never fewer than columns) and wrapping would not change its spaces (none leading,
    /// trailing or doubled). Most lines of a card are, and skip the word-by-word pass.
    static func fitsAsWritten(_ content: String, width room: Int) -> Bool {
        let bytes = content.utf8
        guard !bytes.isEmpty, bytes.count <= room, bytes.first != 0x20, bytes.last != 0x20 else { return false }
        var previousIsSpace = false
        for byte in bytes {
            let isSpace = byte == 0x20
            if isSpace && previousIsSpace { return false }
            previousIsSpace = isSpace
        }
        return true
    }

    /// Word-wraps `content` to the width, the first line after `indent`, the rest after
    /// `continuation`. Words longer than a line are split.
    mutating func wrap(_ content: String, indent: String = "", continuation: String? = nil) {
        let content = fold(content)
        if Self.fitsAsWritten(content, width: width - indent.utf8.count) {
            line(indent + content)
        } else {
            wrapWordByWord(content, indent: indent, continuation: continuation)
        }
    }

    /// `wrap` without its shortcut for a line that fits as written.
    mutating func wrapWordByWord(_ content: String, indent: String, continuation: String?) {
        // Leading spaces of the content are part of the indentation.
        let indent = indent + String(repeating: " ", count: content.utf8.prefix { $0 == 0x20 }.count)
        let next = continuation ?? indent
        let nextWidth = next.unicodeScalars.count
        var current = indent
        var currentWidth = indent.unicodeScalars.count
        var currentIsEmpty = true
        for wordBytes in content.utf8.split(separator: 0x20, omittingEmptySubsequences: true) {
            var word = Substring(wordBytes)
            var wordWidth = word.unicodeScalars.count
            while wordWidth > 0 {
                let room = width - currentWidth - (currentIsEmpty ? 0 : 1)
                if wordWidth <= room {
                    if !currentIsEmpty {
                        current += " "
                        currentWidth += 1
                    }
                    current += word
                    currentWidth += wordWidth
                    currentIsEmpty = false
                    wordWidth = 0
                } else if currentIsEmpty {
                    let take = max(1, room)
                    let cut = word.unicodeScalars.index(word.unicodeScalars.startIndex, offsetBy: take)
                    current += String(word.unicodeScalars[..<cut])
                    line(current)
                    current = next
                    currentWidth = nextWidth
                    word = Substring(word.unicodeScalars[cut...])
                    wordWidth -= take
                } else {
                    line(current)
                    current = next
                    currentWidth = nextWidth
                    currentIsEmpty = true
                }
            }
        }
        if !currentIsEmpty || content.isEmpty { line(current) }
    }
}
