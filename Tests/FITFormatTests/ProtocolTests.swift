@testable import FITFormat
import Testing

@Suite("FIT protocol: CRC, header, writer and reader")
struct ProtocolTests {
    @Test func crcOfTheCheckString() {
        // CRC-16/ARC's published check value.
        #expect(FITCRC.of(Array("123456789".utf8)) == 0xBB3D)
        #expect(FITCRC.of([]) == 0)
    }

    @Test func headerIsFourteenBytesWithItsCRC() {
        let header = FITFileHeader(protocolVersion: 0x10, profileVersion: 21218, dataSize: 0x0102_0304).encoded
        #expect(header.count == 14)
        #expect(header[0] == 14 && header[1] == 0x10)
        #expect(header[2] == 0xE2 && header[3] == 0x52) // 21218, little-endian
        #expect(Array(header[4..<8]) == [0x04, 0x03, 0x02, 0x01])
        #expect(Array(header[8..<12]) == Array(".FIT".utf8))
        #expect(UInt16(header[12]) | UInt16(header[13]) << 8 == FITCRC.of(header[0..<12]))
    }

    @Test func writtenFileReadsBack() throws {
        var writer = FITWriter()
        var message = FITMessage(FITProfile.Message.workoutStep)
        message.set(FITProfile.Common.messageIndex, .uint16, 3)
        message.set(FITProfile.WorkoutStep.durationType, .enumeration, 29)
        message.set(FITProfile.WorkoutStep.durationValue, .uint32, 12)
        message.set(FITProfile.WorkoutStep.name, string: "Goblet squat", size: 16)
        message.set(FITProfile.WorkoutStep.exerciseWeight, .uint16, nil)
        writer.write(message)
        var set = FITMessage(FITProfile.Message.set)
        set.set(FITProfile.ExerciseSet.category, .uint16, array: [28, 28])
        writer.write(set)
        let bytes = writer.finish()
        let (headers, messages) = try FITReader().read(bytes)
        #expect(headers.count == 1 && headers[0].protocolVersion == 0x10 && Int(headers[0].dataSize) == bytes.count - 16)
        #expect(messages.count == 2)
        #expect(messages[0].number == 27 && messages[0].offset == 14 + 1 + 5 + 4 * 3)
        #expect(messages[0].unsigned(FITProfile.Common.messageIndex) == 3)
        #expect(messages[0].unsigned(FITProfile.WorkoutStep.durationValue) == 12)
        #expect(messages[0].string(FITProfile.WorkoutStep.name) == "Goblet squat")
        #expect(messages[0].unsigned(FITProfile.WorkoutStep.exerciseWeight) == nil)
        #expect(messages[1].unsignedValues(FITProfile.ExerciseSet.category) == [28, 28])
    }

    @Test func definitionsAreReusedAndLocalTypesCycle() throws {
        var writer = FITWriter()
        // 20 different layouts (field numbers 0…19), each written twice in a row.
        for field in 0..<20 {
            for value in 0..<2 {
                var message = FITMessage(FITProfile.Message.workoutStep)
                message.set(UInt8(field), .uint8, UInt64(value))
                writer.write(message)
            }
        }
        let bytes = writer.finish()
        // Each layout: one definition (6 + 3 bytes) and two data messages (2 bytes each).
        #expect(bytes.count == 14 + 20 * (9 + 4) + 2)
        let (_, messages) = try FITReader().read(bytes)
        #expect(messages.count == 40)
        #expect(messages.map { $0.unsigned(UInt8($0.fields[0].number)) } == (0..<40).map { UInt64($0 % 2) })
        // Local types go round: the 17th layout takes local type 0 again.
        let headers = stride(from: 14, to: bytes.count - 2, by: 13).map { bytes[$0] }
        #expect(headers.map { $0 & 0x0F } == (0..<20).map { UInt8($0 % 16) })
    }

    @Test func sameMessagesSameBytes() {
        func build() -> [UInt8] {
            var writer = FITWriter()
            var message = FITMessage(FITProfile.Message.workout)
            message.set(FITProfile.Workout.name, string: "Hips", size: 16)
            writer.write(message)
            return writer.finish()
        }
        #expect(build() == build())
    }

    @Test func stringsAreCutAtCharacterBoundaries() {
        var message = FITMessage(FITProfile.Message.workout)
        // "é" is two bytes: 14 of them would need 28; 15 bytes of room holds 7.
        message.set(FITProfile.Workout.name, string: String(repeating: "é", count: 14), size: 16)
        let bytes = message.fields[0].bytes
        #expect(bytes.count == 16)
        #expect(String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self) == String(repeating: "é", count: 7))
        #expect(bytes.last == 0)
        #expect(FITText.truncated("Glutes and hamstrings", toBytes: 15) == "Glutes and hams")
    }

    @Test func bigEndianDefinitionsCompressedTimestampsAndDeveloperFields() throws {
        var raw = RawFIT()
        // Big-endian record (20) with a timestamp and a heart rate; developer field of 2 bytes.
        raw.define(local: 0, global: 20, bigEndian: true, fields: [(253, 4, 0x86), (3, 1, 0x02), (6, 2, 0x84)], developerFields: [(0, 2, 0)])
        raw.data(local: 0, bigEndian(1_000_000_000, 4) + [140] + bigEndian(2500, 2) + [0xAB, 0xCD])
        // Compressed timestamps on local type 1 (no timestamp field): 1_000_000_000 is …0x00 in its low 5 bits.
        raw.define(local: 1, global: 20, fields: [(3, 1, 0x02)])
        raw.compressed(local: 1, timeOffset: 5, [141])
        raw.compressed(local: 1, timeOffset: 2, [142]) // wraps: 5 → 2 is 29 seconds later
        let (_, messages) = try FITReader().read(raw.file)
        #expect(messages.count == 3)
        #expect(messages[0].timestamp == 1_000_000_000 && messages[0].unsigned(3) == 140 && messages[0].unsigned(6) == 2500)
        #expect(messages[1].timestamp == 1_000_000_005 && messages[1].unsigned(3) == 141)
        #expect(messages[2].timestamp == 1_000_000_034 && messages[2].unsigned(3) == 142)
    }

    @Test func unknownMessagesAreSkippedAndChainedFilesRead() throws {
        var first = RawFIT()
        first.define(local: 0, global: 0xFF00, fields: [(0, 4, 0x86)]) // not in the profile
        first.data(local: 0, littleEndian(7, 4))
        first.define(local: 1, global: 0, fields: [(0, 1, 0x00)])
        first.data(local: 1, [4])
        var second = RawFIT()
        second.define(local: 0, global: 0, fields: [(0, 1, 0x00)])
        second.data(local: 0, [5])
        let (headers, messages) = try FITReader().read(first.file + second.file, wanted: [0])
        #expect(headers.count == 2)
        #expect(messages.map { $0.unsigned(0) } == [4, 5])
    }

    @Test func sizesThatAreNotWholeValuesReadAsBytes() throws {
        var raw = RawFIT()
        raw.define(local: 0, global: 27, fields: [(2, 3, 0x86)]) // uint32 in 3 bytes
        raw.data(local: 0, [1, 2, 3])
        let (_, messages) = try FITReader().read(raw.file)
        #expect(messages[0].fields[0].type == .byte)
        #expect(messages[0].unsignedValues(2) == [1, 2, 3])
    }

    @Test func invalidValuesReadAsAbsent() throws {
        var raw = RawFIT()
        raw.define(local: 0, global: 27, fields: [(2, 4, 0x86), (3, 1, 0x00), (5, 4, 0x8C), (6, 1, 0x01)])
        raw.data(local: 0, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0xFE])
        let (_, messages) = try FITReader().read(raw.file)
        #expect(messages[0].unsigned(2) == nil && messages[0].unsigned(3) == nil && messages[0].unsigned(5) == nil)
        #expect(messages[0].signed(6) == -2)
    }
}

@Suite("FIT protocol: resealing damaged files")
struct ResealingTests {
    @Test func resealingMakesSizeAndCRCsRight() throws {
        var raw = RawFIT()
        raw.define(local: 0, global: 0, fields: [(0, 1, 0x00)])
        raw.data(local: 0, [4])
        var damaged = raw.file
        damaged[4] = 99          // data size
        damaged[damaged.count - 1] ^= 0xFF
        #expect(throws: FITReadError.self) { try FITReader().read(damaged) }
        #expect(FITWriter.resealing(damaged) == raw.file)
        // Without a header, the bytes become the records.
        let records = raw.records
        #expect(FITWriter.resealing(records) == raw.file)
    }

    @Test func byteWiseCRCMatchesTheNibbleTable() {
        var state: UInt32 = 12345
        let bytes: [UInt8] = (0..<10_000).map { _ in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        var incremental = FITCRC()
        for byte in bytes { incremental.update(byte) }
        #expect(FITCRC.of(bytes) == incremental.value)
        #expect(FITCRC.of(bytes[100..<5000]) == { var crc = FITCRC(); crc.update(bytes[100..<5000]); return crc.value }())
    }
}
