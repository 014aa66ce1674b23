import NIOCore
import NotifyWireCore
import NotifyWireMessagePack
import Testing

/// Messages whose msgpack-c object tree does not fit the decoder's pooled zones, many `data` entries, and
/// decoders running at once: the paths that ordinary messages do not take.
@Suite struct MessagePackLargeTreeTests {
    /// 400 data entries (about 19 KB of msgpack-c map entries) and 300 tags: more than a pooled zone holds.
    static let largeTree = NotificationMessage(
        id: "n-large-tree",
        kind: .comment,
        data: Dictionary(uniqueKeysWithValues: (0..<400).map { ("key-\($0)", "value \($0) — ünïcödé") }),
        tags: (0..<300).map { "tag-\($0)" }
    )

    @Test(arguments: [MessagePackKeyStyle.names, .fieldNumbers])
    func treesLargerThanAPooledZoneRoundTrip(style: MessagePackKeyStyle) throws {
        let codec = MessagePackCodec(keyStyle: style)
        let large = try codec.encodedBytes(Self.largeTree)
        let typical = try codec.encodedBytes(SampleCorpus.typical)
        // Alternate, so that pooled zones are reused after a decode that needed a zone of its own.
        for _ in 0..<3 {
            #expect(try codec.decodeNotification(from: large) == Self.largeTree)
            #expect(try codec.decodeNotification(from: typical) == SampleCorpus.typical)
        }
        let batch = NotificationBatch(notifications: Array(repeating: SampleCorpus.typical, count: 40), cursor: "c")
        #expect(try codec.decodeBatch(from: codec.encodedBytes(batch)) == batch)
    }

    @Test func decodersRunningAtOnceGetTheirOwnZones() async throws {
        let codec = MessagePackCodec(keyStyle: .fieldNumbers)
        let inputs = [
            try codec.encodedBytes(SampleCorpus.typical), try codec.encodedBytes(Self.largeTree),
            try codec.encodedBytes(SampleCorpus.large),
        ]
        let expected = [SampleCorpus.typical, Self.largeTree, SampleCorpus.large]
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var mismatches = 0
                    for round in 0..<60 {
                        let index = (task + round) % inputs.count
                        if (try? codec.decodeNotification(from: inputs[index])) != expected[index] { mismatches += 1 }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    @Test func manyDataKeysAreSortedByTheirUTF8Bytes() throws {
        // More keys than an insertion sort handles, with shared prefixes, the empty key and multi-byte UTF-8.
        var keys = (0..<50).map { "k\($0)" } + ["", "k", "k1\u{0}", "Z", "é", "z", "😀", "\u{FFFD}", "ab"]
        keys.shuffle()
        let data = Dictionary(uniqueKeysWithValues: keys.map { ($0, "v" + $0) })
        // The expected order compares byte arrays, independently of the encoder's comparison.
        let sortedKeys = keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let entries = sortedKeys.flatMap { MessagePackBytes.str($0) + MessagePackBytes.str("v" + $0) }
        let expected: [UInt8] = [0x81, 0x0B] + MessagePackBytes.map(keys.count) + entries
        let codec = MessagePackCodec(keyStyle: .fieldNumbers)
        #expect(try codec.encodedBytes(NotificationMessage(data: data)) == expected)
        #expect(try codec.decodeNotification(from: expected) == NotificationMessage(data: data))
    }

    @Test(arguments: [MessagePackKeyStyle.names, .fieldNumbers])
    func encodingAppendsAfterWhatTheBufferHolds(style: MessagePackKeyStyle) throws {
        let codec = MessagePackCodec(keyStyle: style)
        var buffer = ByteBufferAllocator().buffer(capacity: 4)
        buffer.writeBytes([1, 2, 3])
        try codec.encode(SampleCorpus.typical, into: &buffer)
        try codec.encode(Self.largeTree, into: &buffer)
        let expected = try [1, 2, 3] + codec.encodedBytes(SampleCorpus.typical) + codec.encodedBytes(Self.largeTree)
        #expect(Array(buffer.readableBytesView) == expected)
    }
}
