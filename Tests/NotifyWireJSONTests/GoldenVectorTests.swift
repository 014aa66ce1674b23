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
