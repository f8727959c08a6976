import ProgramSpec

/// Spec files held in memory, for fuzzing and tests: paths map to contents; every other path
/// does not exist.
public struct InMemorySources: SourceProvider {
    public var files: [String: [UInt8]]

    public init(_ files: [String: [UInt8]]) {
        self.files = files
    }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], SourceReadError> {
        guard let bytes = files[path] else { return .failure(SourceReadError("no such file")) }
        guard bytes.count <= limit else { return .failure(SourceReadError("the file is too large", tooLargeSize: bytes.count)) }
        return .success(bytes)
    }

    public func resolve(_ path: String) -> String? {
        let normalized = PathText.normalized(path.hasPrefix("/") ? path : "/" + path)
        return files.keys.first { PathText.normalized($0.hasPrefix("/") ? $0 : "/" + $0) == normalized }
            .map { PathText.normalized($0.hasPrefix("/") ? $0 : "/" + $0) }
    }
}
