/// The coach's publishing secret and the folder names (tokens) derived from it: each athlete's
/// folder is HMAC-SHA256(secret, program id, athlete id, salt), 128 bits in hex, so re-publishing
/// keeps every URL, nobody can guess one without the secret, and changing one athlete's salt
/// moves only that athlete's URLs. The coach's folder is derived the same way.
public struct SiteSecret: Sendable {
    /// At least this many bytes: `openssl rand -hex 32` gives 64.
    public static let minimumLength = 32
    public static let environmentVariable = "REGIMEN_PUBLISH_SECRET"

    private let key: [UInt8]

    public enum Problem: Error, Equatable, Sendable {
        case missing
        case tooShort(Int)

        public var message: String { message(source: SiteSecret.environmentVariable) }

        /// The problem in words, for a secret read from `source` (the variable, or a file).
        public func message(source: String) -> String {
            switch self {
            case .missing:
                "\(source) is not set; publishing needs a secret kept outside the repository, at least \(SiteSecret.minimumLength) characters (make one with `openssl rand -hex 32`)"
            case .tooShort(let count):
                "\(source) is \(count) characters long; it must be at least \(SiteSecret.minimumLength) (make one with `openssl rand -hex 32`)"
            }
        }
    }

    /// The secret from the environment variable's value; surrounding whitespace (a newline from
    /// a file) is not part of it.
    public static func read(_ value: String?) -> Result<SiteSecret, Problem> {
        guard let value else { return .failure(.missing) }
        let trimmed = value.trimmingSpaces
        guard !trimmed.isEmpty else { return .failure(.missing) }
        guard trimmed.utf8.count >= minimumLength else { return .failure(.tooShort(trimmed.utf8.count)) }
        return .success(SiteSecret(key: Array(trimmed.utf8)))
    }

    init(key: [UInt8]) {
        self.key = key
    }

    /// The folder of one athlete of one program.
    public func athleteToken(program: String, athlete: String, salt: String = "") -> String {
        token(["athlete", program, athlete, salt])
    }

    /// The coach's folder: the roster page, the coach's feeds and the site's state.
    public var coachToken: String { token(["coach"]) }

    private func token(_ parts: [String]) -> String {
        // Each part is length-prefixed so that no two lists of parts give the same message.
        var message = Array("regimen-publish-1".utf8)
        for part in parts {
            message += Array("\n\(part.utf8.count):".utf8) + Array(part.utf8)
        }
        return SHA256.hex(SHA256.hmac(key: key, message: message).prefix(16))
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
