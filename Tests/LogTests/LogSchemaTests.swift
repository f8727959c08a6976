import Foundation
import Testing
import TrainingLog

/// `schema/log.schema.json` and the YAML log reader accept the same keys and require the same
/// ones (scripts/validate_schema.py also runs the schema over the fixture logs).
@Suite("Training logs: the JSON Schema in step with the reader")
struct LogSchemaTests {
    static func schema() throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: Fixtures.root + "/../../../schema/log.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("every mapping has the reader's keys", arguments: LogObjects.all.map(\.schemaName))
    func keysMatch(name: String) throws {
        let object = try #require(LogObjects.all.first { $0.schemaName == name })
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        let definition = try #require(definitions[name] as? [String: Any], "schema has no $defs/\(name)")
        let properties = try #require(definition["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(object.keys), "keys of \(name)")
        #expect(definition["additionalProperties"] as? Bool == false, "\(name) must reject unknown keys")
        #expect(Set(definition["required"] as? [String] ?? []) == Set(object.required.map(\.key)), "required keys of \(name)")
    }

    @Test func theSchemaIsVersioned() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((schema["$id"] as? String)?.contains("/log/1/") == true)
    }
}
