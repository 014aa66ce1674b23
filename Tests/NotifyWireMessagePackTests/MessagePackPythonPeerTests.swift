import Foundation
import NotifyWireCore
import NotifyWireJSON
import NotifyWireMessagePack
import NotifyWireTestSupport
import Testing

/// Python's `msgpack` package checks our bytes, and writes bytes of its own for our decoder
/// (`Tests/Python/msgpack_peer.py`). Values cross in the proto3 JSON form, read and written by `JSONCodec`.
@Suite struct MessagePackPythonPeerTests {
    static let styles: [MessagePackKeyStyle] = [.names, .fieldNumbers]

    /// The corpus notifications and a few hundred seeded random ones.
    static let notifications: [NotificationMessage] = {
        var generator = SeededGenerator(seed: 0x7079_7468_6F6E)
        let corpus = SampleCorpus.entries.compactMap(\.notification)
        return corpus + (0..<300).map { _ in RandomNotifications.notification(using: &generator) }
    }()

    /// The corpus batch and a few dozen seeded random ones.
    static let batches: [NotificationBatch] = {
        var generator = SeededGenerator(seed: 0x6261_7463_6865_73)
        return [SampleCorpus.batch, NotificationBatch()]
            + (0..<40).map { _ in RandomNotifications.batch(using: &generator) }
    }()

    @Test(arguments: styles)
    func pythonReadsOurNotificationsAsTheirJSONForm(style: MessagePackKeyStyle) async throws {
        let codec = MessagePackCodec(keyStyle: style)
        var stream: [UInt8] = []
        for notification in Self.notifications { stream += try codec.encodedBytes(notification) }
        let output = try await PythonPeer.run(script: "msgpack_peer.py", arguments: ["to-json"], input: stream)
        let lines = Self.lines(output)
        try #require(lines.count == Self.notifications.count)
        for (line, expected) in zip(lines, Self.notifications) {
            #expect(
                try JSONCodec().decodeNotification(from: line) == expected, "\(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test(arguments: styles)
    func pythonReadsOurBatchesAsTheirJSONForm(style: MessagePackKeyStyle) async throws {
        let codec = MessagePackCodec(keyStyle: style)
        var stream: [UInt8] = []
        for batch in Self.batches { stream += try codec.encodedBytes(batch) }
        let output = try await PythonPeer.run(
            script: "msgpack_peer.py", arguments: ["to-json", "--batch"], input: stream)
        let lines = Self.lines(output)
        try #require(lines.count == Self.batches.count)
        for (line, expected) in zip(lines, Self.batches) {
            #expect(try JSONCodec().decodeBatch(from: line) == expected, "\(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test(arguments: ["names", "numbers", "mixed"])
    func weReadWhatPythonWritesForNotifications(keys: String) async throws {
        var input: [UInt8] = []
        for notification in Self.notifications { input += try JSONCodec().encodedBytes(notification) + [0x0A] }
        let output = try await PythonPeer.run(
            script: "msgpack_peer.py", arguments: ["from-json", "--keys", keys], input: input)
        let lines = try Self.hexPairs(output)
        try #require(lines.count == Self.notifications.count)
        let codec = MessagePackCodec()
        for ((library, wide), expected) in zip(lines, Self.notifications) {
            #expect(try codec.decodeNotification(from: library) == expected)
            #expect(try codec.decodeNotification(from: wide) == expected)
        }
    }

    @Test(arguments: ["names", "numbers", "mixed"])
    func weReadWhatPythonWritesForBatches(keys: String) async throws {
        var input: [UInt8] = []
        for batch in Self.batches { input += try JSONCodec().encodedBytes(batch) + [0x0A] }
        let output = try await PythonPeer.run(
            script: "msgpack_peer.py",
            arguments: ["from-json", "--batch", "--keys", keys],
            input: input
        )
        let lines = try Self.hexPairs(output)
        try #require(lines.count == Self.batches.count)
        let codec = MessagePackCodec()
        for ((library, wide), expected) in zip(lines, Self.batches) {
            #expect(try codec.decodeBatch(from: library) == expected)
            #expect(try codec.decodeBatch(from: wide) == expected)
        }
    }

    @Test(arguments: MessagePackVector.all)
    func pythonReadsEachVectorAsTheJSONVector(vector: MessagePackVector) async throws {
        // The same corpus entry, written independently by our JSON codec and by Python from our MessagePack.
        let arguments = vector.entry.batch == nil ? ["to-json"] : ["to-json", "--batch"]
        let output = try await PythonPeer.run(script: "msgpack_peer.py", arguments: arguments, input: vector.bytes())
        let json = try RepositoryPaths.bytes(
            of: RepositoryPaths.vectors.appendingPathComponent("\(vector.entry.name).json"))
        #expect(Self.lines(output) == [json])
    }

    /// The non-empty lines of `output`.
    static func lines(_ output: [UInt8]) -> [[UInt8]] {
        output.split(separator: 0x0A).map { Array($0) }
    }

    /// Lines of two hex encodings separated by a space.
    static func hexPairs(_ output: [UInt8]) throws -> [([UInt8], [UInt8])] {
        try output.split(separator: 0x0A).map { line in
            let parts = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            let library = try #require(parts.first.flatMap(MessagePackBytes.hex))
            let wide = try #require(parts.last.flatMap(MessagePackBytes.hex))
            try #require(parts.count == 2)
            return (library, wide)
        }
    }
}
