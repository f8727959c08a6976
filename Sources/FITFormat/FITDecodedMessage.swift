/// A data message as read from a file: its global number, where it starts, and its fields'
/// bytes as stored (in the byte order its definition gave).
public struct FITDecodedMessage: Hashable, Sendable {
    /// A field's number, base type and bytes, as stored.
    public typealias Field = FITMessage.Field

    /// The global message number (`set` is 225).
    public var number: UInt16
    /// The byte offset of the message's record header from the start of the file.
    public var offset: Int
    public var fields: [Field]
    public var isBigEndian: Bool
    /// The message's time in seconds since the FIT epoch: its `timestamp` field (253), or the
    /// time a compressed-timestamp header gives.
    public var timestamp: UInt32?

    /// The field's first value as an unsigned number; `nil` when the field is absent or holds
    /// its base type's invalid value.
    public func unsigned(_ field: UInt8) -> UInt64? {
        unsignedValues(field).first.flatMap { $0 }
    }

    /// The field's first value as a signed number (for `sint` base types), `nil` when absent or invalid.
    public func signed(_ field: UInt8) -> Int64? {
        guard let entry = fields.first(where: { $0.number == field }), entry.type.isSigned,
              let raw = unsignedValues(field).first.flatMap({ $0 }) else { return nil }
        let bits = UInt64(entry.type.size * 8)
        return Int64(bitPattern: raw << (64 - bits)) >> Int64(64 - bits)
    }

    /// Every element of an array field, `nil` for invalid elements.
    public func unsignedValues(_ field: UInt8) -> [UInt64?] {
        guard let entry = fields.first(where: { $0.number == field }), entry.type != .string else { return [] }
        let size = entry.type.size
        guard size <= 8, entry.bytes.count % size == 0 else { return [] }
        return stride(from: 0, to: entry.bytes.count, by: size).map { start in
            var value: UInt64 = 0
            for index in 0..<size {
                let byte = UInt64(entry.bytes[start + index])
                value |= isBigEndian ? byte << (8 * UInt64(size - 1 - index)) : byte << (8 * UInt64(index))
            }
            if entry.type == .byte { return value == 0xFF ? nil : value }
            return value == entry.type.invalidPattern ? nil : value
        }
    }

    /// A string field up to its first zero byte; `nil` when absent or empty.
    public func string(_ field: UInt8) -> String? {
        guard let entry = fields.first(where: { $0.number == field }), entry.type == .string else { return nil }
        let text = entry.bytes.prefix { $0 != 0 }
        return text.isEmpty ? nil : String(decoding: text, as: UTF8.self)
    }
}
