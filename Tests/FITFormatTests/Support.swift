@testable import FITFormat

/// Builds FIT files byte by byte, for inputs the writer would never produce (big-endian
/// definitions, compressed timestamps, developer fields, damage).
struct RawFIT {
    var records: [UInt8] = []

    /// A definition message: `fields` are (number, size, base type byte).
    mutating func define(local: UInt8, global: UInt16, bigEndian: Bool = false, fields: [(UInt8, UInt8, UInt8)],
                         developerFields: [(UInt8, UInt8, UInt8)]? = nil) {
        records.append(0x40 | local | (developerFields == nil ? 0 : 0x20))
        records += [0, bigEndian ? 1 : 0]
        records += bigEndian ? [UInt8(global >> 8), UInt8(global & 0xFF)] : [UInt8(global & 0xFF), UInt8(global >> 8)]
        records.append(UInt8(fields.count))
        for field in fields { records += [field.0, field.1, field.2] }
        if let developerFields {
            records.append(UInt8(developerFields.count))
            for field in developerFields { records += [field.0, field.1, field.2] }
        }
    }

    mutating func data(local: UInt8, _ payload: [UInt8]) {
        records.append(local)
        records += payload
    }

    /// A data message with a compressed-timestamp header.
    mutating func compressed(local: UInt8, timeOffset: UInt8, _ payload: [UInt8]) {
        records.append(0x80 | (local << 5) | (timeOffset & 0x1F))
        records += payload
    }

    /// The file: a 14-byte header with its CRC, the records, the file CRC.
    var file: [UInt8] { FITWriter.file(records: records, protocolVersion: 0x20) }
}

func littleEndian(_ value: UInt64, _ size: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.append(littleEndian: value, size: size)
    return bytes
}

func bigEndian(_ value: UInt64, _ size: Int) -> [UInt8] {
    Array(littleEndian(value, size).reversed())
}
