import ArgumentParser
import RegimenKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema: the spec language (the default), the JSON plan, the diagnostics or the plugin protocol.",
        discussion: """
        Editors with yaml-language-server (VS Code's YAML extension, Neovim, Helix, Zed, …) check \
        and complete specs with the spec schema. Save it beside your programs and point each \
        file's first line at it (the path is relative to the file):

          regimen schema > .regimen/program.schema.json
          # yaml-language-server: $schema=.regimen/program.schema.json

        `regimen init` does both; run the first line again after upgrading Regimen.
        """
    )

    @Argument(help: "Which schema: \(EmbeddedSchemas.names.joined(separator: ", ")).", completion: .list(EmbeddedSchemas.names))
    var name = "program"

    func validate() throws {
        guard EmbeddedSchemas.json(named: name) != nil else {
            throw ValidationError("there is no schema `\(name)`; choose \(EmbeddedSchemas.names.map { "`\($0)`" }.joined(separator: ", "))")
        }
    }

    func run() {
        Terminal.standardOutput.write(EmbeddedSchemas.json(named: name) ?? "")
    }
}
