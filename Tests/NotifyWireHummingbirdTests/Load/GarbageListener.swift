#if Hummingbird
    import NIOCore
    import NIOPosix

    /// A TCP listener on 127.0.0.1 that responds to whatever it is sent with fixed bytes and closes: a server whose
    /// responses the load lab's clients cannot understand.
    final class GarbageListener: Sendable {
        private final class CannedResponder: ChannelInboundHandler, Sendable {
            typealias InboundIn = ByteBuffer
            typealias OutboundOut = ByteBuffer

            let response: [UInt8]
            init(response: [UInt8]) { self.response = response }

            func channelRead(context: ChannelHandlerContext, data: NIOAny) {
                let response = ByteBuffer(bytes: self.response)
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                context.writeAndFlush(wrapOutboundOut(response)).whenComplete { _ in bound.value.close(promise: nil) }
            }
        }

        let channel: any Channel
        var port: Int { channel.localAddress?.port ?? 0 }

        /// Listens on a free port, responding with `response`.
        init(response: [UInt8], group: any EventLoopGroup) async throws {
            channel = try await ServerBootstrap(group: group)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(CannedResponder(response: response))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
        }

        func close() async { try? await channel.close() }
    }
#endif
