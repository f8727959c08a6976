import ArgumentParser
import YAMLReader

/// Limits on input files that a user may raise.
struct InputLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("The largest spec file read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = ReaderLimits.standard.maxBytes

    func validate() throws {
        guard maxFileSize > 0, maxFileSize <= 1 << 30 else { throw ValidationError("--max-file-size must be from 1 to 1073741824 bytes") }
    }

    var readerLimits: ReaderLimits {
        var limits = ReaderLimits.standard
        limits.maxBytes = maxFileSize
        return limits
    }
}
