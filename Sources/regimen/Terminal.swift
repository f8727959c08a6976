#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, and whether to use colour on them.
struct Terminal: Sendable {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }

    /// Standard input, read to its end or to `limit` bytes, whichever comes first.
    static func readStandardInput(limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    /// Colour only on a terminal, never when `NO_COLOR` is set (https://no-color.org), and never
    /// for `TERM=dumb`.
    var supportsColor: Bool {
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(descriptor) == 1
    }
}

/// Settings read from the environment.
enum Environment {
    /// `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/): a fixed
    /// build time in seconds since the epoch, for reproducible stamps.
    static var sourceDateEpoch: Int64? {
        guard let value = getenv("SOURCE_DATE_EPOCH") else { return nil }
        return Int64(String(cString: value)).flatMap { (0...253_402_300_799).contains($0) ? $0 : nil }
    }
}
