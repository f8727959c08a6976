/// The JSON Schemas in `schema/`, built into the binary so that `regimen schema` prints them
/// wherever regimen is installed, and an editor's modeline can point at a local copy
/// (`regimen schema > .regimen/program.schema.json`).
///
/// Their text lives in `EmbeddedSchemaTexts.swift`, generated from `schema/` by
/// scripts/update-golden; a test keeps the two identical. (A SwiftPM resource would need
/// Foundation's `Bundle` and a resource folder beside the binary; a string in the binary needs
/// neither.)
public enum EmbeddedSchemas {
    /// The schemas' names, as `regimen schema NAME` takes them: `program` is the spec language.
    public static let names = ["program", "plan", "diagnostics", "plugin-protocol"]

    /// Each schema's name and JSON text.
    public static var all: [(name: String, json: String)] { texts }

    /// The schema named `name` (`program`, `plan`, …), or `nil`.
    public static func json(named name: String) -> String? { texts.first { $0.name == name }?.json }

    /// The text of `EmbeddedSchemaTexts.swift` for `files` (each a name and its JSON text).
    public static func swiftSource(_ files: [(name: String, json: String)]) -> String {
        var text = """
        // Generated from schema/*.json by scripts/update-golden (SchemaSyncTests); do not edit.

        extension EmbeddedSchemas {
            static let texts: [(name: String, json: String)] = [

        """
        for (name, json) in files {
            text += "        (\"\(name)\", ##\"\"\"\n\(json)\n\"\"\"##),\n"
        }
        return text + "    ]\n}\n"
    }
}
