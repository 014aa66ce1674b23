public import NIOCore

extension SSEEventParser: NIOSingleStepByteToMessageDecoder {
    /// The parser produces events.
    public typealias InboundOut = SSEEvent

    /// Decodes what remains when no more bytes will come on this channel; when `seenEOF`, ends the stream
    /// with ``finish()`` once the buffer yields no more events, so an incomplete last event is discarded.
    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws(FramingError) -> SSEEvent? {
        if let event = try decode(buffer: &buffer) { return event }
        if seenEOF { finish() }
        return nil
    }
}
