public import HTTPTypes
public import NIOCore
public import NotifyWireCore

/// An HTTP response to a poll: status, header fields and body, ready to be written as HTTP/1.1 or given to a
/// server framework (the status and fields are swift-http-types', which Hummingbird and SwiftNIO share).
public struct PollResponse: Sendable {
    /// The status (200, 304, 400, 406, 410, 429, 500 or 503), with its reason phrase (`200 OK`).
    public var status: HTTPResponse.Status
    /// The header fields, in order, `Content-Length` included when there is a body.
    public var headers: HTTPFields
    /// The body: the encoded batch for 200, a one-line `text/plain` explanation for errors, empty for 304.
    public var body: ByteBuffer
    /// The batch the body encodes, for 200; `nil` otherwise.
    public var batch: NotificationBatch?
    /// The codec negotiated, when negotiation succeeded.
    public var codec: (any NotificationCodec)?
    /// For a response that found nothing new (200 with an empty batch, or 304), the sequence a long-poll
    /// waits after.
    var waitAfterSequence: UInt64?

    /// Creates a response; `Content-Length` is not added, include it in `headers`.
    public init(
        status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer = ByteBuffer(),
        batch: NotificationBatch? = nil, codec: (any NotificationCodec)? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.batch = batch
        self.codec = codec
    }

    /// Appends the response as HTTP/1.1: status line, header lines (names as spelled when they were added), a
    /// blank line and the body.
    public func write(into buffer: inout ByteBuffer) {
        buffer.writeString("HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\n")
        for field in headers { buffer.writeString("\(field.name.rawName): \(field.value)\r\n") }
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
