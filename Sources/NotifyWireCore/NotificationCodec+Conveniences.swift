public import NIOCore

extension NotificationCodec {
    /// Decodes one complete notification from the readable bytes of `buffer` (the reader index does not move).
    public func decodeNotification(from buffer: ByteBuffer) throws(CodecError) -> NotificationMessage {
        let result: Result<NotificationMessage, CodecError> = buffer.withUnsafeReadableBytes { bytes in
            Result { () throws(CodecError) in try self.decodeNotification(from: bytes) }
        }
        return try result.get()
    }

    /// Decodes one complete batch from the readable bytes of `buffer` (the reader index does not move).
    public func decodeBatch(from buffer: ByteBuffer) throws(CodecError) -> NotificationBatch {
        let result: Result<NotificationBatch, CodecError> = buffer.withUnsafeReadableBytes { bytes in
            Result { () throws(CodecError) in try self.decodeBatch(from: bytes) }
        }
        return try result.get()
    }

    /// Decodes one complete notification from `bytes`.
    public func decodeNotification(from bytes: [UInt8]) throws(CodecError) -> NotificationMessage {
        let result: Result<NotificationMessage, CodecError> = bytes.withUnsafeBytes { raw in
            Result { () throws(CodecError) in try self.decodeNotification(from: raw) }
        }
        return try result.get()
    }

    /// Decodes one complete batch from `bytes`.
    public func decodeBatch(from bytes: [UInt8]) throws(CodecError) -> NotificationBatch {
        let result: Result<NotificationBatch, CodecError> = bytes.withUnsafeBytes { raw in
            Result { () throws(CodecError) in try self.decodeBatch(from: raw) }
        }
        return try result.get()
    }

    /// Encodes `notification` into a new byte array.
    public func encodedBytes(_ notification: NotificationMessage) throws(CodecError) -> [UInt8] {
        var buffer = ByteBufferAllocator().buffer(capacity: 512)
        try encode(notification, into: &buffer)
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }

    /// Encodes `batch` into a new byte array.
    public func encodedBytes(_ batch: NotificationBatch) throws(CodecError) -> [UInt8] {
        var buffer = ByteBufferAllocator().buffer(capacity: 4096)
        try encode(batch, into: &buffer)
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }
}
