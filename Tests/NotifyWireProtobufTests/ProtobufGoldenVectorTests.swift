import Foundation
import NotifyWireCore
import NotifyWireProtobuf
import NotifyWireTestSupport
import Testing

/// `Schemas/vectors/<name>.pb`: exact bytes both ways, and every truncation of every vector.
///
/// The vectors were made by `protoc --encode` from text written by ``ProtobufTextFormat`` (not by our
/// encoder) and checked with `protoc --decode`; ``ProtobufProtocTests`` re-checks them against protoc.
@Suite struct ProtobufGoldenVectorTests {
    let codec = ProtobufCodec()

    static func vector(_ name: String) throws -> [UInt8] {
        try RepositoryPaths.bytes(of: RepositoryPaths.vectors.appendingPathComponent("\(name).pb"))
    }

    @Test(arguments: SampleCorpus.entries.map(\.name))
    func encodesToTheVectorAndDecodesFromIt(name: String) throws {
        let entry = try #require(SampleCorpus.entries.first { $0.name == name })
        let golden = try Self.vector(name)
        if let batch = entry.batch {
            #expect(try codec.encodedBytes(batch) == golden)
            #expect(try codec.decodeBatch(from: golden) == batch)
        } else {
            let notification = try #require(entry.notification)
            #expect(try codec.encodedBytes(notification) == golden)
            #expect(try codec.decodeNotification(from: golden) == notification)
        }
    }

    @Test(arguments: SampleCorpus.entries.map(\.name))
    func everyTruncationIsACleanErrorOrReencodesExactly(name: String) throws {
        let entry = try #require(SampleCorpus.entries.first { $0.name == name })
        let golden = try Self.vector(name)
        let boundaries = try topLevelFieldBoundaries(golden)
        var decodedCount = 0
        for length in 0..<golden.count {
            let prefix = Array(golden[..<length])
            do {
                let reencoded: [UInt8]
                if entry.batch != nil {
                    reencoded = try codec.encodedBytes(codec.decodeBatch(from: prefix))
                } else {
                    reencoded = try codec.encodedBytes(codec.decodeNotification(from: prefix))
                }
                #expect(reencoded == prefix, "prefix of \(length) bytes")
                #expect(boundaries.contains(length), "prefix of \(length) bytes decoded off a field boundary")
                decodedCount += 1
            } catch {
                #expect([.truncated, .malformed].contains(error.code), "prefix of \(length): \(error)")
                #expect((0...length).contains(error.offset ?? -1), "prefix of \(length): \(error)")
                #expect(!boundaries.contains(length), "prefix of \(length) bytes is a field boundary: \(error)")
            }
        }
        #expect(decodedCount == boundaries.count - 1)  // every boundary but the full length
    }

    /// The offsets where a top-level field starts or the input ends, found by walking tags and lengths
    /// (every top-level field of our messages is a varint or length-delimited).
    private func topLevelFieldBoundaries(_ bytes: [UInt8]) throws -> Set<Int> {
        var boundaries: Set<Int> = [0]
        var offset = 0
        func readVarint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = try #require(offset < bytes.count ? bytes[offset] : nil)
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
        }
        while offset < bytes.count {
            let tag = try readVarint()
            let length = try readVarint()
            if tag & 7 == 2 { offset += Int(length) }
            boundaries.insert(offset)
        }
        return boundaries
    }
}
