import RegimenPlan

/// Printable workout cards: one plain-text file per athlete, 80 columns wide, with a weekly
/// overview and one card per session with a box to tick for every set. Each week starts on a
/// new page (a form feed) when printed.
public struct TextBackend: Backend {
    public init() {}

    public var name: String { "text" }
    public var summary: String { "Printable plain-text workout cards, 80 columns, one file per athlete" }
    public var options: [BackendOption] {
        [BackendOption(name: "width", summary: "Line width in columns", kind: .integer(60...200), defaultValue: "80"),
         BackendOption(name: "page-breaks", summary: "Start each week on a new page with a form feed", kind: .flag, defaultValue: "true"),
         BackendOption(name: "page-length", summary: "Lines on a printed page: a session card that would not fit on the rest of a page starts a new one (a form feed); 0 for no paging",
                       kind: .integer(0...500), defaultValue: "0"),
         BackendOption(name: "log-sheet", summary: "Give sessions not yet logged a row per set with blanks for load, reps and RPE", kind: .flag, defaultValue: "true"),
         BackendOption(name: "ascii", summary: "Printable ASCII only, for old printers: names transliterated (é → e), x for ×, - for ·",
                       kind: .flag, defaultValue: "false")]
    }

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        try renderByStreaming(plan, options: options, context: context)
    }
}

extension TextBackend: StreamingBackend {
    public func stream(_ outline: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> any AthleteRenderer {
        var layout = CardLayout(width: options.integer("width") ?? 80, pageBreaks: options.text("page-breaks") != "false",
                                pageLength: options.integer("page-length") ?? 0)
        layout.logSheet = options.text("log-sheet") != "false"
        layout.ascii = options.flag("ascii")
        return CardRenderer(outline: outline, layout: layout)
    }
}

/// One card file per athlete, each complete in itself.
struct CardRenderer: AthleteRenderer {
    let outline: Plan
    let layout: CardLayout

    func render(_ athlete: AthletePlan, index: Int) -> StreamedOutput {
        StreamedOutput(files: [OutputFile(path: OutputNaming.baseName(plan: outline, athlete: athlete) + ".txt",
                                          text: layout.document(plan: outline, athlete: athlete))])
    }

    func finish() -> StreamedOutput { StreamedOutput() }
}
