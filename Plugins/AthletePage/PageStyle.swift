/// The athlete page's stylesheet: readable on a phone without zooming, and on paper with no
/// session split across pages (`break-inside: avoid`), each week starting on a new page, and a
/// column per set to write the actual load, reps and RPE.
enum PageStyle {
    static let css = """
    * { box-sizing: border-box; }
    body { font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; padding: 0.75rem; max-width: 46rem; overflow-wrap: anywhere; }
    h1 { font-size: 1.4rem; margin: 0.25rem 0; }
    h2 { font-size: 1.2rem; margin: 1.5rem 0 0.25rem; border-bottom: 2px solid; }
    h3 { font-size: 1.05rem; margin: 0; }
    p { margin: 0.2rem 0; }
    .meta, .when { color: GrayText; font-size: 0.92rem; }
    nav a { display: inline-block; margin: 0.25rem 0.75rem 0.25rem 0; }
    .session { border: 1px solid; border-radius: 0.4rem; padding: 0.6rem; margin: 0.75rem 0; }
    ol.entries { list-style: none; padding: 0; margin: 0.5rem 0 0; }
    ol.entries ol.entries { margin-left: 1.2rem; }
    li.entry { margin: 0.4rem 0; }
    .label { font-weight: bold; }
    .prescription { font-weight: 600; }
    .details, .cues { font-size: 0.92rem; margin: 0.1rem 0 0; }
    .cues { padding-left: 1.2rem; }
    .boxes { letter-spacing: 0.2rem; white-space: nowrap; }
    table.log { border-collapse: collapse; width: 100%; margin-top: 0.4rem; font-size: 0.9rem; }
    table.log th, table.log td { border: 1px solid; padding: 0.15rem 0.3rem; text-align: left; }
    table.log td { height: 1.6rem; }
    .rest { color: GrayText; }
    @media screen { table.log { display: none; } }
    @page { margin: 12mm; }
    @media print {
      html { font-size: 9.5pt; }
      body { max-width: none; font-size: 1rem; line-height: 1.3; padding: 0; }
      nav, .screen-only, .boxes { display: none; }
      h2 { margin-top: 0; }
      .session { border-width: 0.5pt; padding: 0.4rem; margin: 0.4rem 0; }
      li.entry { margin: 0.2rem 0; }
      table.log { margin-top: 0.15rem; font-size: 8.5pt; }
      table.log th, table.log td { padding: 0 0.3rem; }
      table.log td { height: 1.35em; }
      .week { break-before: page; }
      .week:first-of-type { break-before: auto; }
      .session { break-inside: avoid; page-break-inside: avoid; }
      body.session-per-page .session { break-after: page; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
