import Foundation
import NotifyWireCore
import NotifyWireMessagePack
import NotifyWireTestSupport
import Testing

/// One golden vector: a corpus entry in one key style, and its file in `Schemas/vectors/`.
struct MessagePackVector: Sendable, CustomTestStringConvertible {
    let entry: SampleCorpus.Entry
    let style: MessagePackKeyStyle

    var fileName: String { "\(entry.name).\(style == .names ? "names" : "numbers").msgpack" }
    var testDescription: String { fileName }
    var codec: MessagePackCodec { MessagePackCodec(keyStyle: style) }

    /// The committed bytes; a missing file fails the test.
    func bytes() throws -> [UInt8] {
        try RepositoryPaths.bytes(of: RepositoryPaths.vectors.appendingPathComponent(fileName))
    }

    /// Encodes the entry with the codec under test.
    func encoded() throws -> [UInt8] {
        if let notification = entry.notification { return try codec.encodedBytes(notification) }
        return try codec.encodedBytes(try #require(entry.batch))
    }

    /// Decodes `bytes` as this entry's kind and checks the result equals the entry.
    func decodesToEntry(_ bytes: [UInt8]) throws -> Bool {
        if let notification = entry.notification { return try codec.decodeNotification(from: bytes) == notification }
        return try codec.decodeBatch(from: bytes) == entry.batch
    }

    /// Decodes `bytes` as this entry's kind, discarding the value.
    func decode(_ bytes: [UInt8]) throws(CodecError) {
        if entry.notification != nil {
            _ = try codec.decodeNotification(from: bytes)
        } else {
            _ = try codec.decodeBatch(from: bytes)
        }
    }

    static let all: [MessagePackVector] = SampleCorpus.entries.flatMap { entry in
        [MessagePackVector(entry: entry, style: .names), MessagePackVector(entry: entry, style: .fieldNumbers)]
    }
}

@Suite struct MessagePackGoldenVectorTests {
    @Test(arguments: MessagePackVector.all)
    func encodesToTheCommittedBytes(vector: MessagePackVector) throws {
        #expect(try vector.encoded() == vector.bytes())
    }

    @Test(arguments: MessagePackVector.all)
    func decodesTheCommittedBytes(vector: MessagePackVector) throws {
        #expect(try vector.decodesToEntry(vector.bytes()))
    }

    @Test(arguments: MessagePackVector.all)
    func theOtherKeyStyleDecodesToo(vector: MessagePackVector) throws {
        // The decoder needs no key style: a codec set up for the other style reads the vector all the same.
        let other = MessagePackVector(entry: vector.entry, style: vector.style == .names ? .fieldNumbers : .names)
        #expect(try other.decodesToEntry(vector.bytes()))
    }

    @Test(arguments: MessagePackVector.all)
    func everyTruncationIsACleanError(vector: MessagePackVector) throws {
        let bytes = try vector.bytes()
        for length in 0..<bytes.count {
            let error = #expect(throws: CodecError.self, "prefix of \(length) bytes") {
                try vector.decode(Array(bytes[0..<length]))
            }
            #expect(error?.code == .truncated, "prefix of \(length) bytes: \(String(describing: error))")
            let offset = try #require(error?.offset)
            #expect(offset <= length, "prefix of \(length) bytes: \(String(describing: error))")
        }
    }

    @Test(arguments: MessagePackVector.all)
    func aByteAfterTheValueIsTrailing(vector: MessagePackVector) throws {
        let bytes = try vector.bytes()
        let error = #expect(throws: CodecError.self) { try vector.decode(bytes + [0xC0]) }
        #expect(error?.code == .trailingBytes)
        #expect(error?.offset == bytes.count)
    }
}
