/// Reads the binary TZif format of the system's zone data (RFC 8536), versions 1 to 4.
enum TZifParser {
    struct Failure: Error {
        let reason: String
    }

    static func parse(_ bytes: [UInt8], identifier: String) throws(Failure) -> ZoneRules {
        var reader = ByteReader(bytes: bytes)
        let header = try readHeader(&reader)
        guard header.version >= 2 else {
            return try readBody(&reader, header: header, timeSize: 4, identifier: identifier, footer: nil)
        }
        // Skip the version 1 block; the version 2 block that follows has 64-bit times.
        try reader.skip(header.v1BlockSize)
        let header2 = try readHeader(&reader)
        return try readBody(&reader, header: header2, timeSize: 8, identifier: identifier, footer: true)
    }

    private struct Header {
        var version: Int
        var isUTCCount: Int
        var isStandardCount: Int
        var leapCount: Int
        var timeCount: Int
        var typeCount: Int
        var charCount: Int

        var v1BlockSize: Int {
            timeCount * 5 + typeCount * 6 + charCount + leapCount * 8 + isStandardCount + isUTCCount
        }
    }

    private static func readHeader(_ reader: inout ByteReader) throws(Failure) -> Header {
        guard try reader.bytes(4) == Array("TZif".utf8) else { throw Failure(reason: "not a TZif file") }
        let versionByte = try reader.byte()
        let version = versionByte == 0 ? 1 : Int(versionByte) - 48
        try reader.skip(15)
        let counts = try (0..<6).map { _ throws(Failure) in try reader.int32() }
        guard counts.allSatisfy({ $0 >= 0 && $0 < 1_000_000 }), (1...9).contains(version) else {
            throw Failure(reason: "corrupt TZif header")
        }
        return Header(version: version, isUTCCount: Int(counts[0]), isStandardCount: Int(counts[1]), leapCount: Int(counts[2]),
                      timeCount: Int(counts[3]), typeCount: Int(counts[4]), charCount: Int(counts[5]))
    }

    private static func readBody(
        _ reader: inout ByteReader, header: Header, timeSize: Int, identifier: String, footer: Bool?
    ) throws(Failure) -> ZoneRules {
        var times: [Int64] = []
        for _ in 0..<header.timeCount {
            times.append(timeSize == 8 ? try reader.int64() : Int64(try reader.int32()))
        }
        let indices = try reader.bytes(header.timeCount).map(Int.init)
        var rawTypes: [(offset: Int, isDST: Bool, abbreviationIndex: Int)] = []
        for _ in 0..<header.typeCount {
            let offset = Int(try reader.int32())
            let isDST = try reader.byte() != 0
            let abbreviationIndex = Int(try reader.byte())
            rawTypes.append((offset, isDST, abbreviationIndex))
        }
        let characters = try reader.bytes(header.charCount)
        try reader.skip(header.leapCount * (timeSize + 4) + header.isStandardCount + header.isUTCCount)
        guard !rawTypes.isEmpty, indices.allSatisfy({ $0 < rawTypes.count }) else { throw Failure(reason: "corrupt TZif data") }
        let types = rawTypes.map { raw in
            let tail = raw.abbreviationIndex < characters.count ? characters[raw.abbreviationIndex...] : []
            let name = String(decoding: tail.prefix { $0 != 0 }, as: UTF8.self)
            return LocalTimeType(offset: raw.offset, isDaylightSaving: raw.isDST, abbreviation: name)
        }
        var posix: PosixTimeZone?
        if footer != nil, reader.remaining > 1, try reader.byte() == UInt8(ascii: "\n") {
            let line = reader.rest.prefix { $0 != UInt8(ascii: "\n") }
            posix = PosixTimeZoneParser.parse(String(decoding: line, as: UTF8.self))
        }
        let transitions = zip(times, indices).map { (at: $0, type: types[$1]) }
        // The initial type is the first standard-time type if the first transition goes to it;
        // RFC 8536 says to use type 0 for times before the first transition.
        return ZoneRules(identifier: identifier, initialType: types[0], transitions: transitions, footer: posix)
    }
}

/// Reads big-endian integers from a byte array, failing on truncated input.
private struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    var remaining: Int { bytes.count - position }
    var rest: ArraySlice<UInt8> { bytes[position...] }

    mutating func byte() throws(TZifParser.Failure) -> UInt8 {
        guard position < bytes.count else { throw TZifParser.Failure(reason: "truncated TZif file") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func bytes(_ count: Int) throws(TZifParser.Failure) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw TZifParser.Failure(reason: "truncated TZif file") }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func skip(_ count: Int) throws(TZifParser.Failure) {
        guard count >= 0, count <= remaining else { throw TZifParser.Failure(reason: "truncated TZif file") }
        position += count
    }

    mutating func int32() throws(TZifParser.Failure) -> Int32 {
        let b = try bytes(4)
        return Int32(bitPattern: UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3]))
    }

    mutating func int64() throws(TZifParser.Failure) -> Int64 {
        let high = Int64(try int32())
        let low = Int64(UInt32(bitPattern: try int32()))
        return high << 32 | low
    }
}
