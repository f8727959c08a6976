/// The header every FIT file starts with: its own size (12 bytes, or 14 with a CRC of the first
/// 12), the protocol and profile versions, the size of the records that follow, and `.FIT`.
/// Multi-byte numbers are little-endian.
public struct FITFileHeader: Hashable, Sendable {
    /// 12 (legacy) or 14; later protocol versions may define longer headers, which readers skip.
    public var headerSize: Int
    /// Major version in the high nibble, minor in the low: `0x10` is 1.0, `0x20` is 2.0.
    public var protocolVersion: UInt8
    /// `major × 1000 + minor` for profile 21 and later (21.218 is 21218), `× 100` before.
    public var profileVersion: UInt16
    /// Bytes of records between the header and the two-byte file CRC.
    public var dataSize: UInt32
    /// The CRC of the header's first 12 bytes; `0` means "not computed", which the protocol allows.
    public var headerCRC: UInt16?

    public static let signature: [UInt8] = Array(".FIT".utf8)

    public init(headerSize: Int = 14, protocolVersion: UInt8, profileVersion: UInt16, dataSize: UInt32, headerCRC: UInt16? = nil) {
        self.headerSize = headerSize
        self.protocolVersion = protocolVersion
        self.profileVersion = profileVersion
        self.dataSize = dataSize
        self.headerCRC = headerCRC
    }

    /// The 14-byte header, with its CRC computed.
    public var encoded: [UInt8] {
        var bytes: [UInt8] = [14, protocolVersion]
        bytes.append(littleEndian: UInt64(profileVersion), size: 2)
        bytes.append(littleEndian: UInt64(dataSize), size: 4)
        bytes += FITFileHeader.signature
        bytes.append(littleEndian: UInt64(FITCRC.of(bytes)), size: 2)
        return bytes
    }
}

extension Array where Element == UInt8 {
    /// Appends the low `size` bytes of `value`, least significant first.
    mutating func append(littleEndian value: UInt64, size: Int) {
        for index in 0..<size { append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }
}
