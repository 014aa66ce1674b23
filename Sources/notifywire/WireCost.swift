import HTTPTypes
import NIOCore
import NotifyWire

/// Bytes on the wire per notification for one codec and one corpus notification, in every transport.
struct WireCost: Encodable {
    /// The corpus entry (`typical`).
    let entry: String
    /// The codec's stable identifier (`msgpack-numbers`).
    let codecID: String
    /// The codec's display name.
    let codec: String
    /// The encoded notification alone.
    let payload: Int
    /// One Server-Sent Event: `id:` line, `data:` line(s) (base64 for binary codecs), blank line.
    let sse: Int
    /// One unmasked WebSocket server frame.
    let webSocket: Int
    /// One message of a length-delimited stream: varint prefix or NDJSON line feed.
    let stream: Int
    /// A 200 poll response carrying a batch of 1 such notification, status line and headers included.
    let poll1: Double
    /// The same for a batch of 10, divided by 10.
    let poll10: Double
    /// The same for a batch of 100, divided by 100.
    let poll100: Double

    /// The poll batch sizes measured.
    static let pollBatchSizes = [1, 10, 100]

    /// Computes every transport's cost of `notification` under `codec`.
    static func measure(
        entry: String, codecID: String, codecName: String, codec: any NotificationCodec,
        notification: NotificationMessage
    ) throws -> WireCost {
        var sse = ByteBuffer()
        try SSEEventWriter().write(notification, codec: codec, into: &sse)
        var frame = ByteBuffer()
        try WebSocketFrameEncoder(role: .server).write(notification, codec: codec, into: &frame)
        let stream = try streamBytes(notification, codec: codec)
        let polls = try pollBatchSizes.map { size in
            Double(try pollResponseBytes(notification, count: size, codec: codec)) / Double(size)
        }
        return WireCost(
            entry: entry, codecID: codecID, codec: codecName, payload: try codec.encodedBytes(notification).count,
            sse: sse.readableBytes, webSocket: frame.readableBytes, stream: stream,
            poll1: polls[0], poll10: polls[1], poll100: polls[2])
    }

    /// The HTTP/1.1 bytes of the poll response for `count` copies of `notification` (distinct ids), as ``PollResponder`` writes them for a client that accepts only `codec`'s media type.
    static func pollResponseBytes(_ notification: NotificationMessage, count: Int, codec: any NotificationCodec) throws
        -> Int
    {
        let log = ReplayLog<NotificationMessage>()
        // Logged under sequences 1...count; each copy keeps the notification's own fields, id made distinct.
        for index in 0..<count {
            var copy = notification
            if !copy.id.isEmpty { copy.id += String(index) }
            log.append(copy, sequence: UInt64(index) + 1, byteCount: 0)
        }
        let responder = PollResponder(log: log, registry: CodecRegistry(codecs: [codec]))
        let response = responder.respond(
            to: PollRequest(accept: codec.mediaType, cursor: "0", limit: String(count)))
        guard response.status == .ok else {
            throw InputFailure(message: "the poll response for \(codec.format.name) is \(response.status.code)")
        }
        return response.http1Bytes.count
    }

    /// The bytes of `notification` as one length-delimited stream message.
    static func streamBytes(_ notification: NotificationMessage, codec: some NotificationCodec) throws -> Int {
        var stream = ByteBuffer()
        try LengthDelimitedWriter(codec: codec).write(notification, into: &stream)
        return stream.readableBytes
    }
}
