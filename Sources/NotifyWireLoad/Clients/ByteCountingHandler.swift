#if Hummingbird
    import NIOCore

    /// The first handler of a subscriber's pipeline: counts every byte the connection reads and writes.
    final class ByteCountingHandler: ChannelDuplexHandler {
        typealias InboundIn = ByteBuffer
        typealias InboundOut = ByteBuffer
        typealias OutboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        private let counter: WireCounter

        init(counter: WireCounter) { self.counter = counter }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            counter.addRead(unwrapInboundIn(data).readableBytes)
            context.fireChannelRead(data)
        }

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            counter.addWritten(unwrapOutboundIn(data).readableBytes)
            context.write(data, promise: promise)
        }
    }
#endif
