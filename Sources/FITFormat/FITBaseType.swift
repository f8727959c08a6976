/// The FIT protocol's base types: how a field's bytes are stored, and which value of each means
/// "no value" (the invalid value). A definition message gives each field's base type as one byte:
/// bits 0–4 the base type number, bit 7 set for types whose byte order depends on the
/// architecture (multi-byte types).
public enum FITBaseType: UInt8, CaseIterable, Sendable, Hashable {
    case enumeration = 0x00
    case sint8 = 0x01
    case uint8 = 0x02
    case sint16 = 0x83
    case uint16 = 0x84
    case sint32 = 0x85
    case uint32 = 0x86
    /// Null-terminated UTF-8, padded with zeros to the field's size.
    case string = 0x07
    case float32 = 0x88
    case float64 = 0x89
    /// Unsigned types whose invalid value is zero.
    case uint8z = 0x0A
    case uint16z = 0x8B
    case uint32z = 0x8C
    /// An array of bytes; invalid when every byte is 0xFF.
    case byte = 0x0D
    case sint64 = 0x8E
    case uint64 = 0x8F
    case uint64z = 0x90

    /// The base type a definition's byte names (bit 7, the endian flag, is ignored, as the
    /// protocol's base type number alone identifies the type); `nil` for numbers beyond 16.
    public init?(definitionByte: UInt8) {
        let number = definitionByte & 0x1F
        guard let type = FITBaseType.allCases.first(where: { $0.rawValue & 0x1F == number }) else { return nil }
        self = type
    }

    /// Bytes per value.
    public var size: Int {
        switch self {
        case .enumeration, .sint8, .uint8, .string, .uint8z, .byte: 1
        case .sint16, .uint16, .uint16z: 2
        case .sint32, .uint32, .uint32z, .float32: 4
        case .float64, .sint64, .uint64, .uint64z: 8
        }
    }

    /// The value that means "not set", as the unsigned pattern of `size` bytes.
    public var invalidPattern: UInt64 {
        switch self {
        case .enumeration, .uint8, .byte: 0xFF
        case .sint8: 0x7F
        case .sint16: 0x7FFF
        case .uint16: 0xFFFF
        case .sint32: 0x7FFF_FFFF
        case .uint32, .float32: 0xFFFF_FFFF
        case .float64, .uint64: 0xFFFF_FFFF_FFFF_FFFF
        case .sint64: 0x7FFF_FFFF_FFFF_FFFF
        case .string, .uint8z, .uint16z, .uint32z, .uint64z: 0
        }
    }

    public var isSigned: Bool { self == .sint8 || self == .sint16 || self == .sint32 || self == .sint64 }
}
