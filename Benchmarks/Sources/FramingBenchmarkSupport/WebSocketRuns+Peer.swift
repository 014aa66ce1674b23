import Benchmark
import NIOCore
import NIOEmbedded
import NIOWebSocket

/// SwiftNIO's WebSocket frame decoder and encoder as a server uses them.
enum PeerWebSocketRuns {
    /// Decodes the whole stream: NIO's `WebSocketFrameDecoder` (frame limit raised to 1 MiB, ours' default)
    /// in a `ByteToMessageHandler` on an `EmbeddedChannel`, chunk by chunk, each frame handed to a handler
    /// that unmasks its payload (`unmaskedData`). NIO checks neither masking direction, reserved bits,
    /// minimal lengths nor UTF-8; a conformant server would add those on top.
    static func decode(_ chunks: [ByteBuffer]) throws -> StreamTally {
        let sink = PeerFrameSink()
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(WebSocketFrameDecoder(maxFrameSize: 1 << 20)))
        try channel.pipeline.syncOperations.addHandler(sink)
        for chunk in chunks {
            try channel.writeInbound(chunk)
        }
        _ = try channel.finish()
        return sink.tally
    }

    /// One text frame, server role (unmasked), through NIO's `WebSocketFrameEncoder` on an `EmbeddedChannel`
    /// (its only API): it writes the header into its own reused buffer and passes the payload on without
    /// copying; the two written buffers are taken off the channel after each message.
    static func encoder() throws -> (ByteBuffer) throws -> Void {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(WebSocketFrameEncoder())
        return { payload in
            try channel.writeOutbound(WebSocketFrame(fin: true, opcode: .text, data: payload))
            while let written = try channel.readOutbound(as: ByteBuffer.self) {
                blackHole(written)
            }
        }
    }
}

/// The application end of NIO's pipeline: takes each frame, unmasks its payload and reads its size.
final class PeerFrameSink: ChannelInboundHandler {
    typealias InboundIn = WebSocketFrame

    private(set) var tally = StreamTally()

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        let payload = frame.unmaskedData
        tally.add(payload.readableBytes)
    }
}
