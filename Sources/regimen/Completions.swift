import ArgumentParser
import RegimenKit

/// What the shell completions (`regimen --generate-completion-script bash|zsh|fish`) offer for
/// arguments whose values Regimen knows. The custom ones run `regimen` when TAB is pressed, with
/// the words typed so far.
enum Completions {
    /// Spec files and folders to find them in.
    static let specFiles = CompletionKind.file(extensions: ["yaml", "yml"])

    /// `--to`: `all`, the built-in backends, and every `regimen-backend-NAME` found where
    /// `build` would look (`--plugin-path` folders typed so far, `REGIMEN_PLUGIN_PATH`, `PATH`).
    static let backends = CompletionKind.custom { words, _, prefix in
        backendNames(pluginPaths: values(of: "--plugin-path", in: words)).filter { $0.hasPrefix(prefix) }
    }

    /// `--athlete`: the ids of the athletes of the program named on the command line, when it
    /// checks clean enough to have them.
    static let athletes = CompletionKind.custom { words, index, prefix in
        athleteIDs(words: words, completing: index).filter { $0.hasPrefix(prefix) }
    }

    static func backendNames(pluginPaths: [String]) -> [String] {
        var names = ["all"] + BackendRegistry.builtIn.names
        for plugin in PluginLocator(pluginPaths: pluginPaths).all(.backend) where !names.contains(plugin.name) {
            names.append(plugin.name)
        }
        return names
    }

    /// The athlete ids of the first `.yaml`/`.yml` word other than the one being completed.
    static func athleteIDs(words: [String], completing index: Int) -> [String] {
        let program = words.enumerated().first { position, word in
            position != index && position > 0 && (word.hasSuffix(".yaml") || word.hasSuffix(".yml"))
        }?.element
        guard let program else { return [] }
        var compiler = Compiler()
        compiler.runsLints = false
        return compiler.check(unquoted(program)).program?.athletes.map(\.id) ?? []
    }

    /// The values given to `option` among `words` (`--option value` and `--option=value`).
    static func values(of option: String, in words: [String]) -> [String] {
        var found: [String] = []
        for (position, word) in words.enumerated() {
            if word == option, position + 1 < words.count { found.append(unquoted(words[position + 1])) }
            if word.hasPrefix(option + "=") { found.append(unquoted(String(word.dropFirst(option.count + 1)))) }
        }
        return found
    }

    /// A shell word without surrounding quotes (the shells pass words verbatim).
    static func unquoted(_ word: String) -> String {
        for quote in ["'", "\""] where word.count >= 2 && word.hasPrefix(quote) && word.hasSuffix(quote) {
            return String(word.dropFirst().dropLast())
        }
        return word.replacing("\\ ", with: " ")
    }
}
