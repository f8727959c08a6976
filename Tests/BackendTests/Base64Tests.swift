import Foundation
import RegimenPlan
import Testing

/// Binary files in plugin responses (protocol 1.1) are standard base64.
@Suite("Plugin protocol: base64 for binary files")
struct Base64Tests {
    @Test func rfc4648TestVectors() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (text, encoded) in vectors {
            #expect(Base64.encode(Array(text.utf8)) == encoded)
        }
    }

    @Test func everyByteValueRoundTrips() throws {
        for length in 0..<70 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 37 + 250) }
            let file = PluginFile(path: "x.bin", bytes: bytes)
            #expect(file.contents == nil)
            let encoded = try #require(file.base64)
            let decoded = try #require(Data(base64Encoded: encoded))
            #expect(Array(decoded) == bytes)
        }
    }
}
