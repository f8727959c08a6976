import ProgramSpec

/// Spec files read from the file system, except one held in memory under a name of its own: the
/// spec `regimen check -` reads from standard input. Includes and rosters it names are read
/// from the file system, relative to the folder its name puts it in (`<stdin>`: the current
/// folder).
public struct StandardInputSources: SourceProvider {
    public var name: String
    public var bytes: [UInt8]
    public var fileSystem: FileSystem

    public init(name: String, bytes: [UInt8], fileSystem: FileSystem = FileSystem()) {
        self.name = name
        self.bytes = bytes
        self.fileSystem = fileSystem
    }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], SourceReadError> {
        guard path == name || PathText.normalized(path) == PathText.normalized(name) else { return fileSystem.read(path, limit: limit) }
        guard bytes.count <= limit else { return .failure(SourceReadError("the file is too large", tooLargeSize: bytes.count)) }
        return .success(bytes)
    }

    /// The spec's own name resolves to where it would be (its folder resolved, so that the
    /// include boundary is that folder); every other path as on the file system.
    public func resolve(_ path: String) -> String? {
        guard path == name else { return fileSystem.resolve(path) }
        let folder = PathText.directory(of: name)
        let file = name.split(separator: "/").last.map(String.init) ?? name
        return PathText.join(fileSystem.resolve(folder) ?? folder, file)
    }
}
