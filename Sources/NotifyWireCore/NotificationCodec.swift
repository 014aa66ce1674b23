public import NIOCore

/// One wire encoding of the notification schema. Every codec (JSON, MessagePack, Protocol Buffers)
/// conforms, so a server can swap one for another without touching anything else.
///
/// Encoding appends at the buffer's writer index, so framing can write a header first and the payload
/// after it without a copy. Decoding takes exactly one complete payload; finding payload boundaries in
/// a stream is the framing layer's job. Every failure is a ``CodecError``.
public protocol NotificationCodec: Sendable {
    /// The format this codec writes.
    var format: WireFormat { get }
    /// The media type written in `Content-Type` (`application/json`).
    var mediaType: String { get }
    /// Every media type this codec accepts on input, the preferred one first.
    var acceptedMediaTypes: [String] { get }
    /// Whether the bytes are text (UTF-8) or binary.
    var payloadKind: PayloadKind { get }
    /// The limits this codec's decoders enforce.
    var limits: DecodingLimits { get }

    /// Appends the encoding of `notification` at `buffer`'s writer index.
    ///
    /// On error the buffer's writer index is where it was before the call.
    func encode(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(CodecError)

    /// Appends the encoding of `batch` at `buffer`'s writer index.
    ///
    /// On error the buffer's writer index is where it was before the call.
    func encode(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError)

    /// Decodes one complete notification from `bytes`, enforcing ``limits``.
    func decodeNotification(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationMessage

    /// Decodes one complete batch from `bytes`, enforcing ``limits``.
    func decodeBatch(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationBatch
}
