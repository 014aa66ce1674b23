import NotifyWireCore
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// Seeded random values (every field, unicode, control characters, empty and extreme values) survive
/// encode then decode, and re-encoding the result gives the same bytes.
@Suite struct RoundTripTests {
    @Test(arguments: 0..<4)
    func notificationsRoundTrip(chunk: Int) throws {
        var generator = SeededGenerator(seed: 0x4A53_4F4E + UInt64(chunk))
        let codec = JSONCodec()
        for _ in 0..<100 {
            let notification = RandomNotifications.notification(using: &generator)
            let bytes = try codec.encodedBytes(notification)
            let decoded = try codec.decodeNotification(from: bytes)
            #expect(decoded == notification)
            #expect(try codec.encodedBytes(decoded) == bytes)
        }
    }

    @Test(arguments: 0..<2)
    func batchesRoundTrip(chunk: Int) throws {
        var generator = SeededGenerator(seed: 0xBA7C_4000 + UInt64(chunk))
        let codec = JSONCodec()
        for _ in 0..<50 {
            let batch = RandomNotifications.batch(using: &generator)
            let bytes = try codec.encodedBytes(batch)
            #expect(try codec.decodeBatch(from: bytes) == batch)
        }
    }

    @Test func extremeValuesRoundTrip() throws {
        let codec = JSONCodec()
        let values = [
            NotificationMessage(
                kind: NotificationKind(rawValue: .min),
                createdAt: .min,
                priority: NotificationPriority(rawValue: .max),
                sequence: .max
            ),
            NotificationMessage(createdAt: .max, data: ["": ""], tags: [""]),
            NotificationMessage(id: String(repeating: "\u{0}", count: 1000), actor: NotificationActor()),
        ]
        for value in values {
            #expect(try codec.decodeNotification(from: codec.encodedBytes(value)) == value)
        }
    }
}
