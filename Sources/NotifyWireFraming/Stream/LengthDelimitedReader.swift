public import NIOCore

/// Reads the messages of a length-delimited stream (``LengthDelimitedFraming``) from chunks split
/// anywhere, shaped like a NIO single-step decoder: each ``decode(buffer:)`` call consumes at most one
/// message and returns `nil` until one is complete.
///
/// A varint length is checked against ``maxMessageBytes`` as soon as the prefix is read, before a byte of
/// the message is waited for or reserved; a prefix longer than 10 bytes is an error as soon as its 10th
/// byte arrives. In NDJSON, a line longer than the limit is an error as soon as that many bytes arrive
/// without a line feed; empty lines are skipped and a CR before the LF is dropped.
public struct LengthDelimitedReader: Sendable {
    /// The framing read.
    public let framing: LengthDelimitedFraming
    /// The largest message accepted, in bytes (without prefix or line ending). Default: 1 MiB.
    public let maxMessageBytes: Int
    /// Bytes consumed so far, for error offsets.
    public private(set) var streamOffset = 0
    /// For NDJSON: how far the current line has been searched for a line feed, so no byte is scanned twice.
    private var scannedBytes = 0

    /// A reader of `framing` accepting messages of at most `maxMessageBytes` (negative counts as 0).
    public init(framing: LengthDelimitedFraming, maxMessageBytes: Int = 1024 * 1024) {
        self.framing = framing
        self.maxMessageBytes = max(0, maxMessageBytes)
    }

    /// Consumes one complete message from `buffer` and returns its bytes, or returns `nil` (consuming at
    /// most empty lines) when more input is needed.
    ///
    /// - Throws: ``FramingError/Code/streamMessageTooLarge`` or ``FramingError/Code/streamInvalidLength``,
    ///   with the stream offset of the message's start. The stream cannot be read further after an error.
    public mutating func decode(buffer: inout ByteBuffer) throws(FramingError) -> ByteBuffer? {
        switch framing {
        case .varintPrefixed: try decodeVarintPrefixed(&buffer)
        case .newlineDelimited: try decodeLine(&buffer)
        }
    }

    /// Called when the stream ends: returns a last NDJSON line that has no line feed, or `nil` when
    /// nothing is left.
    ///
    /// - Throws: ``FramingError/Code/streamTruncated`` when the stream ends inside a varint-prefixed
    ///   message or its prefix; ``FramingError/Code/streamMessageTooLarge`` when a last NDJSON line is longer
    ///   than the limit.
    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws(FramingError) -> ByteBuffer? {
        if let message = try decode(buffer: &buffer) { return message }
        guard seenEOF, buffer.readableBytes > 0 else { return nil }
        switch framing {
        case .varintPrefixed:
            throw FramingError(
                .streamTruncated, offset: streamOffset + buffer.readableBytes,
                message: "the stream ends inside a message (\(buffer.readableBytes) bytes of it received)")
        case .newlineDelimited:
            var line = buffer.readSlice(length: buffer.readableBytes) ?? ByteBuffer()
            let lineStart = streamOffset
            streamOffset += line.readableBytes
            scannedBytes = 0
            if line.readableBytesView.last == 0x0D { line.moveWriterIndex(to: line.writerIndex - 1) }
            // `decode` waits for one byte more than the limit (a CR may follow); without the CR it is too long.
            if line.readableBytes > maxMessageBytes {
                throw FramingError(
                    .streamMessageTooLarge, offset: lineStart,
                    message: "a line is longer than the limit of \(maxMessageBytes) bytes")
            }
            return line.readableBytes > 0 ? line : nil
        }
    }

    private mutating func decodeVarintPrefixed(_ buffer: inout ByteBuffer) throws(FramingError) -> ByteBuffer? {
        switch Varint.peek(buffer) {
        case .incomplete:
            return nil
        case .invalid:
            throw FramingError(
                .streamInvalidLength, offset: streamOffset,
                message: "the length prefix is not an unsigned varint of at most 10 bytes and 64 bits")
        case .value(let length, let prefixBytes):
            guard length <= UInt64(maxMessageBytes) else {
                throw FramingError(
                    .streamMessageTooLarge, offset: streamOffset,
                    message: "the message length \(length) is above the limit of \(maxMessageBytes) bytes")
            }
            let messageLength = Int(length)
            guard buffer.readableBytes - prefixBytes >= messageLength else { return nil }
            buffer.moveReaderIndex(forwardBy: prefixBytes)
            streamOffset += prefixBytes + messageLength
            return buffer.readSlice(length: messageLength)
        }
    }

    private mutating func decodeLine(_ buffer: inout ByteBuffer) throws(FramingError) -> ByteBuffer? {
        while true {
            let readable = buffer.readableBytes
            let found: Int? = buffer.withUnsafeReadableBytes { bytes in
                bytes[min(scannedBytes, bytes.count)...].firstIndex(of: 0x0A)
            }
            guard let lineFeed = found else {
                scannedBytes = readable
                // The longest acceptable line is the message plus a CR (no `+ 1` that could overflow).
                if readable - 1 > maxMessageBytes {
                    throw FramingError(
                        .streamMessageTooLarge, offset: streamOffset,
                        message: "a line is longer than the limit of \(maxMessageBytes) bytes")
                }
                return nil
            }
            scannedBytes = 0
            var line = buffer.readSlice(length: lineFeed) ?? ByteBuffer()
            buffer.moveReaderIndex(forwardBy: 1)
            let lineStart = streamOffset
            streamOffset += lineFeed + 1
            if line.readableBytesView.last == 0x0D { line.moveWriterIndex(to: line.writerIndex - 1) }
            if line.readableBytes > maxMessageBytes {
                throw FramingError(
                    .streamMessageTooLarge, offset: lineStart,
                    message: "a line is longer than the limit of \(maxMessageBytes) bytes")
            }
            if line.readableBytes > 0 { return line }
        }
    }
}
