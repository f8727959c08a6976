import ProgramSpec

/// Turns the paths given on the command line into the spec files to process.
public enum ProgramFiles {
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// Files as given; folders searched recursively for `*.yaml` and `*.yml`, skipping hidden
    /// files and folders, in sorted order. A path that does not exist is a problem.
    public static func expand(_ paths: [String], fileSystem: FileSystem = FileSystem()) -> Result<[String], Problem> {
        var files: [String] = []
        for path in paths {
            switch fileSystem.kind(of: path) {
            case .file:
                files.append(path)
            case .directory:
                collect(in: path, fileSystem: fileSystem, into: &files)
            case .missing:
                return .failure(Problem(message: "cannot find \(path)"))
            case .other:
                return .failure(Problem(message: "\(path) is not a file or a folder"))
            }
        }
        return .success(files)
    }

    static func collect(in directory: String, fileSystem: FileSystem, into files: inout [String], depth: Int = 0) {
        guard depth < 32, let names = fileSystem.contents(of: directory) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = PathText.join(directory, name)
            switch fileSystem.kind(of: path) {
            case .directory:
                collect(in: path, fileSystem: fileSystem, into: &files, depth: depth + 1)
            case .file where name.hasSuffix(".yaml") || name.hasSuffix(".yml"):
                files.append(path)
            default:
                break
            }
        }
    }
}
