#if Hummingbird
    import NIOCore
    import NIOPosix

    /// A TCP listener on 127.0.0.1 that answers whatever it is sent with fixed bytes and closes: a server whose
    /// answers the load lab's clients cannot understand.
    final class GarbageListener: Sendable {
        private final class Answerer: ChannelInboundHandler, Sendable {
            typealias InboundIn = ByteBuffer
            typealias OutboundOut = ByteBuffer

            let answer: [UInt8]
            init(answer: [UInt8]) { self.answer = answer }

            func channelRead(context: ChannelHandlerContext, data: NIOAny) {
                let answer = ByteBuffer(bytes: self.answer)
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                context.writeAndFlush(wrapOutboundOut(answer)).whenComplete { _ in bound.value.close(promise: nil) }
            }
        }

        let channel: any Channel
        var port: Int { channel.localAddress?.port ?? 0 }

        /// Listens on a free port, answering `answer`.
        init(answer: [UInt8], group: any EventLoopGroup) async throws {
            channel = try await ServerBootstrap(group: group)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(Answerer(answer: answer))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
        }

        func close() async { try? await channel.close() }
    }
#endif
