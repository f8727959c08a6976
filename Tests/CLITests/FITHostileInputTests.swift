import FITFormat
import Foundation
import Testing

/// Hostile and damaged FIT activities through `regimen activity`: each gets a diagnostic naming
/// the file and the byte, exit status 1, within bounded memory (measured by the `measure`
/// launcher; time is reported, not asserted). scripts/validate_fit_activities.py runs the same
/// kinds of damage on files written by an independent FIT encoder.
@Suite("Hostile input: FIT activities", .serialized)
struct FITHostileInputTests {
    static let memoryBoundKiB = 128 * 1024

    /// A small strength activity, as a watch writes it.
    static var activity: [UInt8] {
        var writer = FITWriter()
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, UInt64(FITProfile.FileType.activity))
        writer.write(fileID)
        for index in 0..<6 {
            var set = FITMessage(FITProfile.Message.set)
            set.set(FITProfile.ExerciseSet.timestamp, .uint32, 1_100_000_000 + UInt64(index) * 60)
            set.set(FITProfile.ExerciseSet.repetitions, .uint16, index % 2 == 0 ? 8 : nil)
            set.set(FITProfile.ExerciseSet.setType, .uint8, UInt64(index % 2 == 0 ? 1 : 0))
            writer.write(set)
        }
        return writer.finish()
    }

    func run(_ bytes: [UInt8], name: String) throws -> CLI.Measured {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try CLI.measure(["activity", path])
        print("\(name): exit \(result.status), peak \(result.peakKiB / 1024) MiB, \(String(format: "%.3f", result.seconds)) s")
        #expect(result.peakKiB > 0 && result.peakKiB < Self.memoryBoundKiB, "peak memory \(result.peakKiB) KiB")
        return CLI.Measured(status: result.status, standardOutput: result.standardOutput.replacingOccurrences(of: folder + "/", with: ""),
                            standardError: result.standardError.replacingOccurrences(of: folder + "/", with: ""),
                            peakKiB: result.peakKiB, seconds: result.seconds)
    }

    @Test func aGoodActivityReads() throws {
        let result = try run(Self.activity, name: "good.fit")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("set 1: active 8 reps"))
    }

    @Test func cutOff() throws {
        let result = try run(Array(Self.activity.prefix(40)), name: "cut.fit")
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("cut.fit:1:41: error: byte 40: the header announces"))
        #expect(result.standardError.contains("[R653]"))
    }

    @Test func aChangedByte() throws {
        var bytes = Self.activity
        bytes[30] ^= 0x01
        let result = try run(bytes, name: "changed.fit")
        #expect(result.status == 1)
        #expect(result.standardError.contains("changed.fit:1:\(bytes.count - 1): error: byte \(bytes.count - 2): the file's CRC is"))
        #expect(result.standardError.contains("[R654]"))
    }

    @Test func absurdSizesInADefinition() throws {
        var writer = FITWriter()
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, 4)
        writer.write(fileID)
        var bytes = writer.finish()
        // A definition of 255 fields of 255 bytes each, then a data message far shorter than that.
        var records = [UInt8](bytes[14..<(bytes.count - 2)]) + [0x41, 0, 0, 225, 0, 255]
        for field in 0..<255 { records += [UInt8(field), 255, 0x0D] }
        records += [0x01, 1, 2, 3]
        bytes = FITWriter.file(records: records)
        let result = try run(bytes, name: "absurd.fit")
        #expect(result.status == 1)
        #expect(result.standardError.contains("the records end inside a data message (message 225, 65025 bytes long) [R653]"))
    }

    @Test func aHundredMegabytesOfRecords() throws {
        let header = FITFileHeader(protocolVersion: 0x10, profileVersion: 21218, dataSize: 100 << 20).encoded
        let definition: [UInt8] = [0x40, 0, 0, 20, 0, 1, 3, 1, 0x02]
        var bytes = header + definition
        bytes += [UInt8](repeating: 0, count: (100 << 20) - definition.count + 2)
        let result = try run(bytes, name: "huge.fit")
        #expect(result.status == 1)
        #expect(result.standardError == "huge.fit:1:1: error: byte 0: the file is \(bytes.count) bytes; Regimen reads FIT files of up to 33554432 bytes [R657]\n")
    }

    @Test func recordsUpToTheLimitAreReadAndDropped() throws {
        // 8 MiB of heart-rate records before a set: read in full, only the set kept.
        var writer = FITWriter()
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, 4)
        writer.write(fileID)
        var record = FITMessage(FITProfile.Message.record)
        record.set(3, .uint8, 140)
        for _ in 0..<(4 << 20) { writer.write(record) }
        var set = FITMessage(FITProfile.Message.set)
        set.set(FITProfile.ExerciseSet.repetitions, .uint16, 5)
        set.set(FITProfile.ExerciseSet.setType, .uint8, 1)
        writer.write(set)
        let result = try run(writer.finish(), name: "records.fit")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("set 1: active 5 reps"))
    }

    @Test func notAFITFile() throws {
        let result = try run(Array("squat 3x5 @ 100kg\n".utf8), name: "notes.fit")
        #expect(result.status == 1)
        #expect(result.standardError.contains("notes.fit:1:1: error: byte 0: this is not a FIT file: it does not start with a FIT header (`.FIT` at bytes 8–11) [R652]"))
    }
}
