import NIOCore
import NIOEmbedded
import NotifyWire

/// Our WebSocket decoder and encoder as a server uses them.
enum OursWebSocketRuns {
    /// Decodes the whole stream: `WebSocketMessageDecoder(role: .server)` (every RFC 6455 check, UTF-8 of
    /// text, unmasking in place) in a `ByteToMessageHandler` on an `EmbeddedChannel`, chunk by chunk, each
    /// message handed to a handler that reads its payload.
    static func decode(_ chunks: [ByteBuffer]) throws -> StreamTally {
        let sink = OursMessageSink()
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(WebSocketMessageDecoder(role: .server)))
        try channel.pipeline.syncOperations.addHandler(sink)
        for chunk in chunks {
            try channel.writeInbound(chunk)
        }
        _ = try channel.finish()
        return sink.tally
    }

    /// One text message, server role (unmasked), into a reused buffer: `writeMessage(_:payload:into:)`.
    static func encoder() -> (ByteBuffer, ReusedOutput) -> Void {
        let encoder = WebSocketFrameEncoder(role: .server)
        return { payload, output in
            output.buffer.clear()
            encoder.writeMessage(.text, payload: payload, into: &output.buffer)
        }
    }
}

/// The application end of our pipeline: takes each message and reads its payload's size.
final class OursMessageSink: ChannelInboundHandler {
    typealias InboundIn = WebSocketMessage

    private(set) var tally = StreamTally()

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .text(let payload), .binary(let payload):
            tally.add(payload.readableBytes)
        case .ping, .pong, .close:
            break
        }
    }
}
