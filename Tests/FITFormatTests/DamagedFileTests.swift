@testable import FITFormat
import Testing

@Suite("FIT reader: damaged and hostile files fail with an offset")
struct DamagedFileTests {
    func error(_ bytes: [UInt8], limits: FITReaderLimits = .standard) -> FITReadError? {
        do {
            _ = try FITReader(limits: limits).read(bytes)
            return nil
        } catch {
            return error
        }
    }

    var goodFile: [UInt8] {
        var raw = RawFIT()
        raw.define(local: 0, global: 0, fields: [(0, 1, 0x00), (4, 4, 0x86)])
        raw.data(local: 0, [4] + littleEndian(1_000_000_000, 4))
        return raw.file
    }

    @Test func notFIT() {
        #expect(error([])?.kind == .notFIT)
        #expect(error(Array("regimen: 1\nprogram: x\n".utf8))?.kind == .notFIT)
        var bytes = goodFile
        bytes[9] = UInt8(ascii: "X")
        #expect(error(bytes) == FITReadError(.notFIT, at: 0, "this is not a FIT file: it does not start with a FIT header (`.FIT` at bytes 8–11)"))
    }

    @Test func truncatedAnywhere() {
        let bytes = goodFile
        for length in 1..<bytes.count {
            let found = error(Array(bytes.prefix(length)))
            #expect(found != nil, "cut to \(length) bytes")
            #expect(found?.kind == (length < 12 ? .notFIT : .truncated), "cut to \(length) bytes")
        }
        #expect(error(Array(bytes.prefix(20)))?.offset == 20)
    }

    @Test func badFileCRC() {
        var bytes = goodFile
        bytes[bytes.count - 1] ^= 0x01
        let found = error(bytes)
        #expect(found?.kind == .badCRC)
        #expect(found?.offset == bytes.count - 2)
    }

    @Test func damagedRecordIsCaughtByTheCRC() {
        var bytes = goodFile
        bytes[20] ^= 0x10
        #expect(error(bytes)?.kind == .badCRC)
    }

    @Test func badHeaderCRCButZeroIsAllowed() {
        var bytes = goodFile
        bytes[12] ^= 0xFF
        // Re-seal the file CRC so that only the header's is wrong.
        bytes.removeLast(2)
        bytes.append(littleEndian: UInt64(FITCRC.of(bytes)), size: 2)
        #expect(error(bytes) == FITReadError(.badCRC, at: 12, error(bytes)?.message ?? ""))
        var zeroed = goodFile
        zeroed[12] = 0
        zeroed[13] = 0
        zeroed.removeLast(2)
        zeroed.append(littleEndian: UInt64(FITCRC.of(zeroed)), size: 2)
        #expect(error(zeroed) == nil)
    }

    @Test func absurdDefinitions() {
        var zeroSize = RawFIT()
        zeroSize.define(local: 0, global: 225, fields: [(3, 0, 0x84)])
        #expect(error(zeroSize.file)?.kind == .badDefinition)
        #expect(error(zeroSize.file)?.offset == 14 + 6 + 1)

        var badType = RawFIT()
        badType.define(local: 0, global: 225, fields: [(3, 2, 0x1F)])
        #expect(error(badType.file)?.kind == .badDefinition)

        var badArchitecture = RawFIT()
        badArchitecture.define(local: 0, global: 225, fields: [(3, 2, 0x84)])
        badArchitecture.records[2] = 7
        #expect(error(badArchitecture.file)?.kind == .badDefinition)

        // 255 fields of 255 bytes: a 65 025-byte message that the file does not hold.
        var huge = RawFIT()
        huge.define(local: 0, global: 225, fields: (0..<255).map { (UInt8($0), 255, 0x0D) })
        huge.data(local: 0, [1, 2, 3])
        #expect(error(huge.file)?.kind == .truncated)
        #expect(error(huge.file)?.offset == 14 + 6 + 255 * 3)
    }

    @Test func dataBeforeItsDefinition() {
        var raw = RawFIT()
        raw.data(local: 3, [1, 2])
        #expect(error(raw.file) == FITReadError(.undefinedLocalType, at: 14,
                                                "a data message uses local message type 3, which no definition message before it sets up"))
    }

    @Test func tooLarge() {
        let limits = FITReaderLimits(maximumFileSize: 64, maximumKeptMessages: 3)
        #expect(error([UInt8](repeating: 0, count: 65), limits: limits)?.kind == .limitExceeded)
        var raw = RawFIT()
        raw.define(local: 0, global: 20, fields: [(3, 1, 0x02)])
        for value in 0..<4 { raw.data(local: 0, [UInt8(value)]) }
        #expect(error(raw.file, limits: limits)?.kind == .limitExceeded)
    }

    @Test func garbageAfterTheFile() {
        #expect(error(goodFile + [0x00, 0x01, 0x02])?.kind == .truncated)
        #expect(error(goodFile + [UInt8](repeating: 0x41, count: 20))?.kind == .notFIT)
    }

    @Test func workoutIsNotAnActivity() throws {
        var writer = FITWriter()
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, UInt64(FITProfile.FileType.workout))
        writer.write(fileID)
        #expect(throws: FITReadError.self) { try FITActivityReader().read(writer.finish()) }
        do {
            _ = try FITActivityReader().read(writer.finish())
        } catch {
            #expect(error.kind == .notActivity && error.offset == 14 + 6 + 3)
        }
    }
}
