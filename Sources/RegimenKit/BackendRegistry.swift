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

    /// The built-in backends: `text`, `ics`, `json` and `fit`.
    public static let builtIn = BackendRegistry([TextBackend(), ICSBackend(), JSONBackend(), FITBackend()])

    /// The backends `--to all` means: the documents a coach hands out (cards, calendar, JSON).
    /// `fit` writes a file per session and is asked for by name (docs/fit.md).
    public var all: [any Backend] { backends.filter { $0.name != "fit" } }

    public func backend(named name: String) -> (any Backend)? {
        backends.first { $0.name == name }
    }

    public var names: [String] { backends.map(\.name) }
}
