import Analysis
import ArgumentParser
import Diagnostics
import RegimenKit

/// `--allow CODE` and `--deny CODE` for the coaching lints (W5xx), over the program's `lints:`.
struct LintOptions: ParsableArguments {
    @Option(name: .customLong("allow"), help: ArgumentHelp("Leave out a coaching lint, like W503. Repeat for several.", valueName: "code"))
    var allow: [String] = []

    @Option(name: .customLong("deny"), help: ArgumentHelp("Treat a coaching lint as an error, like W505. Repeat for several.", valueName: "code"))
    var deny: [String] = []

    func validate() throws {
        for code in allow + deny where !(DiagnosticCode(rawValue: code.uppercased()).map(Linter.codes.contains) ?? false) {
            throw ValidationError("`\(code)` is not a lint code; lint codes are \(DiagnosticCode.lintCodeRange) (docs/lints.md)")
        }
    }

    func configure(_ compiler: Compiler) -> Compiler {
        var compiler = compiler
        compiler.allowedLints = Set(allow.compactMap { DiagnosticCode(rawValue: $0.uppercased()) })
        compiler.deniedLints = Set(deny.compactMap { DiagnosticCode(rawValue: $0.uppercased()) })
        return compiler
    }
}
