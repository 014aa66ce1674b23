import Foundation
import NotifyWireCore
import NotifyWireJSON
import NotifyWireProtobuf
import NotifyWireTestSupport
import Testing

/// Python's `google.protobuf` (upb), with classes generated at test time, reads our bytes, and its own
/// serializations (field order as it likes, and every field on its own in reverse order) decode equal
/// with ours. The schema has no packable repeated field (`repeated string` and `repeated Notification`
/// are never packed), so packed against unpacked encodings do not arise.
@Suite struct ProtobufPythonPeerTests {
    let codec = ProtobufCodec()

    static func encoded(_ entry: SampleCorpus.Entry) throws -> (type: String, bytes: [UInt8]) {
        let codec = ProtobufCodec()
        if let batch = entry.batch { return ("NotificationBatch", try codec.encodedBytes(batch)) }
        return ("Notification", try codec.encodedBytes(entry.notification ?? NotificationMessage()))
    }

    static func peer(_ mode: String, _ type: String, _ bytes: [UInt8]) async throws -> [UInt8] {
        try await PythonPeer.run(script: "protobuf_peer.py", arguments: [mode, type], input: bytes)
    }

    @Test(arguments: SampleCorpus.entries.map(\.name))
    func pythonReadsTheSameValues(name: String) async throws {
        let entry = try #require(SampleCorpus.entries.first { $0.name == name })
        let (type, bytes) = try Self.encoded(entry)
        let json = try JSONSerialization.jsonObject(with: Data(try await Self.peer("json", type, bytes)))
        let expectedObject: [String: Any] =
            if let batch = entry.batch {
                ProtobufJSONExpectation.object(batch)
            } else {
                ProtobufJSONExpectation.object(entry.notification ?? NotificationMessage())
            }
        // Through JSONSerialization as well, so that both sides hold the same Foundation types.
        let expected = try JSONSerialization.jsonObject(with: JSONSerialization.data(withJSONObject: expectedObject))
        #expect(Self.jsonEqual(json, expected), "Python said \(json), the model says \(expected)")
        // And what our JSON codec says of the notification our decoder reads from the same bytes.
        let ours: [UInt8] =
            if entry.batch != nil {
                try JSONCodec().encodedBytes(codec.decodeBatch(from: bytes))
            } else {
                try JSONCodec().encodedBytes(codec.decodeNotification(from: bytes))
            }
        let oursParsed = try JSONSerialization.jsonObject(with: Data(ours))
        #expect(Self.jsonEqual(json, oursParsed), "Python said \(json), our JSON says \(oursParsed)")
    }

    @Test(arguments: SampleCorpus.entries.map(\.name))
    func pythonSerializationsDecodeEqual(name: String) async throws {
        let entry = try #require(SampleCorpus.entries.first { $0.name == name })
        let (type, bytes) = try Self.encoded(entry)
        let canonical = try await Self.peer("reserialize", type, bytes)
        let reversed = try await Self.peer("reverse", type, bytes)
        // The same fields with the same encodings, in another order: upb's "deterministic" map order is
        // its own (it puts "key10" before "key1"), and "reverse" turns the field order around.
        #expect(canonical.count == bytes.count)
        #expect(reversed.count == bytes.count)
        #expect(reversed != bytes)
        for variant in [canonical, reversed] {
            if let batch = entry.batch {
                #expect(try codec.decodeBatch(from: variant) == batch)
            } else {
                #expect(try codec.decodeNotification(from: variant) == entry.notification)
            }
        }
    }

    /// Whether two values parsed by `JSONSerialization` are the same JSON.
    static func jsonEqual(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case (let lhs as [String: Any], let rhs as [String: Any]):
            return lhs.count == rhs.count
                && lhs.allSatisfy { key, value in rhs[key].map { jsonEqual(value, $0) } ?? false }
        case (let lhs as [Any], let rhs as [Any]):
            return lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { jsonEqual($0, $1) }
        case (let lhs as String, let rhs as String):
            return lhs == rhs
        case (let lhs as Bool, let rhs as Bool):
            return lhs == rhs
        case (let lhs as NSNumber, let rhs as NSNumber):
            return lhs == rhs
        default:
            return false
        }
    }

    @Test func seededRandomBatchSurvivesPython() async throws {
        var generator = SeededGenerator(seed: 0x9E7_0001)
        let batch = RandomNotifications.batch(maxCount: 30, using: &generator)
        let bytes = try codec.encodedBytes(batch)
        #expect(try await codec.decodeBatch(from: Self.peer("reserialize", "NotificationBatch", bytes)) == batch)
        #expect(try await codec.decodeBatch(from: Self.peer("reverse", "NotificationBatch", bytes)) == batch)
    }

    /// U+0000 in every kind of string field (issue #23): Python's `google.protobuf` reads our bytes to the
    /// same strings, and what Python serializes decodes to the same notification with ours.
    @Test func nulRoundTripsThroughPythonBothWays() async throws {
        let notification = ProtobufNULTests.everyStringHoldingNUL
        let bytes = try codec.encodedBytes(notification)
        let json = try JSONSerialization.jsonObject(with: Data(try await Self.peer("json", "Notification", bytes)))
        let expected = try JSONSerialization.jsonObject(
            with: JSONSerialization.data(withJSONObject: ProtobufJSONExpectation.object(notification)))
        #expect(Self.jsonEqual(json, expected), "Python said \(json), the model says \(expected)")
        let title = (json as? [String: Any])?["title"] as? String
        #expect(title == "a\u{0}b", "Python read the title as \(String(describing: title))")
        for mode in ["reserialize", "reverse"] {
            let python = try await Self.peer(mode, "Notification", bytes)
            #expect(try codec.decodeNotification(from: python) == notification, "\(mode)")
        }
        let batch = NotificationBatch(notifications: [notification, notification], cursor: "c\u{0}1", hasMore: true)
        let batchBytes = try codec.encodedBytes(batch)
        #expect(try await codec.decodeBatch(from: Self.peer("reserialize", "NotificationBatch", batchBytes)) == batch)
        #expect(try await codec.decodeBatch(from: Self.peer("reverse", "NotificationBatch", batchBytes)) == batch)
    }
}
