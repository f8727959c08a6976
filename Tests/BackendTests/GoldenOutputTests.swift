import ICSBackend
import JSONBackend
import RegimenKit
import RegimenPlan
import Testing
import TextBackend

@Suite("Backends: golden output for every program in Programs/")
struct GoldenOutputTests {
    @Test func everyProgramIsCovered() {
        #expect(Golden.programs.count >= 2)
        #expect(Golden.programs.contains("Programs/runner-hip-balance.yaml"))
    }

    @Test("text cards", arguments: Golden.programs)
    func text(program: String) throws {
        for file in try Golden.render(try Golden.plan(program), with: TextBackend()) {
            try Golden.check(file, program: program)
        }
    }

    @Test("iCalendar", arguments: Golden.programs)
    func ics(program: String) throws {
        for file in try Golden.render(try Golden.plan(program), with: ICSBackend()) {
            try Golden.check(file, program: program)
        }
    }

    @Test("JSON", arguments: Golden.programs)
    func json(program: String) throws {
        for file in try Golden.render(try Golden.plan(program), with: JSONBackend()) {
            try Golden.check(file, program: program)
        }
    }

    @Test("the same spec gives the same bytes", arguments: Golden.programs)
    func deterministic(program: String) throws {
        for backend in BackendRegistry.builtIn.backends {
            let first = try Golden.render(try Golden.plan(program), with: backend)
            let second = try Golden.render(try Golden.plan(program), with: backend)
            #expect(first == second, "\(backend.name) output of \(program) differs between two builds")
        }
    }
}
