/// A data message to write: its global message number (`workout_step` is 27) and the fields
/// that have a value. Fields without a value are left out of the message (and of its
/// definition), rather than written as the base type's invalid value.
public struct FITMessage: Hashable, Sendable {
    /// One field: its number, base type and bytes (little-endian when written by `FITWriter`).
    public struct Field: Hashable, Sendable {
        public var number: UInt8
        public var type: FITBaseType
        public var bytes: [UInt8]
    }

    public var number: UInt16
    public private(set) var fields: [Field] = []

    public init(_ number: UInt16) {
        self.number = number
    }

    /// Sets an integer field of any integer base type; `nil` leaves it out. The value is written
    /// in the type's size: callers keep it in range and away from the type's invalid value.
    public mutating func set(_ field: UInt8, _ type: FITBaseType, _ value: UInt64?) {
        guard let value else { return }
        var bytes: [UInt8] = []
        bytes.append(littleEndian: value, size: type.size)
        put(Field(number: field, type: type, bytes: bytes))
    }

    /// Sets an array of integers of one base type; an empty array leaves the field out.
    public mutating func set(_ field: UInt8, _ type: FITBaseType, array values: [UInt64]) {
        guard !values.isEmpty, values.count * type.size <= 255 else { return }
        var bytes: [UInt8] = []
        for value in values { bytes.append(littleEndian: value, size: type.size) }
        put(Field(number: field, type: type, bytes: bytes))
    }

    /// Sets a string field of exactly `size` bytes (at most 255): UTF-8, cut at a character
    /// boundary to leave room for the terminating zero, then padded with zeros. An empty string
    /// leaves the field out.
    public mutating func set(_ field: UInt8, string text: String?, size: Int) {
        guard let text, !text.isEmpty, size >= 2 else { return }
        var bytes = Array(FITText.truncated(text, toBytes: min(size, 255) - 1).utf8)
        guard !bytes.isEmpty else { return }
        bytes += [UInt8](repeating: 0, count: min(size, 255) - bytes.count)
        put(Field(number: field, type: .string, bytes: bytes))
    }

    private mutating func put(_ field: Field) {
        if let index = fields.firstIndex(where: { $0.number == field.number }) {
            fields[index] = field
        } else {
            fields.append(field)
        }
    }
}

/// Text as FIT string fields hold it.
public enum FITText {
    /// `text` cut to at most `limit` bytes of UTF-8 without splitting a character.
    public static func truncated(_ text: String, toBytes limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let size = character.utf8.count
            guard used + size <= limit else { break }
            result.append(character)
            used += size
        }
        return result
    }
}
