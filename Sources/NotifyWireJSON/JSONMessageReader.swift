import NotifyWireCore

/// Reads notifications and batches from JSON (temporary stub until the decoder lands).
struct JSONMessageReader {
    init(bytes: UnsafeRawBufferPointer, limits: DecodingLimits) throws(CodecError) {
        throw CodecError(.malformed, format: .json, offset: 0, message: "the JSON decoder is not implemented yet")
    }

    mutating func readNotification() throws(CodecError) -> NotificationMessage { NotificationMessage() }
    mutating func readBatch() throws(CodecError) -> NotificationBatch { NotificationBatch() }
    mutating func finish() throws(CodecError) {}
}
