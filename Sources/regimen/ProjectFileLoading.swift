import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import RegimenKit

/// The project file nearest a command's first program (or folder): read, its problems shown.
enum ProjectFileLoading {
    /// The project file at or above `path`, or `nil` when there is none; a project file with
    /// errors stops the command (status 1) after saying what `nothing` (`written`, `published`).
    static func load(near path: String, color: ColorChoice, nothing: String) throws -> ProjectFile? {
        guard let found = ProjectFile.find(from: path) else { return nil }
        let errorOutput = Terminal.standardError
        let (loaded, diagnostics, source) = ProjectFile.load(found, home: getenv("HOME").map { String(cString: $0) })
        let formatter = HumanFormatter(color: color.enabled(for: errorOutput)) { $0 == found ? source : nil }
        for diagnostic in diagnostics { errorOutput.write(formatter.format(diagnostic)) }
        guard let loaded else {
            errorOutput.write("regimen: the project file \(found) has errors; nothing was \(nothing)\n")
            throw ExitCode(Status.errors)
        }
        return loaded
    }
}
