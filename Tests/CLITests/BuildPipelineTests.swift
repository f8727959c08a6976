import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// The one build pipeline, in-process: resolving backends, filters and options, and filtering and
/// rendering a plan, without a command line or a plugin executable.
@Suite("Build pipeline")
struct BuildPipelineTests {
    /// A filter in Swift: renames the program, or reports an error.
    struct Renaming: PlanFilter {
        var name: String { "rename" }
        var options: [BackendOption]? { [BackendOption(name: "to", summary: "The new name", kind: .text)] }
        var failing = false

        func apply(_ plan: Plan, options: BackendOptionValues, context: RenderContext) -> Result<FilterOutput, BackendError> {
            guard !failing else { return .success(FilterOutput(plan: plan, diagnostics: [BackendDiagnostic(.error, "no")])) }
            var plan = plan
            plan.program.name = options.text("to") ?? "Renamed"
            return .success(FilterOutput(plan: plan, diagnostics: [BackendDiagnostic(.warning, "renamed")]))
        }
    }

    func plan() throws -> Plan {
        try #require(Compiler().compile(CLI.repositoryRoot + "/Programs/runner-hip-balance.yaml").plan)
    }

    @Test func aFilterChangesWhatEveryBackendRenders() throws {
        let options = try OptionArguments.parse(["rename.to=Hips"], owners: [.init(name: "rename", options: Renaming().options)]).get()
        let pipeline = BuildPipeline(backends: BackendRegistry.builtIn.backends, filters: [Renaming()], options: options)
        let filtered = pipeline.filter(try plan())
        #expect(filtered.messages == ["warning: filter `rename`: renamed"])
        let filteredPlan = try #require(filtered.plan)
        #expect(filteredPlan.program.name == "Hips")
        let rendered = pipeline.renderFiles(filteredPlan)
        #expect(rendered.problems.isEmpty)
        #expect(rendered.files.map(\.path) == ["runner-hip-balance.txt", "runner-hip-balance.ics", "runner-hip-balance.json"])
        #expect(rendered.files.allSatisfy { String(decoding: $0.contents, as: UTF8.self).contains("Hips") })
    }

    @Test func aFilterErrorStopsTheBuild() throws {
        let pipeline = BuildPipeline(backends: BackendRegistry.builtIn.backends, filters: [Renaming(failing: true)])
        let filtered = pipeline.filter(try plan())
        #expect(filtered.plan == nil)
        #expect(filtered.messages == ["error: filter `rename`: no"])
    }

    @Test func optionsAreParsedOnceAndChecked() throws {
        let owners: [OptionArguments.Owner] = [.init(name: "ics", options: BackendRegistry.builtIn.backend(named: "ics")?.options),
                                               .init(name: "external-filter", options: nil)]
        let parsed = try OptionArguments.parse(["ics.alarm=15", "external-filter.anything=goes"], owners: owners).get()
        #expect(parsed["ics"]?.integer("alarm") == 15)
        #expect(parsed["external-filter"]?.text("anything") == "goes")
        let problems = ["ics.colour=red", "ics.alarm=soon", "pdf.x=1", "nodot=1"].map { argument -> String in
            guard case .failure(let problem) = OptionArguments.parse([argument], owners: owners) else { return "accepted" }
            return problem.message
        }
        #expect(problems[0].hasPrefix("backend `ics` has no option `colour`; its options are "))
        #expect(problems[1].hasPrefix("`soon` is not a valid value for `ics.alarm`; it takes a whole number"))
        #expect(problems[2] == "`--option pdf.x=1` is for `pdf`, which this build does not use; it uses `ics`, `external-filter`")
        #expect(problems[3] == "`--option nodot=1` must look like `--option ics.alarm=15` (backend.option=value)")
    }

    @Test func resolvingNamesBackendsAndFilters() throws {
        let locator = PluginLocator(pluginPaths: [], environment: [:])
        let all = try BuildPipeline.resolve(backends: ["all", "json"], filters: [], options: [], plugins: locator, limits: PluginLimits()).get()
        #expect(all.backends.map(\.name) == ["text", "ics", "json"])
        guard case .failure(let problem) = BuildPipeline.resolve(backends: ["pdf"], filters: [], options: [], plugins: locator, limits: PluginLimits()) else {
            Issue.record("an unknown backend was accepted")
            return
        }
        #expect(problem.isUsage)
        guard case .failure(let missing) = BuildPipeline.resolve(backends: ["text"], filters: ["nope"], options: [], plugins: locator, limits: PluginLimits()) else {
            Issue.record("an unknown filter was accepted")
            return
        }
        #expect(missing.message == "there is no filter `nope`: no executable named regimen-filter-nope on PATH (or in --plugin-path)")
    }
}
