import Foundation
import NotifyWireCore
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// The canonical JSON of the built-in corpus is exactly the bytes of `Schemas/vectors/<name>.json`.
@Suite struct GoldenVectorTests {
    static let names = SampleCorpus.entries.map(\.name)

    static func entry(named name: String) throws -> SampleCorpus.Entry {
        try #require(SampleCorpus.entries.first { $0.name == name })
    }

    static func vector(named name: String) throws -> [UInt8] {
        try RepositoryPaths.bytes(of: RepositoryPaths.vectors.appendingPathComponent("\(name).json"))
    }

    @Test(arguments: names)
    func encodingGivesTheVectorBytes(name: String) throws {
        let entry = try Self.entry(named: name)
        let codec = JSONCodec()
        let encoded: [UInt8]
        if let notification = entry.notification {
            encoded = try codec.encodedBytes(notification)
        } else {
            encoded = try codec.encodedBytes(try #require(entry.batch))
        }
        let expected = try Self.vector(named: name)
        #expect(encoded == expected)
    }
}

extension GoldenVectorTests {
    @Test(arguments: names)
    func decodingTheVectorGivesTheValue(name: String) throws {
        let entry = try Self.entry(named: name)
        let bytes = try Self.vector(named: name)
        let codec = JSONCodec()
        if let notification = entry.notification {
            #expect(try codec.decodeNotification(from: bytes) == notification)
        } else {
            #expect(try codec.decodeBatch(from: bytes) == entry.batch)
        }
    }

    /// The vector files hold exactly the codec's output: no trailing newline, no whitespace at all.
    @Test(arguments: names)
    func vectorHasNoWhitespaceOutsideStrings(name: String) throws {
        let bytes = try Self.vector(named: name)
        #expect(bytes.first == UInt8(ascii: "{"))
        #expect(bytes.last == UInt8(ascii: "}"))
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else {
                #expect(![0x20, 0x09, 0x0A, 0x0D].contains(byte))
            }
        }
    }
}
