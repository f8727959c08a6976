import Foundation
import PackagePlugin

/// `swift package check-programs [OPTIONS] [PATH...]`: runs `regimen check` over the package's
/// programs (by default the `Programs` folder), so a coach's repository that is a Swift package
/// can check its programs without installing anything else. Options are those of
/// `regimen check` (`--format github`, `--warnings-as-errors`, …).
@main
struct CheckPrograms: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "regimen")
        // Arguments go to `regimen check` as they are; without a path among them, check `Programs`.
        let package = context.package.directoryURL
        let namesAPath = arguments.contains { argument in
            !argument.hasPrefix("-") && (argument.contains("*")
                || FileManager.default.fileExists(atPath: package.appendingPathComponent(argument).path))
        }
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["check"] + arguments + (namesAPath ? [] : ["Programs"])
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw CheckFailed(status: process.terminationStatus)
        }
    }
}

struct CheckFailed: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "regimen check exited with status \(status)" }
}
