import NIOCore
import NotifyWire
import Testing

/// The README's usage example, verbatim apart from `assert` becoming `#expect`, for every codec: if the
/// README's code stops compiling or working, this fails.
@Suite struct ReadmeExampleTests {
    static let codecs: [any NotificationCodec] = [
        MessagePackCodec(keyStyle: .fieldNumbers), JSONCodec(), ProtobufCodec(),
    ]

    @Test(arguments: 0..<codecs.count)
    func usageExampleWorks(index: Int) throws {
        let codec: any NotificationCodec = Self.codecs[index]
        var notification = NotificationMessage(
            id: "n-1", kind: .mention, recipientID: "u-42", title: "Bo mentioned you")
        notification.createdAt = Timestamp(seconds: 1_767_268_923)
        var buffer = ByteBufferAllocator().buffer(capacity: 256)
        try codec.encode(notification, into: &buffer)  // appends at the writer index
        let decoded = try codec.decodeNotification(from: buffer)  // throws CodecError: code, byte offset, path
        #expect(decoded == notification)
        #expect(buffer.readableBytes > 0)
    }
}
