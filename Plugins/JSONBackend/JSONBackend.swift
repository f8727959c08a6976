import PlanJSON
import RegimenPlan

/// The whole Plan as JSON (`schema/plan.schema.json`): one file per program with every athlete.
/// External plugins receive this same JSON in their request (`PlanJSON`).
public struct JSONBackend: StreamingBackend {
    public init() {}

    public var name: String { "json" }
    public var summary: String { "The compiled plan as JSON, described by schema/plan.schema.json" }
    public var options: [BackendOption] { [] }

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        BackendOutput(files: [OutputFile(path: plan.program.id + ".json", contents: PlanJSON.encode(plan))])
    }

    public func stream(_ outline: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> any AthleteRenderer {
        PlanJSONRenderer(outline: outline)
    }

    /// The Plan's JSON form: `PlanJSON.encode`.
    public static func encode(_ plan: Plan) -> [UInt8] {
        PlanJSON.encode(plan)
    }
}

/// The one JSON file of a program, written one athlete at a time.
struct PlanJSONRenderer: AthleteRenderer {
    let path: String
    var pieces = PlanJSON.Pieces()
    /// The start of the document, written with the first athlete (or at the end, with none).
    var start: [UInt8]?

    init(outline: Plan) {
        path = outline.program.id + ".json"
        start = pieces.start(outline)
    }

    mutating func render(_ athlete: AthletePlan, index: Int) -> StreamedOutput {
        StreamedOutput(pieces: [OutputFile(path: path, contents: takeStart() + pieces.athlete(athlete))])
    }

    mutating func finish() -> StreamedOutput {
        StreamedOutput(pieces: [OutputFile(path: path, contents: takeStart() + pieces.finish())])
    }

    private mutating func takeStart() -> [UInt8] {
        defer { start = nil }
        return start ?? []
    }
}
