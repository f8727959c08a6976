import Foundation
import ProgramSpec
import Testing

/// `schema/program.schema.json` and the decoder must accept the same keys and require the same
/// ones, so that what an editor accepts is what `regimen check` accepts.
@Suite("Spec JSON Schema: in step with the decoder")
struct SchemaSyncTests {
    static func schema() throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: Fixtures.root + "/../../../schema/program.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("every mapping has the decoder's keys", arguments: SpecObjects.all.map(\.schemaName))
    func keysMatch(name: String) throws {
        let object = try #require(SpecObjects.all.first { $0.schemaName == name })
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        var definition = try #require(definitions[name] as? [String: Any], "schema has no $defs/\(name)")
        if definition["properties"] == nil, let choices = definition["anyOf"] as? [[String: Any]] {
            // Rounding is a step, a list of steps, or a mapping; an action or `success` a word or a
            // mapping: the mapping is the choice with properties.
            definition = try #require(choices.first { $0["properties"] != nil })
        }
        let properties = try #require(definition["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(object.keys), "keys of \(name)")
        #expect(definition["additionalProperties"] as? Bool == false, "\(name) must reject unknown keys")
        let required = Set(definition["required"] as? [String] ?? [])
        // The schema cannot see that a superset needs `superset:` or `circuit:`, and requires what
        // the decoder requires.
        #expect(required == Set(object.required.map(\.key)), "required keys of \(name)")
    }

    @Test func theSchemaIsVersioned() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((schema["$id"] as? String)?.contains("/spec/1/") == true)
    }

    @Test func examplePrograms_CarryTheSchemaModeline() throws {
        for path in ExampleProgramTests.files {
            let text = Fixtures.read(path)
            #expect(text.hasPrefix("# yaml-language-server: $schema="), "\(path) has no schema modeline")
        }
    }
}
