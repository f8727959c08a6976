import Foundation
import ProgramSpec
import RegimenKit
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

    /// Every key an editor offers comes with what it means and an example to start from.
    @Test func everyPropertyHasADescriptionAndExamples() throws {
        var properties: [(path: String, schema: [String: Any])] = []
        func collect(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                for (name, property) in object["properties"] as? [String: Any] ?? [:] {
                    if let schema = property as? [String: Any] { properties.append((path + "/" + name, schema)) }
                }
                for (key, child) in object { collect(child, path + "/" + key) }
            } else if let array = value as? [Any] {
                for (index, child) in array.enumerated() { collect(child, "\(path)[\(index)]") }
            }
        }
        collect(try Self.schema(), "")
        #expect(properties.count >= 132)
        for (path, schema) in properties {
            #expect((schema["description"] as? String)?.isEmpty == false, "\(path) has no description")
            #expect((schema["examples"] as? [Any])?.isEmpty == false, "\(path) has no examples")
        }
    }

    /// `regimen schema` prints the schemas built into the binary, so that an editor's modeline
    /// works outside this repository; they must be the files in `schema/`. With
    /// `REGIMEN_UPDATE_GOLDEN=1` (scripts/update-golden) the Swift source is written anew.
    @Test func theEmbeddedSchemasAreTheFiles() throws {
        let folder = Fixtures.root + "/../../../schema"
        let names = EmbeddedSchemas.all.map(\.name)
        #expect(names == EmbeddedSchemas.names)
        var files: [(name: String, json: String)] = []
        for name in EmbeddedSchemas.names {
            files.append((name, Fixtures.read(folder + "/\(name).schema.json")))
        }
        if DiagnosticFormatTests.updating {
            try EmbeddedSchemas.swiftSource(files).write(
                toFile: Fixtures.root + "/../../../Sources/RegimenKit/EmbeddedSchemaTexts.swift", atomically: true, encoding: .utf8)
        }
        for (name, json) in files {
            #expect(EmbeddedSchemas.json(named: name) == json, "\(name).schema.json differs from the binary's; run scripts/update-golden")
        }
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
