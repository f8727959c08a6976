import Publish
import RegimenPlan

/// `regimen publish`: compiles programs and writes their static site into a folder, all or
/// nothing, through the same write path as a build (beneath the folder, locked, atomic).
public struct PublishRun {
    public var compiler: Compiler
    public var settings: PublishSettings
    public var sizeLimit: Int

    public init(compiler: Compiler, settings: PublishSettings, sizeLimit: Int = WriteSettings.defaultSizeLimit) {
        self.compiler = compiler
        self.settings = settings
        self.sizeLimit = sizeLimit
    }

    public enum Outcome: Sendable {
        /// A program has errors (in the checks), or there was no program; nothing was written.
        case hasErrors
        /// The site folder could not be opened or locked; nothing was written.
        case folderUnavailable(BuildFailure)
        /// Nothing was written, for these reasons.
        case refused(BuildFailure)
        case published(PublishResult)
    }

    /// What a publication wrote.
    public struct PublishResult: Sendable {
        /// The files written or left as they were, as shown to the user.
        public var paths: [String]
        public var athletes: [PublishedAthlete]
        /// The coach's page, relative to the site.
        public var coachPage: String
        public var warnings: [String]
    }

    /// Publishes `programs` into `target`; the checks come back for their diagnostics.
    /// Libraries and rosters among the programs are skipped when `skipsLibraries` (a folder searched).
    public func publish(_ programs: [String], into target: OutputTarget, skipsLibraries: Bool = false)
        -> (checks: [Compiler.CheckOutcome], outcome: Outcome) {
        var checks: [Compiler.CheckOutcome] = []
        var plans: [Plan] = []
        var failed = false
        for program in programs {
            let (check, plan) = compiler.compile(program)
            if skipsLibraries, check.isLibrary || check.isRoster { continue }
            checks.append(check)
            if let plan { plans.append(plan) } else { failed = true }
        }
        guard !failed, !plans.isEmpty, !checks.contains(where: \.hasErrors) else { return (checks, .hasErrors) }
        let session: OutputSession
        switch target.session() {
        case .success(let opened): session = opened
        case .failure(let failure): return (checks, .folderUnavailable(failure))
        }
        return (checks, write(plans, into: session.folder))
    }

    func write(_ plans: [Plan], into folder: OutputFolder) -> Outcome {
        let coach = settings.secret.coachToken
        let statePath = "\(coach)/\(SiteState.fileName)"
        let state = folder.readFile(statePath, limit: 64 << 20).flatMap { SiteState(bytes: $0) } ?? SiteState()
        let manifest = OutputManifest(bytes: folder.readFile(OutputManifest.fileName, limit: 64 << 20))
        let scan = SiteScan(folder: folder) { path, bytes in
            if path == statePath { return SiteState(bytes: bytes) != nil }
            let digest = OutputManifest.digest(bytes)
            return manifest.wrote(path, digest: digest) || state.files[path] == digest
        }
        let (foreign, known) = scan.entries()
        if !foreign.isEmpty {
            let shown = foreign.prefix(10).map(folder.shown).joined(separator: ", ") + (foreign.count > 10 ? ", … (\(foreign.count) in all)" : "")
            return .refused(BuildFailure([
                "\(folder.path) holds files regimen did not write (or that were changed since): \(shown); publish into an empty folder or one regimen published into before, with the same \(SiteSecret.environmentVariable)",
            ]))
        }
        let site = SitePublisher(settings: settings).publish(plans) { path in
            OutputPath.isSafe(path) ? folder.readFile(path, limit: 64 << 20) : nil
        }
        var adopted: [String: OutputManifest.Entry] = [:]
        for (path, digest) in state.files { adopted[path] = OutputManifest.Entry(digest: digest, owner: Self.owner) }
        if let bytes = folder.readFile(statePath, limit: 64 << 20), SiteState(bytes: bytes) != nil {
            adopted[statePath] = OutputManifest.Entry(digest: OutputManifest.digest(bytes), owner: Self.owner)
        }
        let transaction = OutputTransaction(folder: folder, force: false, sizeLimit: sizeLimit, adopted: adopted)
        for problem in site.problems { transaction.refuse(problem) }
        // Files of an earlier publication that this one does not write (an athlete no longer in
        // the roster) stay Regimen's, so that a synced-down copy still knows them.
        var next = SiteState()
        next.files = known.filter { $0.key != statePath }
        next.publishedAt = settings.publishedAt
        for file in site.files {
            transaction.add(file, backend: Self.owner)
            next.files[file.path] = OutputManifest.digest(file.contents)
        }
        transaction.add(OutputFile(path: statePath, contents: next.contents), backend: Self.owner)
        switch transaction.commit() {
        case .success(let paths):
            return .published(PublishResult(paths: paths.map(folder.shown), athletes: site.athletes,
                                            coachPage: "\(coach)/\(SitePublisher.pageName)", warnings: site.warnings))
        case .failure(let failure):
            return .refused(failure)
        }
    }

    /// The name the manifest gives the writer of a site's files.
    static let owner = "publish"
}
