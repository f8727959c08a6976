/// Why a FIT file could not be read, and the byte offset where the reader found out.
public struct FITReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// No FIT header: the file is too short, its header size is impossible, or `.FIT` is missing.
        case notFIT
        /// The file ends before the header, a record or the CRC it announces.
        case truncated
        /// The CRC of the header or of the whole file does not match its bytes.
        case badCRC
        /// A definition message that cannot describe real data: an unknown architecture or base
        /// type, or a field of size zero.
        case badDefinition
        /// A data message for a local message type no definition has set up.
        case undefinedLocalType
        /// Beyond a reader limit (file size, number of messages kept).
        case limitExceeded
        /// A well-formed FIT file that is not a recorded activity (a workout, a course, …).
        case notActivity
    }

    public var kind: Kind
    /// From the start of the file.
    public var offset: Int
    /// What is wrong, in words for people: `the file ends inside a data message (local type 2, 14
    /// bytes long)`.
    public var message: String

    public init(_ kind: Kind, at offset: Int, _ message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    public var description: String { "byte \(offset): \(message)" }
}

/// Bounds on what the reader accepts, so that no file can exhaust time or memory.
public struct FITReaderLimits: Hashable, Sendable {
    /// The largest file read (a strength activity of two hours is well under 1 MB).
    public var maximumFileSize: Int
    /// The most messages of the wanted kinds kept (other messages are read and dropped).
    public var maximumKeptMessages: Int

    public init(maximumFileSize: Int = 32 << 20, maximumKeptMessages: Int = 100_000) {
        self.maximumFileSize = maximumFileSize
        self.maximumKeptMessages = maximumKeptMessages
    }

    public static let standard = FITReaderLimits()
}
