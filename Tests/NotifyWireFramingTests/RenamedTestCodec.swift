import NIOCore
import NotifyWireCore

/// TEST DOUBLE, not a real codec: ``WrappedBinaryTestCodec``'s bytes under the format name and media types
/// of a real binary codec (MessagePack, Protocol Buffers), so that negotiation can be tested in this module,
/// which does not link the real binary codecs.
struct RenamedTestCodec: NotificationCodec {
    let format: WireFormat
    let mediaType: String
    let acceptedMediaTypes: [String]
    let wrapped = WrappedBinaryTestCodec()

    static let messagePack = RenamedTestCodec(
        format: .messagePack, mediaType: "application/vnd.msgpack",
        acceptedMediaTypes: ["application/vnd.msgpack", "application/msgpack", "application/x-msgpack"])
    static let protobuf = RenamedTestCodec(
        format: .protobuf, mediaType: "application/protobuf",
        acceptedMediaTypes: ["application/protobuf", "application/x-protobuf", "application/vnd.google.protobuf"])

    var payloadKind: PayloadKind { .binary }
    var limits: DecodingLimits { wrapped.limits }

    func encode(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(CodecError) {
        try wrapped.encode(notification, into: &buffer)
    }

    func encode(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        try wrapped.encode(batch, into: &buffer)
    }

    func decodeNotification(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationMessage {
        try wrapped.decodeNotification(from: bytes)
    }

    func decodeBatch(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationBatch {
        try wrapped.decodeBatch(from: bytes)
    }
}
