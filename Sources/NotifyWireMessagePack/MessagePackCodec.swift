public import NIOCore
public import NotifyWireCore

/// The MessagePack codec, through msgpack-c.
///
/// A notification is a map; nested messages are nested maps; default values are omitted; `data` is a map
/// of str to str with keys sorted by their UTF-8 bytes; `tags` an array of str; enums are integers;
/// `sequence` an unsigned integer; `read` a boolean; `createdAt` the Timestamp extension (type -1) in its
/// smallest form. Keys are the JSON names or the proto field numbers (``MessagePackKeyStyle``); the decoder
/// accepts both, key by key.
///
/// Decoding pre-scans the input in Swift (every declared length and count must fit in the bytes that
/// remain and respect ``limits``; nesting deeper than 32 is refused because msgpack-c's parser stops
/// there), then unpacks it with msgpack-c and walks the object tree. Unknown keys are skipped whatever they
/// hold; nil for a known field means the field's default. Error offsets point at the first byte (the type
/// byte) of the value at fault (the key, for a duplicate field).
public struct MessagePackCodec: NotificationCodec {
    /// Which keys the encoder writes.
    public let keyStyle: MessagePackKeyStyle
    /// The limits the decoders enforce.
    public let limits: DecodingLimits

    /// Creates a codec writing `keyStyle` keys (the decoder reads either style) and enforcing `limits`.
    public init(keyStyle: MessagePackKeyStyle = .names, limits: DecodingLimits = .default) {
        self.keyStyle = keyStyle
        self.limits = limits
    }

    /// `.messagePack`.
    public var format: WireFormat { .messagePack }
    /// `application/vnd.msgpack`.
    public var mediaType: String { "application/vnd.msgpack" }
    /// `application/vnd.msgpack`, `application/msgpack`, `application/x-msgpack`.
    public var acceptedMediaTypes: [String] {
        ["application/vnd.msgpack", "application/msgpack", "application/x-msgpack"]
    }
    /// `.binary`.
    public var payloadKind: PayloadKind { .binary }

    /// Appends `notification` as a MessagePack map; an invalid timestamp is `.unencodable`.
    public func encode(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(CodecError) {
        let bound = MessagePackSizeBound.of(notification)
        try MessagePackWriter.write(into: &buffer, bound: bound, keyStyle: keyStyle) { (writer) throws(CodecError) in
            try writer.writeNotification(notification)
        }
    }

    /// Appends `batch` as a MessagePack map; an invalid timestamp is `.unencodable`.
    public func encode(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        let bound = MessagePackSizeBound.of(batch)
        try MessagePackWriter.write(into: &buffer, bound: bound, keyStyle: keyStyle) { (writer) throws(CodecError) in
            try writer.writeBatch(batch)
        }
    }

    /// Decodes one notification map from `bytes`.
    public func decodeNotification(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationMessage {
        try MessagePackDecoding.decode(bytes, limits: limits) { (object) throws(MessagePackDecodeFailure) in
            try MessagePackTreeReader.notification(object)
        }
    }

    /// Decodes one batch map from `bytes`.
    public func decodeBatch(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationBatch {
        try MessagePackDecoding.decode(bytes, limits: limits) { (object) throws(MessagePackDecodeFailure) in
            try MessagePackTreeReader.batch(object)
        }
    }
}
