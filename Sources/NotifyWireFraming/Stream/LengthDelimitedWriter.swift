public import NIOCore
public import NotifyWireCore

/// Writes notifications as a length-delimited stream (``LengthDelimitedFraming``) at the writer index of
/// the caller's buffer: varint-prefixed for binary codecs, NDJSON for text codecs. Unlike Server-Sent
/// Events, binary payloads are written as they are, without base64.
///
/// The codec encodes straight into the buffer after room left for a two-byte length prefix (enough for
/// messages under 16 KiB); a message of another size shifts its payload in place by the difference.
public struct LengthDelimitedWriter<Codec: NotificationCodec>: Sendable {
    /// The payload codec.
    public let codec: Codec
    /// The framing, from the codec's payload kind.
    public let framing: LengthDelimitedFraming

    /// A writer of `codec`'s messages.
    public init(codec: Codec) {
        self.codec = codec
        self.framing = LengthDelimitedFraming(for: codec)
    }

    /// The media type of the stream (``LengthDelimitedFraming/mediaType(for:)``).
    public var mediaType: String { LengthDelimitedFraming.mediaType(for: codec) }

    /// Appends `notification` as one message. On error the buffer's writer index is where it was before.
    ///
    /// - Throws: ``FramingError/Code/payloadEncodingFailed`` when the codec fails, or when a text codec's
    ///   output contains a line feed, which NDJSON cannot carry.
    public func write(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(FramingError) {
        let start = buffer.writerIndex
        switch framing {
        case .newlineDelimited:
            try encode(notification, into: &buffer, restoring: start)
            let hasLineFeed = buffer.withUnsafeReadableBytes { $0[(start - buffer.readerIndex)...].contains(0x0A) }
            if hasLineFeed {
                buffer.moveWriterIndex(to: start)
                throw FramingError(
                    .payloadEncodingFailed, message: "the text payload contains a line feed, which NDJSON cannot carry")
            }
            buffer.writeInteger(UInt8(0x0A))
        case .varintPrefixed:
            let headroom = 2
            buffer.writeRepeatingByte(0, count: headroom)
            try encode(notification, into: &buffer, restoring: start)
            let payloadLength = buffer.writerIndex - start - headroom
            let prefixLength = Varint.size(of: UInt64(payloadLength))
            if prefixLength != headroom {
                let payload = buffer.getBytes(at: start + headroom, length: payloadLength) ?? []
                buffer.moveWriterIndex(to: start)
                Varint.write(UInt64(payloadLength), into: &buffer)
                buffer.writeBytes(payload)
            } else {
                buffer.setInteger(UInt8(truncatingIfNeeded: payloadLength) | 0x80, at: start)
                buffer.setInteger(UInt8(truncatingIfNeeded: payloadLength >> 7), at: start + 1)
            }
        }
    }

    /// Appends every notification of `batch` as its own message, in order. On error the buffer's writer
    /// index is where it was before the call.
    public func write(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(FramingError) {
        let start = buffer.writerIndex
        do {
            for notification in batch.notifications { try write(notification, into: &buffer) }
        } catch {
            buffer.moveWriterIndex(to: start)
            throw error
        }
    }

    private func encode(
        _ notification: NotificationMessage, into buffer: inout ByteBuffer, restoring start: Int
    ) throws(FramingError) {
        do {
            try codec.encode(notification, into: &buffer)
        } catch {
            buffer.moveWriterIndex(to: start)
            throw FramingError(
                .payloadEncodingFailed, message: "the codec could not encode the notification: \(error)",
                codecError: error)
        }
    }
}
