import RegimenPlan

/// The calendars of a plan, one athlete at a time: each athlete's calendar whole, and the coach's
/// calendar (with `combined`) in pieces, its header first and the cancelled events and the end
/// last. Each calendar carries `SEQUENCE` and `DTSTAMP` forward from its own previous file.
struct CalendarRenderer: AthleteRenderer {
    let outline: Plan
    let settings: CalendarSettings
    let context: RenderContext
    private var coach: CoachCalendar?

    /// The coach's calendar as it is written.
    private struct CoachCalendar {
        let path: String
        let writer: CalendarWriter
        let baseline: Int64
        /// The calendar's start, until it is written with the first athlete.
        var header: [UInt8]?
        var written: Set<String> = []
        var warning: BackendDiagnostic?
    }

    init(outline: Plan, settings: CalendarSettings, context: RenderContext, combined: Bool) {
        self.outline = outline
        self.settings = settings
        self.context = context
        guard combined else { return }
        let path = outline.program.id + ".coach.ics"
        let (previous, warning) = previousCalendar(path)
        let writer = CalendarWriter(plan: outline, settings: settings, previous: previous)
        coach = CoachCalendar(
            path: path, writer: writer, baseline: writer.baseline(outline.athletes),
            header: writer.header(name: "\(outline.program.name) – all athletes", athletes: outline.athletes), warning: warning)
    }

    mutating func render(_ athlete: AthletePlan, index: Int) -> StreamedOutput {
        let path = OutputNaming.baseName(plan: outline, athlete: athlete) + ".ics"
        let name = athlete.name.map { "\(outline.program.name) – \($0)" } ?? outline.program.name
        let (previous, warning) = previousCalendar(path)
        let writer = CalendarWriter(plan: outline, settings: settings, previous: previous)
        var output = StreamedOutput(files: [OutputFile(path: path, contents: writer.calendar(name: name, athletes: [athlete], labelled: false))],
                                    diagnostics: warning.map { [$0] } ?? [])
        if var coach {
            let events = coach.writer.events(of: athlete, labelled: true, baseline: coach.baseline, written: &coach.written)
            output.pieces = [OutputFile(path: coach.path, contents: (coach.header ?? []) + events)]
            coach.header = nil
            self.coach = coach
        }
        return output
    }

    mutating func finish() -> StreamedOutput {
        guard let coach else { return StreamedOutput() }
        self.coach = nil
        let end = (coach.header ?? []) + coach.writer.trailer(written: coach.written, baseline: coach.baseline)
        return StreamedOutput(pieces: [OutputFile(path: coach.path, contents: end)], diagnostics: coach.warning.map { [$0] } ?? [])
    }

    /// The calendar the backend wrote at `path` on the previous build, if any, or a warning that
    /// the file there is not one.
    private func previousCalendar(_ path: String) -> (PreviousCalendar?, BackendDiagnostic?) {
        guard let bytes = context.previousOutput(path) else { return (nil, nil) }
        if let previous = PreviousCalendar(bytes) { return (previous, nil) }
        return (nil, BackendDiagnostic(.warning, "\(path) exists but is not a calendar Regimen wrote; its events are not carried forward"))
    }
}
