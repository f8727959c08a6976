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
         BackendOption(name: "ascii", summary: "Printable ASCII only, for old printers: names transliterated (é → e), x for ×, - for ·",
                       kind: .flag, defaultValue: "false")]
    }

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        let layout = CardLayout(width: options.integer("width") ?? 80, pageBreaks: options.text("page-breaks") != "false",
                                pageLength: options.integer("page-length") ?? 0, ascii: options.flag("ascii"))
        let files = plan.athletes.map { athlete in
            OutputFile(path: OutputNaming.baseName(plan: plan, athlete: athlete) + ".txt", text: layout.document(plan: plan, athlete: athlete))
        }
        return BackendOutput(files: files)
    }
}
