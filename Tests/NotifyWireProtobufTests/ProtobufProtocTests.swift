import Foundation
import NotifyWireCore
import NotifyWireJSON
import NotifyWireProtobuf
import NotifyWireTestSupport
import Testing

/// Debian's `protoc` as the independent implementation: it reads our bytes, and the bytes it makes of
/// text written from the model are exactly ours and decode to the model.
@Suite struct ProtobufProtocTests {
    let codec = ProtobufCodec()

    @Test(arguments: SampleCorpus.entries.map(\.name))
    func protocAgreesOnTheCorpus(name: String) async throws {
        let entry = try #require(SampleCorpus.entries.first { $0.name == name })
        let type = entry.batch == nil ? "Notification" : "NotificationBatch"
        let ours: [UInt8]
        let modelText: String
        if let batch = entry.batch {
            ours = try codec.encodedBytes(batch)
            modelText = ProtobufTextFormat.text(batch)
        } else {
            let notification = try #require(entry.notification)
            ours = try codec.encodedBytes(notification)
            modelText = ProtobufTextFormat.text(notification)
        }
        // protoc parses our bytes; what it prints, it encodes back to exactly our bytes.
        let printed = try await Protoc.decode(ours, type: type)
        #expect(!printed.isEmpty)
        #expect(try await Protoc.encode(printed, type: type) == ours)
        // protoc's bytes for the model's values are our bytes, and decode to the model.
        let fromProtoc = try await Protoc.encode(modelText, type: type)
        #expect(fromProtoc == ours)
        if let batch = entry.batch {
            #expect(try codec.decodeBatch(from: fromProtoc) == batch)
        } else {
            #expect(try codec.decodeNotification(from: fromProtoc) == entry.notification)
        }
        #expect(try ProtobufGoldenVectorTests.vector(name) == fromProtoc)
        // What protoc printed, read back through protoc and our decoder, is what our JSON vector says.
        let json = try RepositoryPaths.bytes(of: RepositoryPaths.vectors.appendingPathComponent("\(name).json"))
        let reprinted = try await Protoc.encode(printed, type: type)
        if entry.batch != nil {
            #expect(try JSONCodec().encodedBytes(codec.decodeBatch(from: reprinted)) == json)
        } else {
            #expect(try JSONCodec().encodedBytes(codec.decodeNotification(from: reprinted)) == json)
        }
    }

    @Test func protocPrintsTheCorpusValues() async throws {
        let printed = try await Protoc.decode(try codec.encodedBytes(SampleCorpus.typical), type: "Notification")
        let expectedLines = [
            "id: \"01JD3Z8Q9X4K7M2N5P6R8S0T1V\"", "kind: COMMENT", "seconds: 1767268923", "nanos: 123000000",
            "display_name: \"Ana Mar\\303\\255a Ortega\"", "priority: NORMAL", "key: \"threadUrl\"",
            "sequence: 1048576", "tags: \"p2\"",
        ]
        let lines = Set(printed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for line in expectedLines { #expect(lines.contains(line), "\(line) in \(printed)") }
    }

    @Test(arguments: [1, 2, 3])
    func seededRandomBatchesEncodeLikeProtoc(seed: UInt64) async throws {
        var generator = SeededGenerator(seed: 0x0DEC_0DE0 + seed)
        var batch = RandomNotifications.batch(maxCount: 25, using: &generator)
        batch.notifications = batch.notifications.map { $0.removingNUL() }
        batch.cursor = batch.cursor.removingNUL()
        batch.notifications.append(NotificationMessage(data: ["": "", "k": ""], tags: ["", "x"]))
        let fromProtoc = try await Protoc.encode(ProtobufTextFormat.text(batch), type: "NotificationBatch")
        #expect(try codec.encodedBytes(batch) == fromProtoc)
        #expect(try codec.decodeBatch(from: fromProtoc) == batch)
    }

    @Test func manyStringsEncodeLikeProtoc() async throws {
        // More than CStringTable.maxNestedStrings strings: lent through the one scratch copy instead.
        var notification = SampleCorpus.typical
        notification.tags = (0..<300).map { "tag-\($0)-é" }
        for index in 0..<100 { notification.data["key-\(index)"] = index.isMultiple(of: 7) ? "" : "value \(index)" }
        let fromProtoc = try await Protoc.encode(ProtobufTextFormat.text(notification), type: "Notification")
        #expect(try codec.encodedBytes(notification) == fromProtoc)
        #expect(try codec.decodeNotification(from: fromProtoc) == notification)
    }
}
