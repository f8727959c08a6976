import Diagnostics
import RegimenValues

/// A training log file or folder that a program or roster names in `logs:`, resolved: it exists
/// and lies inside the program's folder (the rules `include:` follows). Whether it is a file or
/// a folder, and what a folder holds, is left to the driver, which reads the files.
public struct LogFileReference: Sendable {
    /// The resolved absolute path.
    public var path: String
    /// The path as the coach would recognise it (relative to the program), for messages.
    public var displayName: String
    /// The folder every log file must stay inside (for the files of a folder, which may be links).
    public var root: String
    public var athlete: Located<String>?
    public var units: Located<MassUnit>?
    public var distanceUnits: Located<DistanceUnit>?
    /// The `logs:` entry, for problems with the files it names.
    public var span: SourceSpan
}

extension SpecLoader {
    /// Resolves `logs:` entries relative to the file that names them, refusing what `include:`
    /// refuses (missing, outside the program's folder).
    func resolveLogs(_ references: [LogReferenceSpec], from origin: Origin, state: IncludeState, into result: inout LoadedProgram) {
        for reference in references {
            let before = result.diagnostics.count
            guard let (canonical, displayName) = resolveReference(reference.path, from: origin, what: "training log", state: state, into: &result) else {
                for index in before..<result.diagnostics.count { result.diagnostics[index].code = .logFileProblem }
                continue
            }
            result.logs.append(LogFileReference(
                path: canonical, displayName: displayName, root: state.boundary.folder, athlete: reference.athlete, units: reference.units,
                distanceUnits: reference.distanceUnits, span: reference.span))
        }
    }
}
