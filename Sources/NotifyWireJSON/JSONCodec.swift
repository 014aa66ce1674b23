public import NIOCore
public import NotifyWireCore

/// The proto3 canonical JSON codec, in pure Swift (no Foundation coders, no `JSONSerialization`).
///
/// Output follows the proto3 JSON mapping exactly and deterministically: lowerCamelCase names in
/// field-number order, default values omitted, enums as names, `sequence` as a decimal string,
/// `createdAt` as RFC 3339 UTC, `data` keys sorted by their UTF-8 bytes, minimal escaping, no whitespace.
///
/// Input is read by a strict RFC 8259 parser that also accepts the snake_case names, enums by number,
/// `sequence` as a number, `null` for defaults and timestamps with any offset; unknown fields are skipped
/// after they are validated, and every ``DecodingLimits`` limit is enforced before memory is reserved.
///
/// ```swift
/// let codec = JSONCodec()
/// var buffer = ByteBufferAllocator().buffer(capacity: 256)
/// try codec.encode(SampleCorpus.minimal, into: &buffer)
/// let decoded = try codec.decodeNotification(from: buffer)
/// ```
public struct JSONCodec: NotificationCodec {
    /// The limits this codec's decoders enforce.
    public let limits: DecodingLimits

    /// Creates a codec that enforces `limits` when decoding.
    public init(limits: DecodingLimits = .default) {
        self.limits = limits
    }

    /// ``WireFormat/json``.
    public var format: WireFormat { .json }
    /// `application/json`.
    public var mediaType: String { "application/json" }
    /// `application/json`.
    public var acceptedMediaTypes: [String] { ["application/json"] }
    /// ``PayloadKind/text``: the output is UTF-8.
    public var payloadKind: PayloadKind { .text }

    /// Appends the canonical JSON of `notification` at `buffer`'s writer index.
    ///
    /// Throws ``CodecError/Code/unencodable`` (path `createdAt`) when `createdAt` is outside
    /// ``Timestamp/isValid``; the buffer is then left as it was.
    public func encode(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(CodecError) {
        if let createdAt = notification.createdAt, !createdAt.isValid {
            throw invalidTimestampError(createdAt, path: "createdAt")
        }
        buffer.reserveCapacity(minimumWritableBytes: JSONWriter.estimatedSize(of: notification))
        JSONWriter.write(notification, into: &buffer)
    }

    /// Appends the canonical JSON of `batch` at `buffer`'s writer index.
    ///
    /// Throws ``CodecError/Code/unencodable`` (path `notifications[i].createdAt`) when a timestamp is
    /// outside ``Timestamp/isValid``; the buffer is then left as it was.
    public func encode(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        if let index = JSONWriter.firstInvalidTimestamp(in: batch.notifications),
            let createdAt = batch.notifications[index].createdAt
        {
            throw invalidTimestampError(createdAt, path: "notifications[\(index)].createdAt")
        }
        var size = 64 + batch.cursor.utf8.count
        for notification in batch.notifications {
            size += JSONWriter.estimatedSize(of: notification)
        }
        buffer.reserveCapacity(minimumWritableBytes: size)
        JSONWriter.write(batch, into: &buffer)
    }

    /// Decodes one complete JSON notification from `bytes`, enforcing ``limits``.
    public func decodeNotification(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationMessage {
        var reader = try JSONMessageReader(bytes: bytes, limits: limits)
        let notification = try reader.readNotification()
        try reader.finish()
        return notification
    }

    /// Decodes one complete JSON batch from `bytes`, enforcing ``limits``.
    public func decodeBatch(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationBatch {
        var reader = try JSONMessageReader(bytes: bytes, limits: limits)
        let batch = try reader.readBatch()
        try reader.finish()
        return batch
    }

    private func invalidTimestampError(_ timestamp: Timestamp, path: String) -> CodecError {
        CodecError(
            .unencodable,
            format: .json,
            operation: .encode,
            path: path,
            message: "timestamp \(timestamp.seconds)s \(timestamp.nanos)ns is outside 0001-01-01 to 9999-12-31"
        )
    }
}
