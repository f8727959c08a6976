/// Writes a FIT file: a 14-byte header with its CRC, definition and data messages with normal
/// record headers, little-endian fields, and the file CRC. Definitions are written as needed:
/// a message whose layout (global number, and each field's number, size and base type) matches
/// one of the 16 local message types already defined reuses it; otherwise it takes the next
/// local type in turn. The same messages always give the same bytes.
public struct FITWriter: Sendable {
    /// Protocol 1.0: no developer fields are written, so the oldest readers accept the files.
    public static let protocolVersion: UInt8 = 0x10
    /// The profile version of the messages and types written (FIT profile 21.218 is 21218).
    public static let profileVersion = UInt16(FITExerciseCatalog.profileVersion.major * 1000 + FITExerciseCatalog.profileVersion.minor)

    private struct Layout: Hashable {
        var number: UInt16
        var fields: [Entry]

        struct Entry: Hashable {
            var number: UInt8
            var size: Int
            var type: FITBaseType
        }
    }

    private var records: [UInt8] = []
    private var localTypes: [Layout?] = Array(repeating: nil, count: 16)
    private var nextLocalType = 0

    public init() {}

    public mutating func write(_ message: FITMessage) {
        let layout = Layout(number: message.number, fields: message.fields.map { Layout.Entry(number: $0.number, size: $0.bytes.count, type: $0.type) })
        let local: Int
        if let existing = localTypes.firstIndex(of: layout) {
            local = existing
        } else {
            local = nextLocalType
            nextLocalType = (nextLocalType + 1) % localTypes.count
            localTypes[local] = layout
            // Definition: header (bit 6), reserved, architecture 0 (little-endian), global number,
            // field count, then number, size and base type for each field.
            records += [0x40 | UInt8(local), 0, 0]
            records.append(littleEndian: UInt64(message.number), size: 2)
            records.append(UInt8(layout.fields.count))
            for entry in layout.fields { records += [entry.number, UInt8(entry.size), entry.type.rawValue] }
        }
        records.append(UInt8(local))
        for field in message.fields { records += field.bytes }
    }

    /// The complete file.
    public func finish() -> [UInt8] {
        FITWriter.file(records: records)
    }

    /// `bytes` with its header's data size and both CRCs made right: its own 12- or 14-byte
    /// header when it has one (the data size set to what follows, less the file CRC), otherwise
    /// a header in front. For fuzzing and tests: damage then reaches the records rather than
    /// stopping at the CRC.
    public static func resealing(_ bytes: [UInt8]) -> [UInt8] {
        let hasHeader = bytes.count >= 14 && (bytes[0] == 12 || bytes[0] == 14) && Array(bytes[8..<12]) == FITFileHeader.signature
        let headerSize = hasHeader ? Int(bytes[0]) : 0
        let records = hasHeader ? Array(bytes[headerSize..<max(headerSize, bytes.count - 2)]) : bytes
        return file(records: records, protocolVersion: hasHeader ? bytes[1] : 0x20)
    }

    /// `records` (definition and data messages, as bytes) as a complete file: a 14-byte header
    /// with their size and its CRC, the records, and the file CRC.
    public static func file(records: [UInt8], protocolVersion: UInt8 = FITWriter.protocolVersion) -> [UInt8] {
        let header = FITFileHeader(protocolVersion: protocolVersion, profileVersion: FITWriter.profileVersion,
                                   dataSize: UInt32(truncatingIfNeeded: records.count))
        var file = header.encoded + records
        file.append(littleEndian: UInt64(FITCRC.of(file)), size: 2)
        return file
    }
}
