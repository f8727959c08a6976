// swift-tools-version: 6.0
import PackageDescription

/// Regimen: a compiler for exercise programs.
///
/// The pipeline is one module per stage, and data flows one way:
/// `YAMLReader` → `ProgramSpec` (decoder) → `Checker` → `Planner` → `RegimenPlan` → backends.
/// Built-in backends live under `Plugins/` and depend on `RegimenPlan` alone.
let package = Package(
    name: "Regimen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "regimen", targets: ["regimen"]),
        .library(name: "RegimenPlan", targets: ["RegimenPlan"]),
        .library(name: "RegimenPluginKit", targets: ["RegimenPluginKit"]),
        .executable(name: "regimen-backend-markdown", targets: ["regimen-backend-markdown"]),
        .plugin(name: "CheckPrograms", targets: ["CheckPrograms"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libyaml, from the system (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // System calls Swift cannot make itself (openat2 through the variadic syscall).
        .target(name: "CSystemCalls"),
        // Source positions, diagnostics and their rendering: shared by every front-end stage.
        .target(name: "Diagnostics"),
        // Stage 1: bytes → YAML node tree with line and column on every node.
        .target(name: "YAMLReader", dependencies: ["CYAML", "Diagnostics"]),
        // Stage 2: node tree → typed program spec (the AST), and include loading.
        .target(name: "ProgramSpec", dependencies: ["YAMLReader", "Diagnostics", "RegimenValues"]),
        // Value types every stage shares: dates, times, weekdays, loads, reps, exercise kinds.
        .target(name: "RegimenValues"),
        // The FIT protocol (Garmin's binary format for workouts and activities): encoding, decoding, the profile's exercise catalog.
        .target(name: "FITFormat"),
        // Time zone rules read from the system's TZif files.
        .target(name: "ZoneInfo", dependencies: ["RegimenValues"]),
        // Stage 3: spec → resolved, checked program + diagnostics.
        .target(name: "Checker", dependencies: ["ProgramSpec", "Diagnostics", "RegimenValues", "ZoneInfo", "FITFormat"]),
        // Training logs as read from files (Regimen's YAML log, Strong and Hevy CSV exports), names unresolved.
        .target(name: "TrainingLog", dependencies: ["YAMLReader", "ProgramSpec", "Diagnostics", "RegimenValues", "RegimenPlan"]),
        // Training logs resolved against a checked program: the CheckedLog the planner reads.
        .target(name: "LogChecker", dependencies: ["TrainingLog", "Checker", "ProgramSpec", "Diagnostics", "RegimenValues", "RegimenPlan"]),
        // Coaching analysis of a compiled plan: volume by muscle group, and the lints.
        .target(name: "Analysis", dependencies: ["RegimenPlan", "Diagnostics"]),
        // The Plan (IR) and the backend API: the only module backends see.
        // It re-exports RegimenValues, so a backend imports this module alone.
        .target(name: "RegimenPlan", dependencies: ["RegimenValues"]),
        // Stage 4: checked program → dated Plan.
        .target(name: "Planner", dependencies: ["Checker", "RegimenPlan", "RegimenValues", "ZoneInfo"]),
        // What a change to a program means for each athlete: two versions' plans (and checked
        // programs, for the schedule and rules) compared by session identity (`regimen diff`).
        .target(name: "PlanDiff", dependencies: ["RegimenPlan", "Checker", "Diagnostics"]),
        // Built-in backends, one module each.
        .target(name: "TextBackend", dependencies: ["RegimenPlan"], path: "Plugins/TextBackend"),
        .target(name: "ICSBackend", dependencies: ["RegimenPlan"], path: "Plugins/ICSBackend"),
        .target(name: "JSONBackend", dependencies: ["RegimenPlan", "PlanJSON"], path: "Plugins/JSONBackend"),
        // The athlete page: one HTML file per athlete from the same card model as the text cards.
        .target(name: "AthletePage", dependencies: ["RegimenPlan"], path: "Plugins/AthletePage"),
        // `regimen publish`: a static site of per-athlete feeds and pages under secret tokens,
        // composed from the ics backend and the athlete page.
        .target(name: "Publish", dependencies: ["RegimenPlan", "ICSBackend", "AthletePage"]),
        // The Plan's wire form (JSON), shared by the json backend and the plugin protocol.
        .target(name: "PlanJSON", dependencies: ["RegimenPlan"]),
        .target(name: "FITBackend", dependencies: ["RegimenPlan", "FITFormat"], path: "Plugins/FITBackend"),
        // Recorded FIT activities → training-log entries, matched to the plan.
        .target(name: "ActivityImport", dependencies: ["Checker", "Diagnostics", "FITBackend", "FITFormat", "ProgramSpec", "RegimenPlan", "RegimenValues",
                                                        "TrainingLog"]),
        // The driver: runs the pipeline over files, composes backends, writes outputs atomically.
        .target(
            name: "RegimenKit",
            dependencies: [
                "Diagnostics", "YAMLReader", "ProgramSpec", "Checker", "Planner", "RegimenPlan", "Analysis", "ZoneInfo",
                "TrainingLog", "LogChecker", "ActivityImport",
                "TextBackend", "ICSBackend", "JSONBackend", "PlanJSON", "PlanDiff", "CSystemCalls", "FITBackend", "Publish",
            ]
        ),
        // `swift package check-programs`: regimen check over a package's Programs/ folder.
        .plugin(
            name: "CheckPrograms",
            capability: .command(intent: .custom(verb: "check-programs", description: "Check every Regimen program in the package")),
            dependencies: ["regimen"],
            path: "Plugins/CheckPrograms"
        ),
        // For authors of external backends and filters in Swift: the plugin protocol's I/O.
        .target(name: "RegimenPluginKit", dependencies: ["RegimenPlan"]),
        // An example external backend in Swift: Markdown workout sheets.
        .executableTarget(name: "regimen-backend-markdown", dependencies: ["RegimenPluginKit", "RegimenPlan"],
                          path: "Plugins/External/markdown"),
        // The libFuzzer target over the whole pipeline (scripts/fuzz); without -DFUZZING it replays files.
        .executableTarget(name: "regimen-fuzz", dependencies: ["RegimenKit"]),
        // The libFuzzer target over FIT input: the reader, recorded activities, the import into a log (scripts/fuzz fit).
        .executableTarget(name: "regimen-fuzz-fit", dependencies: ["RegimenKit", "ActivityImport", "FITFormat", "LogChecker", "TrainingLog"]),
        .executableTarget(
            name: "regimen",
            dependencies: ["RegimenKit", "YAMLReader", "Diagnostics", "RegimenPlan", "Analysis", "PlanDiff", "Publish", "ActivityImport", "Checker", "FITFormat",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Runs a command and reports its peak memory without the launcher's own (Linux carries a
        // parent's high-water mark into a child it forks): for the hostile-input tests and scripts/bench.
        .executableTarget(name: "measure", path: "Benchmarks/measure"),
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"]),
        .testTarget(name: "SpecTests", dependencies: ["RegimenKit", "ProgramSpec", "Checker", "Diagnostics", "Analysis", "RegimenValues"], exclude: ["Fixtures"]),
        .testTarget(name: "PlannerTests", dependencies: ["RegimenKit", "Planner", "RegimenPlan", "ZoneInfo", "Checker", "Diagnostics", "Analysis"]),
        .testTarget(name: "BackendTests", dependencies: ["RegimenKit", "RegimenPlan", "TextBackend", "ICSBackend", "JSONBackend", "PlanJSON", "Checker", "Planner", "Diagnostics", "FITBackend", "FITFormat"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["RegimenKit", "FITFormat", "ActivityImport"], exclude: ["Fixtures"]),
        .testTarget(name: "LogTests", dependencies: ["RegimenKit", "TrainingLog", "LogChecker", "Checker", "Diagnostics", "Analysis", "RegimenPlan",
                                                    "TextBackend", "Planner"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanDiffTests", dependencies: ["PlanDiff", "RegimenPlan"]),
        .testTarget(name: "FITFormatTests", dependencies: ["FITFormat"]),
        .testTarget(name: "ActivityImportTests", dependencies: ["ActivityImport", "Checker", "Diagnostics", "FITBackend", "FITFormat", "Planner", "RegimenKit", "RegimenPlan"]),
        .testTarget(name: "PublishTests", dependencies: ["Publish", "AthletePage", "RegimenKit", "RegimenPlan"]),
    ],
    swiftLanguageModes: [.v6]
)
