import NIOCore
import NotifyWireCore
import NotifyWireJSON

/// TEST DOUBLE, not a real codec: a binary codec made from `JSONCodec` by wrapping its output in bytes that
/// are not text (NUL, CR, LF, 0xFF), so that Server-Sent Events must carry it as base64. Only the framing
/// tests use it; the real binary codecs live in other modules.
struct WrappedBinaryTestCodec: NotificationCodec {
    static let prefix: [UInt8] = [0x00, 0x0D, 0x0A, 0x0D]
    static let suffix: [UInt8] = [0xFF, 0x0A]
    let json = JSONCodec()

    var format: WireFormat { WireFormat(name: "test-binary", displayName: "test binary") }
    var mediaType: String { "application/x-test-binary" }
    var acceptedMediaTypes: [String] { [mediaType] }
    var payloadKind: PayloadKind { .binary }
    var limits: DecodingLimits { json.limits }

    func encode(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(CodecError) {
        var inner = ByteBuffer()
        try json.encode(notification, into: &inner)
        buffer.writeBytes(Self.prefix)
        buffer.writeBuffer(&inner)
        buffer.writeBytes(Self.suffix)
    }

    func encode(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        var inner = ByteBuffer()
        try json.encode(batch, into: &inner)
        buffer.writeBytes(Self.prefix)
        buffer.writeBuffer(&inner)
        buffer.writeBytes(Self.suffix)
    }

    func decodeNotification(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationMessage {
        try json.decodeNotification(from: try unwrap(bytes))
    }

    func decodeBatch(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationBatch {
        try json.decodeBatch(from: try unwrap(bytes))
    }

    private func unwrap(_ bytes: UnsafeRawBufferPointer) throws(CodecError) -> [UInt8] {
        let all = Array(bytes)
        guard all.count >= Self.prefix.count + Self.suffix.count, all.starts(with: Self.prefix),
            Array(all.suffix(Self.suffix.count)) == Self.suffix
        else {
            throw CodecError(.malformed, format: format, offset: 0, message: "the test wrapper is missing")
        }
        return Array(all.dropFirst(Self.prefix.count).dropLast(Self.suffix.count))
    }
}

/// TEST DOUBLE, not a real codec: `JSONCodec` output with raw CR, LF and CRLF inserted as whitespace after
/// every comma and colon outside strings (still valid JSON), so that the writer's line splitting is
/// exercised by notifications.
struct LineBreakingJSONTestCodec: NotificationCodec {
    let json = JSONCodec()

    var format: WireFormat { .json }
    var mediaType: String { json.mediaType }
    var acceptedMediaTypes: [String] { json.acceptedMediaTypes }
    var payloadKind: PayloadKind { .text }
    var limits: DecodingLimits { json.limits }

    func encode(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(CodecError) {
        var inner = ByteBuffer()
        try json.encode(notification, into: &inner)
        buffer.writeBytes(Self.breakingLines(Array(inner.readableBytesView)))
    }

    func encode(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        var inner = ByteBuffer()
        try json.encode(batch, into: &inner)
        buffer.writeBytes(Self.breakingLines(Array(inner.readableBytesView)))
    }

    func decodeNotification(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationMessage {
        try json.decodeNotification(from: bytes)
    }

    func decodeBatch(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationBatch {
        try json.decodeBatch(from: bytes)
    }

    static func breakingLines(_ json: [UInt8]) -> [UInt8] {
        let breaks: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0A]]
        var output: [UInt8] = []
        var inString = false
        var escaped = false
        var count = 0
        for byte in json {
            output.append(byte)
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") {
                output.append(contentsOf: breaks[count % breaks.count])
                count += 1
            }
        }
        return output
    }
}
