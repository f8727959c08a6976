import ArgumentParser
import RegimenKit

/// `--log [ATHLETE=]FILE`, shared by the commands that read training logs.
enum LogOptions {
    /// The logs given, each a file or a folder that exists; otherwise a usage error (status 2).
    static func arguments(_ values: [String]) throws -> [LogArgument] {
        try values.map { value in
            let argument = LogArgument(parsing: value)
            switch FileSystem().kind(of: argument.path) {
            case .file, .directory:
                return argument
            case .missing:
                Terminal.standardError.write("regimen: cannot find the training log \(argument.path)\n")
                throw ExitCode(Status.usage)
            case .other:
                Terminal.standardError.write("regimen: \(argument.path) is not a file or a folder (a pipe or a device?); give a training log file\n")
                throw ExitCode(Status.usage)
            }
        }
    }
}
