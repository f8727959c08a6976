import PlanJSON
import RegimenPlan

/// The whole Plan as JSON (`schema/plan.schema.json`): one file per program with every athlete.
/// External plugins receive this same JSON in their request (`PlanJSON`).
public struct JSONBackend: Backend {
    public init() {}

    public var name: String { "json" }
    public var summary: String { "The compiled plan as JSON, described by schema/plan.schema.json" }
    public var options: [BackendOption] { [] }

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        BackendOutput(files: [OutputFile(path: plan.program.id + ".json", contents: PlanJSON.encode(plan))])
    }

    /// The Plan's JSON form: `PlanJSON.encode`.
    public static func encode(_ plan: Plan) -> [UInt8] {
        PlanJSON.encode(plan)
    }
}
