import ArgumentParser
import RegimenKit

/// How `check` and `build` search folders and patterns for spec files.
struct ScanOptions: ParsableArguments {
    @Flag(help: "Search hidden files and folders too (never .git).")
    var includeHidden = false

    @Flag(help: "Search what .gitignore and .regimenignore files ignore too.")
    var noIgnore = false

    var options: ProgramFiles.ScanOptions {
        ProgramFiles.ScanOptions(includeHidden: includeHidden, honoursIgnoreFiles: !noIgnore)
    }

    /// Finds the files `paths` name; a problem is a usage error.
    func find(_ paths: [String]) throws -> [ProgramFiles.Found] {
        switch ProgramFiles.find(paths, options: options) {
        case .success(let found): return found
        case .failure(let problem):
            Terminal.standardError.write("regimen: \(problem.message)\n")
            throw ExitCode(Status.usage)
        }
    }

    /// The paths among `paths` that are searched (folders and patterns) rather than files.
    static func searched(_ paths: [String], found: [ProgramFiles.Found]) -> Set<Int> {
        let named = Set(found.filter { !$0.scanned }.map(\.origin))
        return Set(paths.indices).subtracting(named)
    }
}
