import FITBackend
import ICSBackend
import JSONBackend
import RegimenPlan
import TextBackend

/// The backends `--to` can name. The CLI composes it from the built-in plugins under `Plugins/`.
public struct BackendRegistry: Sendable {
    public private(set) var backends: [any Backend]

    public init(_ backends: [any Backend]) {
        self.backends = backends
    }

    /// The built-in backends: `text`, `ics` and `json`.
    public static let builtIn = BackendRegistry([TextBackend(), ICSBackend(), JSONBackend(), FITBackend()])

    public func backend(named name: String) -> (any Backend)? {
        backends.first { $0.name == name }
    }

    public var names: [String] { backends.map(\.name) }
}
