import NotifyWireCore
import NotifyWireProtobuf
import NotifyWireTestSupport
import Testing

/// Hostile input for the decoder: hand-made cases with the exact error each must give, and seeded
/// mutations of the golden vectors that must give clean errors or valid messages, never a crash.
@Suite struct ProtobufDecoderSafetyTests {
    let codec = ProtobufCodec()

    struct Hostile: Sendable, CustomStringConvertible {
        let description: String
        let bytes: [UInt8]
        let code: CodecError.Code
        let offset: Int
        let path: String
    }

    static let hostile: [Hostile] = [
        Hostile(
            description: "varint of 11 bytes",
            bytes: [0x10] + [UInt8](repeating: 0xFF, count: 10) + [0x01],
            code: .malformed, offset: 1, path: "kind"
        ),
        Hostile(
            description: "length 2^31 with 3 bytes of input",
            bytes: [0x0A, 0x80, 0x80, 0x80, 0x80, 0x08, 0x61, 0x62, 0x63],
            code: .truncated, offset: 1, path: "id"
        ),
        Hostile(
            description: "wrong wire type for id (fixed32)",
            bytes: [0x0D, 0x01, 0x02, 0x03, 0x04],
            code: .typeMismatch, offset: 0, path: "id"
        ),
        Hostile(
            description: "wrong wire type for kind (length-delimited)",
            bytes: [0x0A, 0x01, 0x61, 0x12, 0x01, 0x01],
            code: .typeMismatch, offset: 3, path: "kind"
        ),
        Hostile(
            description: "invalid UTF-8 in title",
            bytes: [0x0A, 0x01, 0x61, 0x32, 0x03, 0x61, 0xC3, 0x28],
            code: .invalidUTF8, offset: 6, path: "title"
        ),
        Hostile(
            description: "UTF-16 surrogate in actor.displayName",
            bytes: [0x2A, 0x05, 0x12, 0x03, 0xED, 0xA0, 0x80],
            code: .invalidUTF8, offset: 4, path: "actor.displayName"
        ),
        Hostile(
            description: "overlong encoding in tags[1]",
            bytes: [0x72, 0x01, 0x61, 0x72, 0x02, 0xC0, 0xAF],
            code: .invalidUTF8, offset: 5, path: "tags[1]"
        ),
        Hostile(
            description: "invalid UTF-8 in a data value",
            bytes: [0x5A, 0x06, 0x0A, 0x01, 0x6B, 0x12, 0x01, 0xFF],
            code: .invalidUTF8, offset: 7, path: "data[\"k\"]"
        ),
        Hostile(
            description: "invalid UTF-8 in a data key",
            bytes: [0x5A, 0x03, 0x0A, 0x01, 0x80],
            code: .invalidUTF8, offset: 4, path: "data[0]"
        ),
        Hostile(
            description: "invalid UTF-8 after a U+0000 in id",
            bytes: [0x0A, 0x03, 0x61, 0x00, 0xFF],
            code: .invalidUTF8, offset: 4, path: "id"
        ),
        Hostile(
            description: "200-deep nested unknown groups",
            bytes: [UInt8](repeating: 0x7B, count: 200) + [UInt8](repeating: 0x7C, count: 200),
            code: .malformed, offset: 0, path: ""
        ),
        Hostile(
            description: "length running past the end of the actor",
            bytes: [0x2A, 0x02, 0x0A, 0x05, 0x61, 0x62, 0x63],
            code: .malformed, offset: 3, path: "actor.id"
        ),
        Hostile(
            description: "truncated tag varint",
            bytes: [0x0A, 0x01, 0x61, 0x80],
            code: .truncated, offset: 3, path: ""
        ),
        Hostile(
            description: "tag longer than 5 bytes",
            bytes: [0x88, 0x80, 0x80, 0x80, 0x80, 0x00],
            code: .malformed, offset: 0, path: ""
        ),
        Hostile(description: "field number 0", bytes: [0x00, 0x01], code: .malformed, offset: 0, path: ""),
        Hostile(description: "wire type 7", bytes: [0x7F, 0x01], code: .malformed, offset: 0, path: ""),
        Hostile(
            description: "truncated fixed64 in an unknown field",
            bytes: [0x79, 1, 2, 3],
            code: .truncated, offset: 1, path: ""
        ),
        Hostile(
            description: "timestamp seconds after 9999",
            bytes: [0x1A, 0x07, 0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x08],  // 2^38 s, in the year 10680
            code: .invalidValue, offset: 3, path: "createdAt.seconds"
        ),
        Hostile(
            description: "negative timestamp nanos",
            bytes: [0x1A, 0x0B, 0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
            code: .invalidValue, offset: 3, path: "createdAt.nanos"
        ),
    ]

    @Test(arguments: hostile)
    func hostileInputGivesTheExpectedError(_ input: Hostile) throws {
        let error = try #require(throws: CodecError.self) { try codec.decodeNotification(from: input.bytes) }
        #expect(error.code == input.code)
        #expect(error.offset == input.offset)
        #expect(error.path == input.path)
        #expect(error.format == .protobuf)
    }

    @Test func deeplyNestedUnknownMessagesAreSkipped() throws {
        // 200 levels of field 15 (length-delimited) inside each other: opaque bytes to us and to protobuf-c.
        var nested: [UInt8] = []
        for _ in 0..<200 { nested = [0x7A] + varint(UInt64(nested.count)) + nested }
        let bytes = [0x0A, 0x01, 0x61] + nested
        #expect(try codec.decodeNotification(from: bytes) == NotificationMessage(id: "a"))
    }

    @Test func errorsInsideABatchNameTheNotification() throws {
        let bad: [UInt8] = [0x32, 0x01, 0xFF]  // title: invalid UTF-8
        let bytes = [0x0A, 0x00, 0x0A, UInt8(bad.count)] + bad
        let error = try #require(throws: CodecError.self) { try codec.decodeBatch(from: bytes) }
        #expect(error.code == .invalidUTF8)
        #expect(error.offset == 6)
        #expect(error.path == "notifications[1].title")
    }

    @Test func limitsAreEnforced() throws {
        let typical = try codec.encodedBytes(SampleCorpus.typical)
        func error(_ limits: DecodingLimits, _ bytes: [UInt8]) throws -> CodecError {
            try #require(throws: CodecError.self) { try ProtobufCodec(limits: limits).decodeNotification(from: bytes) }
        }
        let size = try error(DecodingLimits(maxMessageBytes: typical.count - 1), typical)
        #expect(size.code == .limitExceeded)
        #expect(size.offset == 0)

        let string = try error(DecodingLimits(maxStringBytes: 30), typical)
        #expect(string.code == .limitExceeded)
        #expect(string.path == "actor.avatarUrl")

        let tags = try error(
            DecodingLimits(maxEntries: 2), try codec.encodedBytes(NotificationMessage(tags: ["a", "b", "c"])))
        #expect(tags.code == .limitExceeded)
        #expect(tags.offset == 6)
        #expect(tags.path == "tags[2]")

        let depth = try error(DecodingLimits(maxDepth: 1), try codec.encodedBytes(SampleCorpus.minimal))
        #expect(depth.code == .limitExceeded)
        #expect(depth.path == "createdAt")

        let batchBytes = try codec.encodedBytes(SampleCorpus.batch)
        let entries = try #require(throws: CodecError.self) {
            try ProtobufCodec(limits: DecodingLimits(maxEntries: 2)).decodeBatch(from: batchBytes)
        }
        #expect(entries.code == .limitExceeded)
        #expect(entries.path == "notifications[1].data[2]")

        let unknown: [UInt8] = [0x78, 0x01, 0x78, 0x01, 0x78, 0x01]  // field 15, varint 1, three times
        let unknownError = try error(DecodingLimits(maxEntries: 2), unknown)
        #expect(unknownError.code == .limitExceeded)
        #expect(unknownError.offset == 4)
    }

    @Test func seededMutationsGiveCleanErrorsOrValidMessages() throws {
        let vectors = try SampleCorpus.entries.map { entry in
            if let batch = entry.batch { return try codec.encodedBytes(batch) }
            return try codec.encodedBytes(entry.notification ?? NotificationMessage())
        }
        var generator = SeededGenerator(seed: 0xBAD_F00D)
        var decoded = 0
        var failed = 0
        for _ in 0..<3000 {
            var bytes = vectors[Int.random(in: 0..<vectors.count, using: &generator)]
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                mutate(&bytes, using: &generator)
            }
            for asBatch in [false, true] {
                do {
                    if asBatch {
                        let batch = try codec.decodeBatch(from: bytes)
                        #expect(try codec.decodeBatch(from: codec.encodedBytes(batch)) == batch)
                    } else {
                        let notification = try codec.decodeNotification(from: bytes)
                        #expect(try codec.decodeNotification(from: codec.encodedBytes(notification)) == notification)
                    }
                    decoded += 1
                } catch {
                    #expect(error.code != .libraryFailure, "\(error) for \(bytes)")
                    #expect((0...bytes.count).contains(error.offset ?? -1), "\(error)")
                    failed += 1
                }
            }
        }
        // Both outcomes occur, so the mutations neither only break nor never break the input.
        #expect(decoded > 100)
        #expect(failed > 100)
    }

    private func mutate(_ bytes: inout [UInt8], using generator: inout SeededGenerator) {
        guard !bytes.isEmpty else {
            bytes.append(UInt8.random(in: 0...255, using: &generator))
            return
        }
        let index = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
        case 1: bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
        case 2: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
        case 3: bytes.remove(at: index)
        case 4: bytes.removeSubrange(index...)
        default: bytes[index] = [0x00, 0x7F, 0x80, 0xFF][Int.random(in: 0..<4, using: &generator)]
        }
    }
}

/// `value` as a protobuf varint.
func varint(_ value: UInt64) -> [UInt8] {
    var value = value
    var bytes: [UInt8] = []
    while value >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
    }
    bytes.append(UInt8(value))
    return bytes
}
