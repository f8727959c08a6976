import ActivityImport
import Checker
import Diagnostics
import FITFormat
import LogChecker
import Planner
import ProgramSpec
import RegimenValues
import TrainingLog

/// A training log given on the command line: `--log FILE`, or `--log ATHLETE=FILE` to say whose
/// it is. A folder stands for every log file in it (`*.yaml`, `*.yml`, `*.csv`, `*.fit`), recursively.
public struct LogArgument: Sendable, Hashable {
    public var path: String
    /// Whose log it is (an athlete's id or name).
    public var athlete: String?

    public init(path: String, athlete: String? = nil) {
        self.path = path
        self.athlete = athlete
    }

    /// `alex=logs/strong.csv` or `logs/strong.csv`. Text before `=` is read as an athlete only
    /// when the whole text is not itself an existing path.
    public init(parsing text: String, fileSystem: FileSystem = FileSystem()) {
        if fileSystem.kind(of: text) == .missing, let equals = text.firstIndex(of: "="), equals != text.startIndex {
            let athlete = String(text[..<equals])
            if !athlete.contains("/") {
                self.init(path: String(text[text.index(after: equals)...]), athlete: athlete)
                return
            }
        }
        self.init(path: text)
    }
}

/// A training log a program was checked with: where it is, and whose it is.
public struct CheckedLogFile: Sendable {
    /// The path on disk.
    public var path: String
    /// The name diagnostics use.
    public var displayName: String
    public var format: LogFormat
    /// The athlete (index into the program's athletes) the file belongs to, when it says.
    public var owner: Int?
}

/// Reads the training logs of a program — those its `logs:` (and its roster's) name, and those
/// given on the command line — and checks them against the checked program.
struct TrainingLogs {
    let fileSystem: FileSystem
    let limits: Int
    let reader: TrainingLogReader
    /// Contents to use instead of what is on disk, by path (`regimen log` checks a file before
    /// writing it).
    var overrides: [String: [UInt8]] = [:]

    /// One file to read, with what the entry that named it says.
    struct LogFile {
        var path: String
        var displayName: String
        var athlete: Located<String>?
        var units: Located<MassUnit>?
        var distanceUnits: Located<DistanceUnit>?
    }

    /// What reading a program's logs gave.
    struct Attached {
        var log: CheckedLog
        var diagnostics: [Diagnostic]
        /// The text of every log read, by the name diagnostics use (for showing lines).
        var sources: [String: [UInt8]]
        var files: [CheckedLogFile]
        var folders: [String]
    }

    func attach(_ references: [LogFileReference], _ arguments: [LogArgument], to program: CheckedProgram) -> Attached {
        var diagnostics: [Diagnostic] = []
        var files: [LogFile] = []
        var folders: [String] = []
        for reference in references {
            if fileSystem.kind(of: reference.path) == .directory { folders.append(reference.displayName) }
            files += expand(reference, diagnostics: &diagnostics)
        }
        for argument in arguments {
            let athlete = argument.athlete.map { Located($0, at: SourceSpan(file: argument.path, at: SourcePosition(line: 1, column: 1))) }
            let file = LogFile(path: argument.path, displayName: argument.path, athlete: athlete)
            if fileSystem.kind(of: argument.path) == .directory {
                folders.append(argument.path)
                files += folder(argument.path, displayName: argument.path, root: nil, template: file, span: nil, diagnostics: &diagnostics)
            } else {
                files.append(file)
            }
        }
        var inputs: [LogInput] = []
        var sources: [String: [UInt8]] = [:]
        var read: Set<String> = []
        var checkedFiles: [CheckedLogFile] = []
        var activities: [LogFile] = []
        for file in files where read.insert(fileSystem.resolve(file.path) ?? file.path).inserted {
            // A FIT activity is matched to the plan, which the other logs shape: read after them
            // (one at a time: a watch's folder may hold years of them).
            if TrainingLogReader.isFITActivity(file.path) {
                activities.append(file)
                continue
            }
            guard let bytes = contents(of: file, diagnostics: &diagnostics) else { continue }
            sources[file.displayName] = bytes
            let reading = reader.read(bytes, file: file.displayName)
            diagnostics += reading.diagnostics
            // What could be read is resolved even when some of the file could not, so that one run
            // reports every problem.
            guard let log = reading.log else { continue }
            inputs.append(LogInput(log: log, path: file.displayName, athlete: file.athlete, units: file.units, distanceUnits: file.distanceUnits))
            checkedFiles.append(CheckedLogFile(path: file.path, displayName: file.displayName, format: log.format, owner: nil))
        }
        if !activities.isEmpty {
            for (input, file) in readActivities(activities, after: inputs, of: program, diagnostics: &diagnostics) {
                inputs.append(input)
                checkedFiles.append(file)
            }
        }
        let checked = LogChecker.check(inputs, against: program)
        for index in checkedFiles.indices { checkedFiles[index].owner = checked.owners[index] }
        return Attached(log: checked.log, diagnostics: diagnostics + checked.diagnostics, sources: sources, files: checkedFiles, folders: folders)
    }

    /// FIT activities as logs (docs/fit.md, "Activities as training logs"): each matched, as
    /// `regimen activity --program` matches it, to the plan of the athlete whose log it is —
    /// the program planned with the other logs, so the sessions, workout steps and warm-up sets
    /// are those the athlete was given.
    func readActivities(_ activities: [LogFile], after inputs: [LogInput], of program: CheckedProgram,
                        diagnostics: inout [Diagnostic]) -> [(LogInput, CheckedLogFile)] {
        var planned = program
        planned.log = LogChecker.check(inputs, against: program).log
        let importer = FITActivityImporter(program: program, plan: Planner().plan(planned))
        var result: [(LogInput, CheckedLogFile)] = []
        for file in activities {
            guard let bytes = contents(of: file, diagnostics: &diagnostics) else { continue }
            let unread = LogInput(log: RawLog(file: file.displayName, format: .fit), path: file.displayName, athlete: file.athlete)
            let reading = importer.rawLog(bytes, file: file.displayName, athlete: LogChecker.owner(of: unread, in: program))
            diagnostics += reading.diagnostics
            guard let log = reading.log else { continue }
            result.append((LogInput(log: log, path: file.displayName, athlete: file.athlete, units: file.units, distanceUnits: file.distanceUnits),
                           CheckedLogFile(path: file.path, displayName: file.displayName, format: .fit, owner: nil)))
        }
        return result
    }

    /// The file's bytes (or what `overrides` holds for it), or a diagnostic: only regular files
    /// are read, up to the size limit (a FIT activity's own, which its reader reports at byte 0).
    func contents(of file: LogFile, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if let bytes = overrides[file.path] ?? fileSystem.resolve(file.path).flatMap({ overrides[$0] }) { return bytes }
        let place = SourceSpan(file: file.displayName, at: SourcePosition(line: 1, column: 1))
        guard fileSystem.kind(of: file.path) == .file else {
            let what = fileSystem.kind(of: file.path) == .missing ? "there is no such file" : "it is not a regular file"
            diagnostics.append(.error(.logFileProblem, "cannot read the training log \(file.displayName): \(what)", at: place))
            return nil
        }
        let isActivity = TrainingLogReader.isFITActivity(file.path)
        let limit = isActivity ? FITReaderLimits.standard.maximumFileSize : limits
        switch fileSystem.read(file.path, limit: limit) {
        case .failure(let failure) where isActivity && failure.tooLargeSize != nil:
            diagnostics.append(FITReadError.tooLarge(size: failure.tooLargeSize ?? 0, limit: limit).diagnostic(file: file.displayName))
            return nil
        case .failure(let failure):
            let message = failure.tooLargeSize.map { "it is \($0) bytes, more than the limit of \(limits); raise it with `--max-file-size`" } ?? failure.message
            diagnostics.append(.error(failure.tooLargeSize == nil ? .logFileProblem : .limitExceeded,
                                      "cannot read the training log \(file.displayName): \(message)", at: place))
            return nil
        case .success(let bytes):
            return bytes
        }
    }

    /// A `logs:` entry: its file, or the log files of its folder.
    func expand(_ reference: LogFileReference, diagnostics: inout [Diagnostic]) -> [LogFile] {
        let file = LogFile(path: reference.path, displayName: reference.displayName, athlete: reference.athlete, units: reference.units,
                           distanceUnits: reference.distanceUnits)
        switch fileSystem.kind(of: reference.path) {
        case .directory:
            return folder(reference.path, displayName: reference.displayName, root: reference.root, template: file, span: reference.span,
                          diagnostics: &diagnostics)
        case .file:
            return [file]
        case .missing, .other:
            diagnostics.append(.error(.logFileProblem, "\(reference.displayName) is not a file or a folder of training logs", at: reference.span))
            return []
        }
    }

    /// The log files under a folder, sorted, skipping hidden files and folders; with `root`,
    /// only files that (links resolved) stay inside it.
    func folder(_ path: String, displayName: String, root: String?, template: LogFile, span: SourceSpan?, diagnostics: inout [Diagnostic]) -> [LogFile] {
        var result: [LogFile] = []
        var visited: Set<String> = []
        func walk(_ folder: String, _ shown: String, depth: Int) {
            // Each folder once, however many links lead to it (a link to a parent would loop).
            guard depth < 16, visited.insert(fileSystem.resolve(folder) ?? folder).inserted, let names = fileSystem.contents(of: folder) else { return }
            for name in names where !name.hasPrefix(".") {
                let child = PathText.join(folder, name), childShown = PathText.join(shown, name)
                switch fileSystem.kind(of: child) {
                case .directory:
                    walk(child, childShown, depth: depth + 1)
                case .file where TrainingLogReader.isLogFile(name):
                    if let root, let resolved = fileSystem.resolve(child), !PathText.isInside(resolved, folder: root) {
                        diagnostics.append(.error(.logFileProblem, "\(childShown) leads outside the program's folder; copy the file into it instead of linking it",
                                                  at: span ?? SourceSpan(file: childShown, at: SourcePosition(line: 1, column: 1))))
                        continue
                    }
                    var file = template
                    file.path = child
                    file.displayName = childShown
                    result.append(file)
                default:
                    break
                }
            }
        }
        walk(path, displayName, depth: 0)
        return result
    }
}

extension Compiler {
    /// Reads and checks the program's logs and those given on the command line; a log with
    /// errors takes the program away (nothing is built from it).
    func attachLogs(_ references: [LogFileReference], to result: inout CheckResult, sources: inout [String: [UInt8]]) -> TrainingLogs.Attached? {
        guard var program = result.program else { return nil }
        var logs = TrainingLogs(fileSystem: fileSystem, limits: readerLimits.maxBytes, reader: TrainingLogReader(limits: readerLimits))
        logs.overrides = logOverrides
        let attached = logs.attach(references, self.logs, to: program)
        result.diagnostics += attached.diagnostics
        sources.merge(attached.sources) { old, _ in old }
        program.log = attached.log
        result.program = attached.diagnostics.contains { $0.severity == .error } ? nil : program
        return attached
    }

    /// An app export checked on its own (`regimen check strong.csv`): it reads as a Strong or
    /// Hevy export; `nil` for a file that is not a `.csv`.
    func checkExportAlone(_ path: String) -> CheckOutcome? {
        guard path.lowercased().hasSuffix(".csv") else { return nil }
        var outcome = CheckOutcome(file: path, diagnostics: [], sources: [:], program: nil, isLibrary: false, isRoster: false)
        outcome.isLog = true
        switch sources.read(path, limit: readerLimits.maxBytes) {
        case .success(let bytes):
            outcome.sources[path] = bytes
            outcome.diagnostics = TrainingLogReader(limits: readerLimits).read(bytes, file: path).diagnostics
        case .failure(let failure):
            outcome.diagnostics = [.error(.unreadableFile, "cannot read \(path): \(failure.message)", at: SourceSpan(file: path, at: SourcePosition(line: 1, column: 1)))]
        }
        return outcome
    }

    /// A watch's activity checked on its own (`regimen check monday.fit`): that it reads as a FIT
    /// activity; matching it needs a program. `nil` for a file that is not a `.fit`.
    func checkActivityAlone(_ path: String) -> CheckOutcome? {
        guard TrainingLogReader.isFITActivity(path) else { return nil }
        var outcome = CheckOutcome(file: path, diagnostics: [], sources: [:], program: nil, isLibrary: false, isRoster: false)
        outcome.isLog = true
        let limit = FITReaderLimits.standard.maximumFileSize
        switch sources.read(path, limit: limit) {
        case .success(let bytes):
            do {
                _ = try FITActivityReader().read(bytes)
            } catch {
                outcome.diagnostics = [error.diagnostic(file: path)]
            }
        case .failure(let failure) where failure.tooLargeSize != nil:
            outcome.diagnostics = [FITReadError.tooLarge(size: failure.tooLargeSize ?? 0, limit: limit).diagnostic(file: path)]
        case .failure(let failure):
            outcome.diagnostics = [.error(.unreadableFile, "cannot read \(path): \(failure.message)", at: SourceSpan(file: path, at: SourcePosition(line: 1, column: 1)))]
        }
        return outcome
    }

    /// A training log checked on its own (`regimen check logs/alex.yaml`): its shape and values;
    /// its names need a program to be checked against.
    func checkLogAlone(_ path: String, sources: [String: [UInt8]], known: Set<Diagnostic>) -> [Diagnostic] {
        guard let bytes = sources[path] else { return [] }
        return TrainingLogReader(limits: readerLimits).read(bytes, file: path).diagnostics.filter { !known.contains($0) }
    }
}
