#if Hummingbird
    import NIOCore
    import NIOHTTP1

    /// Writes ``HTTPExchange`` requests and fulfils their promises with the responses, in order (HTTP/1.1
    /// keep-alive). A body over ``maxBodyBytes``, a closed connection or an error fails every pending exchange.
    final class HTTPExchangeHandler: ChannelDuplexHandler {
        typealias InboundIn = HTTPClientResponsePart
        typealias OutboundIn = HTTPExchange
        typealias OutboundOut = HTTPClientRequestPart

        /// The largest response body accepted, in bytes.
        static var maxBodyBytes: Int { 4 * 1024 * 1024 }

        private var pending = CircularBuffer<EventLoopPromise<HTTPExchangeResponse>>()
        private var status = 0
        private var body = ByteBuffer()

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            let exchange = unwrapOutboundIn(data)
            pending.append(exchange.response)
            context.write(wrapOutboundOut(.head(exchange.head)), promise: nil)
            if let bytes = exchange.body { context.write(wrapOutboundOut(.body(.byteBuffer(bytes))), promise: nil) }
            context.write(wrapOutboundOut(.end(nil)), promise: promise)
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                status = Int(head.status.code)
                body.clear()
            case .body(var bytes):
                guard body.readableBytes + bytes.readableBytes <= Self.maxBodyBytes else {
                    failAll(HTTPExchangeFailure("the response is over \(Self.maxBodyBytes) bytes"))
                    context.close(promise: nil)
                    return
                }
                body.writeBuffer(&bytes)
            case .end:
                guard let response = pending.popFirst() else { return }
                response.succeed(HTTPExchangeResponse(status: status, body: body))
                body = ByteBuffer()
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            failAll(HTTPExchangeFailure("the connection closed"))
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            failAll(HTTPExchangeFailure("the connection failed: \(error)"))
            context.close(promise: nil)
        }

        private func failAll(_ failure: HTTPExchangeFailure) {
            while let response = pending.popFirst() { response.fail(failure) }
        }
    }
#endif
