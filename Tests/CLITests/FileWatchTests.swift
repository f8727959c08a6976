import Foundation
import RegimenKit
import Testing

/// What `--watch` sees as a change, without waiting for its polling.
@Suite("FileWatch: what counts as a change")
struct FileWatchTests {
    @Test func aChangedFileIsReportedOnce() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/program.yaml"
        try "regimen: 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        var watch = FileWatch([path])
        #expect(watch.paths == [folder, path], "the file and its folder")
        #expect(watch.changed() == nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("program: P\n".utf8))
        try handle.close()
        #expect(watch.changed() == path)
        #expect(watch.changed() == nil, "reported once")
    }

    @Test func aFileReplacedByRenameIsAChange() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/program.yaml"
        try "regimen: 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        var watch = FileWatch([path])
        // What editors do: write a new file beside it and rename it over (same size here).
        try "regimen: 2\n".write(toFile: folder + "/.program.yaml.swp", atomically: false, encoding: .utf8)
        #expect(watch.changed() == folder, "a file appeared in the folder")
        #expect(rename(folder + "/.program.yaml.swp", path) == 0)
        #expect(Set([folder, path]).contains(watch.changed() ?? ""))
    }

    @Test func aFileRemovedOrAddedIsAChange() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/program.yaml"
        try "regimen: 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        var watch = FileWatch([path, folder + "/missing.yaml"])
        try FileManager.default.removeItem(atPath: path)
        #expect(watch.changed() != nil)
        try "regimen: 1\n".write(toFile: folder + "/missing.yaml", atomically: false, encoding: .utf8)
        #expect(watch.changed() != nil)
        #expect(watch.changed() == nil)
    }
}
