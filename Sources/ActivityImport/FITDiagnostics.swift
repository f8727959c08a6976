import Diagnostics
import FITFormat

/// Where things are in a FIT file, for diagnostics. A binary file is one "line": the column is
/// the 1-based byte position, so `activity.fit:1:1235` is byte 1234 (counted from 0), which
/// the message also says.
public enum FITSpan {
    public static func at(_ file: String, byte offset: Int) -> SourceSpan {
        SourceSpan(file: file, at: SourcePosition(line: 1, column: offset + 1))
    }
}

extension FITReadError {
    /// The diagnostic code for each kind of damage.
    public var code: DiagnosticCode {
        switch kind {
        case .notFIT: .notFITFile
        case .truncated: .truncatedFITFile
        case .badCRC: .damagedFITFile
        case .badDefinition: .malformedFITDefinition
        case .undefinedLocalType: .undefinedFITMessageType
        case .limitExceeded: .fitFileTooLarge
        case .notActivity: .notAnActivity
        }
    }

    /// The error as a diagnostic naming the file and the byte offset.
    public func diagnostic(file: String) -> Diagnostic {
        .error(code, "byte \(offset): \(message)", at: FITSpan.at(file, byte: offset))
    }
}

extension FITReadError {
    /// A file larger than the reader takes, refused before it is read.
    public static func tooLarge(size: Int, limit: Int) -> FITReadError {
        FITReadError(.limitExceeded, at: 0, "the file is \(size) bytes; Regimen reads FIT files of up to \(limit) bytes")
    }
}
