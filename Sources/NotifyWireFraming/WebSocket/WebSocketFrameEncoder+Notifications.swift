public import NIOCore
public import NotifyWireCore

extension WebSocketFrameEncoder {
    /// Writes `notification` as one message: text for a text codec (JSON), binary for a binary one
    /// (MessagePack, Protocol Buffers), fragmented at ``maxFramePayloadBytes`` when given.
    ///
    /// The codec encodes straight into `buffer` after room left for the header. On error the buffer's
    /// writer index is where it was before the call.
    public func write(
        _ notification: NotificationMessage,
        codec: some NotificationCodec,
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        let start = buffer.writerIndex
        let headroom = headroomGuess
        buffer.writeRepeatingByte(0, count: headroom)
        do {
            try codec.encode(notification, into: &buffer)
        } catch {
            buffer.moveWriterIndex(to: start)
            throw FramingError(
                .payloadEncodingFailed, message: "the codec could not encode the notification: \(error)",
                codecError: error)
        }
        frameInPlace(
            opcode: codec.payloadKind == .text ? .text : .binary, start: start, headroom: headroom, into: &buffer)
    }

    /// Writes every notification of `batch` as its own message, in order. On error the buffer's writer
    /// index is where it was before the call.
    public func write(
        _ batch: NotificationBatch,
        codec: some NotificationCodec,
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        let start = buffer.writerIndex
        do {
            for notification in batch.notifications { try write(notification, codec: codec, into: &buffer) }
        } catch {
            buffer.moveWriterIndex(to: start)
            throw error
        }
    }
}
