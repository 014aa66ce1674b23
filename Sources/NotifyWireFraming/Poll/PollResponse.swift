public import NIOCore
public import NotifyWireCore

/// An HTTP answer to a poll: status, headers and body, ready to be written as HTTP/1.1 or given to a
/// server framework.
public struct PollResponse: Sendable {
    /// The status code (200, 304, 400, 406, 410, 429, 500 or 503).
    public var status: Int
    /// The reason phrase of the status line (`OK`).
    public var reasonPhrase: String
    /// The header fields, in order, `Content-Length` included when there is a body.
    public var headers: [(name: String, value: String)]
    /// The body: the encoded batch for 200, a one-line `text/plain` explanation for errors, empty for 304.
    public var body: ByteBuffer
    /// The batch the body encodes, for 200; `nil` otherwise.
    public var batch: NotificationBatch?
    /// The codec negotiated, when negotiation succeeded.
    public var codec: (any NotificationCodec)?
    /// For an answer that found nothing new (200 with an empty batch, or 304), the sequence a long-poll
    /// waits after.
    var waitAfterSequence: UInt64?

    /// Creates a response; `Content-Length` is not added, include it in `headers`.
    public init(
        status: Int, reasonPhrase: String, headers: [(name: String, value: String)], body: ByteBuffer = ByteBuffer(),
        batch: NotificationBatch? = nil, codec: (any NotificationCodec)? = nil
    ) {
        self.status = status
        self.reasonPhrase = reasonPhrase
        self.headers = headers
        self.body = body
        self.batch = batch
        self.codec = codec
    }

    /// The value of the first header named `name` (any case), or `nil`.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// Appends the response as HTTP/1.1: status line, header lines, a blank line and the body.
    public func write(into buffer: inout ByteBuffer) {
        buffer.writeString("HTTP/1.1 \(status) \(reasonPhrase)\r\n")
        for header in headers { buffer.writeString("\(header.name): \(header.value)\r\n") }
        buffer.writeStaticString("\r\n")
        buffer.writeImmutableBuffer(body)
    }

    /// The HTTP/1.1 bytes of the response.
    public var http1Bytes: [UInt8] {
        var buffer = ByteBuffer()
        write(into: &buffer)
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }
}
