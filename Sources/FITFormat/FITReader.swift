/// Reads the messages of a FIT file, checking everything the protocol lets a reader check: the
/// header and its CRC, every definition, every record's length against the data size, the file
/// CRC, and chained files one after another. It reads both byte orders, compressed-timestamp
/// headers and developer fields (which it skips). Messages of global numbers it is not asked for
/// (including numbers the profile does not define) are read and dropped, as the protocol
/// expects of a reader; only the wanted ones are kept, up to a limit.
public struct FITReader: Sendable {
    private struct Definition: Sendable {
        var number: UInt16
        var isBigEndian: Bool
        var fields: [(number: UInt8, size: Int, type: FITBaseType)]
        /// Bytes of developer fields after the ordinary ones.
        var developerSize: Int
        var size: Int
        /// Where the `timestamp` field (253) sits in the data, when it is a 4-byte field.
        var timestampOffset: Int?
        /// Whether messages of this definition are kept.
        var isWanted: Bool
    }

    public let limits: FITReaderLimits

    public init(limits: FITReaderLimits = .standard) {
        self.limits = limits
    }

    /// The headers of every chained file and the messages with a global number in `wanted` (all
    /// messages when `wanted` is `nil`), in file order.
    public func read(_ bytes: [UInt8], wanted: Set<UInt16>? = nil) throws(FITReadError) -> (headers: [FITFileHeader], messages: [FITDecodedMessage]) {
        guard bytes.count <= limits.maximumFileSize else {
            throw FITReadError(.limitExceeded, at: 0, "the file is \(bytes.count) bytes; Regimen reads FIT files of up to \(limits.maximumFileSize) bytes")
        }
        var headers: [FITFileHeader] = []
        var messages: [FITDecodedMessage] = []
        var start = 0
        repeat {
            let header = try readHeader(bytes, at: start)
            headers.append(header)
            try readRecords(bytes, header: header, start: start, wanted: wanted, into: &messages)
            start += header.headerSize + Int(header.dataSize) + 2
        } while start < bytes.count
        return (headers, messages)
    }

    func readHeader(_ bytes: [UInt8], at start: Int) throws(FITReadError) -> FITFileHeader {
        let available = bytes.count - start
        guard available >= 12 else {
            throw FITReadError(start == 0 ? .notFIT : .truncated, at: start,
                               start == 0 ? "the file is \(bytes.count) bytes, too short for a FIT header (12 or 14 bytes)"
                                          : "\(available) bytes follow the end of the FIT data, too few for another FIT file's header")
        }
        let size = Int(bytes[start])
        guard size >= 12, Array(bytes[(start + 8)..<(start + 12)]) == FITFileHeader.signature else {
            throw FITReadError(.notFIT, at: start, start == 0 ? "this is not a FIT file: it does not start with a FIT header (`.FIT` at bytes 8–11)"
                                                         : "bytes after the end of the FIT data are not another FIT file")
        }
        guard available >= size else {
            throw FITReadError(.truncated, at: start, "the file ends inside its \(size)-byte header")
        }
        var header = FITFileHeader(
            headerSize: size, protocolVersion: bytes[start + 1], profileVersion: UInt16(bytes[start + 2]) | UInt16(bytes[start + 3]) << 8,
            dataSize: (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + 4 + $1]) << (8 * UInt32($1)) })
        if size >= 14 {
            let stored = UInt16(bytes[start + 12]) | UInt16(bytes[start + 13]) << 8
            header.headerCRC = stored
            let computed = FITCRC.of(bytes[start..<(start + 12)])
            guard stored == 0 || stored == computed else {
                throw FITReadError(.badCRC, at: start + 12, "the header's CRC is \(Hex.word(stored)) but its bytes give \(Hex.word(computed)): the file is damaged")
            }
        }
        let end = start + size + Int(header.dataSize) + 2
        guard end <= bytes.count else {
            throw FITReadError(.truncated, at: bytes.count,
                               "the header announces \(header.dataSize) bytes of records and a CRC, but the file ends \(end - bytes.count) bytes short: it was cut off (copied before the watch finished writing it?)")
        }
        let stored = UInt16(bytes[end - 2]) | UInt16(bytes[end - 1]) << 8
        let computed = FITCRC.of(bytes[start..<(end - 2)])
        guard stored == computed else {
            throw FITReadError(.badCRC, at: end - 2, "the file's CRC is \(Hex.word(stored)) but its bytes give \(Hex.word(computed)): the file is damaged")
        }
        return header
    }

    private func readRecords(
        _ bytes: [UInt8], header: FITFileHeader, start: Int, wanted: Set<UInt16>?, into messages: inout [FITDecodedMessage]
    ) throws(FITReadError) {
        var definitions = [Definition?](repeating: nil, count: 16)
        var lastTimestamp: UInt32?
        var position = start + header.headerSize
        let end = position + Int(header.dataSize)
        while position < end {
            let recordStart = position
            let recordHeader = bytes[position]
            position += 1
            if recordHeader & 0x80 == 0, recordHeader & 0x40 != 0 {
                // Definition message.
                let local = Int(recordHeader & 0x0F)
                guard end - position >= 5 else {
                    throw FITReadError(.truncated, at: recordStart, "the records end inside a definition message")
                }
                let architecture = bytes[position + 1]
                guard architecture <= 1 else {
                    throw FITReadError(.badDefinition, at: recordStart + 2, "a definition message gives the architecture \(architecture); only 0 (little-endian) and 1 (big-endian) exist")
                }
                let isBigEndian = architecture == 1
                let number = isBigEndian ? UInt16(bytes[position + 2]) << 8 | UInt16(bytes[position + 3])
                                         : UInt16(bytes[position + 2]) | UInt16(bytes[position + 3]) << 8
                let count = Int(bytes[position + 4])
                position += 5
                guard end - position >= count * 3 else {
                    throw FITReadError(.truncated, at: recordStart, "the records end inside a definition message of \(count) fields")
                }
                var fields: [(number: UInt8, size: Int, type: FITBaseType)] = []
                var size = 0
                var timestampOffset: Int?
                for index in 0..<count {
                    let fieldNumber = bytes[position], fieldSize = Int(bytes[position + 1]), typeByte = bytes[position + 2]
                    guard fieldSize > 0 else {
                        throw FITReadError(.badDefinition, at: position + 1, "field \(fieldNumber) of message \(number) is defined with a size of 0 bytes")
                    }
                    guard var type = FITBaseType(definitionByte: typeByte) else {
                        throw FITReadError(.badDefinition, at: position + 2, "field \(fieldNumber) of message \(number) has the unknown base type \(Hex.byte(typeByte))")
                    }
                    // A size that is not a whole number of values is read as bytes, as the protocol says.
                    if fieldSize % type.size != 0 { type = .byte }
                    if fieldNumber == 253, fieldSize == 4, type == .uint32 || type == .uint32z || type == .sint32 { timestampOffset = size }
                    fields.append((fieldNumber, fieldSize, type))
                    size += fieldSize
                    position += 3
                    _ = index
                }
                var developerSize = 0
                if recordHeader & 0x20 != 0 {
                    guard position < end else {
                        throw FITReadError(.truncated, at: recordStart, "the records end inside a definition message's developer fields")
                    }
                    let developerCount = Int(bytes[position])
                    position += 1
                    guard end - position >= developerCount * 3 else {
                        throw FITReadError(.truncated, at: recordStart, "the records end inside a definition message's \(developerCount) developer fields")
                    }
                    for _ in 0..<developerCount {
                        let fieldSize = Int(bytes[position + 1])
                        guard fieldSize > 0 else {
                            throw FITReadError(.badDefinition, at: position + 1, "developer field \(bytes[position]) of message \(number) is defined with a size of 0 bytes")
                        }
                        developerSize += fieldSize
                        position += 3
                    }
                }
                definitions[local] = Definition(number: number, isBigEndian: isBigEndian, fields: fields, developerSize: developerSize,
                                                size: size + developerSize, timestampOffset: timestampOffset,
                                                isWanted: wanted?.contains(number) ?? true)
                continue
            }
            // Data message, with a normal header or a compressed-timestamp one.
            let compressed = recordHeader & 0x80 != 0
            let local = compressed ? Int((recordHeader >> 5) & 0x03) : Int(recordHeader & 0x0F)
            guard let definition = definitions[local] else {
                throw FITReadError(.undefinedLocalType, at: recordStart,
                                   "a data message uses local message type \(local), which no definition message before it sets up")
            }
            guard end - position >= definition.size else {
                throw FITReadError(.truncated, at: recordStart,
                                   "the records end inside a data message (message \(definition.number), \(definition.size) bytes long)")
            }
            var timestamp: UInt32?
            if compressed {
                let offset = UInt32(recordHeader & 0x1F)
                let previous = lastTimestamp ?? 0
                var time = (previous & ~0x1F) + offset
                if offset < previous & 0x1F { time &+= 0x20 }
                timestamp = time
                lastTimestamp = time
            } else if let at = definition.timestampOffset {
                var value: UInt32 = 0
                for index in 0..<4 {
                    let byte = UInt32(bytes[position + at + (definition.isBigEndian ? index : 3 - index)])
                    value = value << 8 | byte
                }
                if value != 0xFFFF_FFFF {
                    timestamp = value
                    lastTimestamp = value
                }
            }
            if definition.isWanted {
                guard messages.count < limits.maximumKeptMessages else {
                    throw FITReadError(.limitExceeded, at: recordStart, "the file holds more than \(limits.maximumKeptMessages) messages of the kinds Regimen reads")
                }
                var fields: [FITDecodedMessage.Field] = []
                fields.reserveCapacity(definition.fields.count)
                var at = position
                for field in definition.fields {
                    fields.append(.init(number: field.number, type: field.type, bytes: Array(bytes[at..<(at + field.size)])))
                    at += field.size
                }
                messages.append(FITDecodedMessage(number: definition.number, offset: recordStart, fields: fields,
                                                  isBigEndian: definition.isBigEndian, timestamp: timestamp))
            }
            position += definition.size
        }
    }
}

/// Hexadecimal for messages.
enum Hex {
    static func word(_ value: UInt16) -> String { "0x" + padded(String(value, radix: 16, uppercase: true), 4) }
    static func byte(_ value: UInt8) -> String { "0x" + padded(String(value, radix: 16, uppercase: true), 2) }
    private static func padded(_ text: String, _ width: Int) -> String { String(repeating: "0", count: max(0, width - text.count)) + text }
}
