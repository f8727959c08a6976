import RegimenPlan

/// A streaming, pretty-printing JSON writer: two-space indentation, keys in the order written,
/// numbers and strings in one canonical form, so that the same plan always gives the same bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current container already has a member (so the next needs a comma).
    private var hasMember: [Bool] = [false]

    init(capacity: Int = 64 * 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    mutating func array<Element>(_ elements: some Sequence<Element>, _ body: (inout JSONWriter, Element) -> Void) {
        array { writer in
            for element in elements { body(&writer, element) }
        }
    }

    /// Starts an object member: writes `"key": ` after the separator and indentation.
    mutating func key(_ key: String) {
        separator()
        string(key, asValue: false)
        bytes += [UInt8(ascii: ":"), UInt8(ascii: " ")]
        pendingValueAfterKey = true
    }

    mutating func string(_ value: String) { string(value, asValue: true) }

    mutating func integer(_ value: Int) {
        valuePrefix()
        bytes += String(value).utf8
    }

    /// A decimal given as thousandths, written exactly: 42_500 → `42.5`.
    mutating func thousandths(_ value: Int64) {
        valuePrefix()
        bytes += DecimalText.thousandths(value).utf8
    }

    mutating func bool(_ value: Bool) {
        valuePrefix()
        bytes += (value ? "true" : "false").utf8
    }

    // Convenience members.
    mutating func member(_ name: String, _ value: String) { key(name); string(value) }
    mutating func member(_ name: String, _ value: Int) { key(name); integer(value) }
    mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }
    mutating func member(_ name: String, ifPresent value: String?) { if let value { member(name, value) } }
    mutating func member(_ name: String, ifPresent value: Int?) { if let value { member(name, value) } }
    mutating func member(_ name: String, strings: [String]) {
        key(name)
        array(strings) { $0.string($1) }
    }

    // MARK: Layout

    private var pendingValueAfterKey = false

    private mutating func valuePrefix() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
        } else if depth > 0 {
            separator()
        }
    }

    private mutating func separator() {
        if hasMember[depth] { bytes.append(UInt8(ascii: ",")) }
        hasMember[depth] = true
        newline()
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }

    private mutating func open(_ bracket: UInt8) {
        valuePrefix()
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMember.removeLast()
        depth -= 1
        if hadMembers { newline() }
        bytes.append(bracket)
        if depth == 0 { bytes.append(UInt8(ascii: "\n")) }
    }

    private mutating func string(_ value: String, asValue: Bool) {
        if asValue { valuePrefix() }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                          hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
