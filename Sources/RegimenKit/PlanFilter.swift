import RegimenPlan

/// A filter changes the plan before every backend renders it: an external plugin
/// (`regimen-filter-NAME`, `ExternalFilter`), or a Swift value, so that the pipeline's filtering
/// can be tested in-process.
public protocol PlanFilter: Sendable {
    var name: String { get }
    /// The options the filter declares; `nil` when it declares none and takes any, unchecked.
    var options: [BackendOption]? { get }
    /// The changed plan and the filter's diagnostics; an error diagnostic stops the build.
    func apply(_ plan: Plan, options: BackendOptionValues, context: RenderContext) -> Result<FilterOutput, BackendError>
}

/// What a filter returns.
public struct FilterOutput: Sendable {
    public var plan: Plan
    public var diagnostics: [BackendDiagnostic]

    public init(plan: Plan, diagnostics: [BackendDiagnostic] = []) {
        self.plan = plan
        self.diagnostics = diagnostics
    }
}
