/// The FIT protocol's 16-bit CRC (CRC-16/ARC: polynomial 0x8005 reflected, initial value 0),
/// computed a nibble at a time with the protocol's 16-entry table. It covers the first 12 bytes
/// of a 14-byte header, and the whole file (header and records) before the final two bytes.
public struct FITCRC: Sendable {
    public private(set) var value: UInt16 = 0

    public init() {}

    private static let table: [UInt16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ]

    public mutating func update(_ byte: UInt8) {
        var crc = value
        var entry = FITCRC.table[Int(crc & 0xF)]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ entry ^ FITCRC.table[Int(byte & 0xF)]
        entry = FITCRC.table[Int(crc & 0xF)]
        crc = (crc >> 4) & 0x0FFF
        value = crc ^ entry ^ FITCRC.table[Int((byte >> 4) & 0xF)]
    }

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { update(byte) }
    }

    /// The same CRC a byte at a time: entry `b` is the nibble table applied to the byte `b`
    /// from a CRC of zero, which is all a byte-wise CRC-16/ARC needs.
    private static let byteTable: [UInt16] = (0..<256).map { byte in
        var crc = FITCRC()
        crc.update(UInt8(byte))
        return crc.value
    }

    /// The CRC of `bytes`.
    public static func of(_ bytes: some Collection<UInt8>) -> UInt16 {
        let table = byteTable
        let fast: UInt16? = bytes.withContiguousStorageIfAvailable { buffer in
            table.withUnsafeBufferPointer { table in
                var crc: UInt16 = 0
                for byte in buffer { crc = (crc >> 8) ^ table[Int(UInt8(truncatingIfNeeded: crc) ^ byte)] }
                return crc
            }
        }
        if let fast { return fast }
        var crc = FITCRC()
        crc.update(bytes)
        return crc.value
    }
}
