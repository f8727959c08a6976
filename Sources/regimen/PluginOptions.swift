import ArgumentParser
import RegimenKit

/// Options that say where external plugins are and how far to trust them.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-path"), help: ArgumentHelp("A folder to look in for regimen-backend-NAME and regimen-filter-NAME executables, before REGIMEN_PLUGIN_PATH and PATH. Repeat for several.", valueName: "folder"))
    var pluginPaths: [String] = []

    @Option(name: .customLong("plugin-timeout"), help: ArgumentHelp("Seconds a plugin may run before it is stopped.", valueName: "seconds"))
    var pluginTimeout: Double = 30

    @Option(name: .customLong("plugin-output-limit"), help: ArgumentHelp("Bytes a plugin may write before it is stopped.", valueName: "bytes"))
    var pluginOutputLimit: Int = 256 << 20

    @Option(name: .customLong("plugin-file-limit"), help: ArgumentHelp("Files one backend plugin may return (default 10000).", valueName: "count"))
    var pluginFileLimit: Int = PluginLimits.defaultMaxFiles

    func validate() throws {
        guard pluginFileLimit > 0 else { throw ValidationError("--plugin-file-limit must be positive") }
        guard pluginTimeout > 0, pluginTimeout <= 3600 else { throw ValidationError("--plugin-timeout must be from 0 to 3600 seconds") }
        guard pluginOutputLimit > 0 else { throw ValidationError("--plugin-output-limit must be positive") }
    }

    var locator: PluginLocator { PluginLocator(pluginPaths: pluginPaths) }
    var limits: PluginLimits { PluginLimits(timeout: pluginTimeout, maxOutput: pluginOutputLimit, maxFiles: pluginFileLimit) }
}
