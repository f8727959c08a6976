import Diagnostics
import Foundation
import RegimenKit
import Testing

/// Paths of the fixtures that ship with these tests.
enum Fixtures {
    /// `Tests/SpecTests/Fixtures`, found from this source file so tests can run from any folder.
    static let root: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Support.swift")!.lowerBound]) + "/Fixtures"
    }()

    static let invalid = root + "/invalid"

    /// The invalid specs: every `*.yaml` directly in `Fixtures/invalid`, each with a
    /// `*.expected` file beside it holding the expected diagnostics, one summary line each.
    static let invalidSpecs: [String] = {
        (FileSystem().contents(of: invalid) ?? []).filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
    }()

    static func read(_ path: String) -> String {
        (try? FileSystem().read(path).get()).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Diagnostic summary lines with the fixture folder written relative, as in the `.expected` files.
    static func summaryLines(_ diagnostics: [Diagnostic], relativeTo folder: String) -> [String] {
        diagnostics.map {
            $0.summaryLine.replacingOccurrences(of: folder + "/", with: "").replacingOccurrences(of: folder, with: ".")
        }
    }
}
