import Diagnostics
import RegimenKit
import Testing

/// Every spec in `Fixtures/invalid` must produce exactly the diagnostics in its `.expected`
/// file: code, position and message. Each case targets one mistake, and no case may produce
/// follow-on noise.
@Suite("Checker: invalid specs")
struct InvalidSpecTests {
    @Test("diagnostics match the expected text", arguments: Fixtures.invalidSpecs)
    func diagnosticsMatch(name: String) {
        let outcome = Compiler().check(Fixtures.invalid + "/" + name + ".yaml")
        let expected = Fixtures.read(Fixtures.invalid + "/" + name + ".expected").split(separator: "\n").map(String.init)
        #expect(!expected.isEmpty, "\(name).expected is missing or empty")
        #expect(Fixtures.summaryLines(outcome.diagnostics, relativeTo: Fixtures.invalid) == expected)
    }

    @Test func thereAreAtLeastTwentyCases() {
        #expect(Fixtures.invalidSpecs.count >= 20)
    }

    @Test func everyErrorCaseStopsTheBuild() {
        for name in Fixtures.invalidSpecs {
            let outcome = Compiler().check(Fixtures.invalid + "/" + name + ".yaml")
            if outcome.hasErrors {
                #expect(outcome.program == nil, "\(name) has errors but produced a program")
            }
        }
    }
}
