@testable import Publish
import Testing

/// SHA-256 and HMAC-SHA256 against the published test vectors, and the tokens made from them.
struct SiteTokenTests {
    @Test("SHA-256 matches FIPS 180-4's examples, across a block boundary")
    func sha256Vectors() {
        #expect(SHA256.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("HMAC-SHA256 matches RFC 4231's test cases 1, 2 and 6 (a key longer than a block)")
    func hmacVectors() {
        #expect(SHA256.hex(SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(SHA256.hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(SHA256.hex(SHA256.hmac(key: [UInt8](repeating: 0xaa, count: 131),
                                       message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test("A missing, blank or short secret is refused with how to make one")
    func secretProblems() {
        #expect(throws: SiteSecret.Problem.missing) { try SiteSecret.read(nil).get() }
        #expect(throws: SiteSecret.Problem.missing) { try SiteSecret.read(" \n").get() }
        #expect(throws: SiteSecret.Problem.tooShort(31)) { try SiteSecret.read(String(repeating: "x", count: 31) + "\n").get() }
        #expect(SiteSecret.Problem.tooShort(31).message.contains("openssl rand -hex 32"))
        #expect((try? SiteSecret.read(String(repeating: "x", count: 32)).get()) != nil)
    }

    @Test("Tokens are stable, 128 bits in hex, and differ by secret, program, athlete and salt")
    func tokens() throws {
        let secret = try SiteSecret.read(String(repeating: "s", count: 40)).get()
        let same = try SiteSecret.read(String(repeating: "s", count: 40) + "\n").get()
        let other = try SiteSecret.read(String(repeating: "t", count: 40)).get()
        let token = secret.athleteToken(program: "p", athlete: "alex")
        #expect(token.count == 32 && token.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(token == same.athleteToken(program: "p", athlete: "alex"))
        let variants = [
            other.athleteToken(program: "p", athlete: "alex"), secret.athleteToken(program: "q", athlete: "alex"),
            secret.athleteToken(program: "p", athlete: "casey"), secret.athleteToken(program: "p", athlete: "alex", salt: "2027"),
            // Length prefixes keep the parts apart: "p" + "alex" is not "pa" + "lex".
            secret.athleteToken(program: "pa", athlete: "lex"), secret.coachToken,
        ]
        #expect(Set(variants + [token]).count == variants.count + 1)
    }
}
