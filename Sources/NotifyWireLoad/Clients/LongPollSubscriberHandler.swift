#if Hummingbird
    import NIOCore
    import NIOHTTP1
    import NotifyWire

    /// A long-poll subscriber on one keep-alive HTTP/1.1 connection: loops
    /// `GET /notifications?recipient=R&cursor=C&wait=30` with the codec's media type in `Accept`, decodes each
    /// batch with the codec, and polls again from the batch's cursor.
    ///
    /// Established once the first request is written (the log returns anything published after its cursor).
    /// A 410 (the log no longer holds the cursor) is counted as a resync and the next poll goes without a
    /// cursor; any other unexpected response is counted as a decode error and retried after 100 ms. When the
    /// server closes the connection (it may after every long-poll response), the subscription reconnects and
    /// polls on from its cursor.
    final class LongPollSubscriberHandler<Codec: NotificationCodec>: ChannelInboundHandler {
        typealias InboundIn = HTTPClientResponsePart
        typealias OutboundOut = HTTPClientRequestPart

        /// The largest response body accepted, in bytes.
        static var maxBodyBytes: Int { 16 * 1024 * 1024 }

        private let endpoint: SubscriberEndpoint
        private let codec: Codec
        private var status = 0
        private var body = ByteBuffer()
        private var isClosed = false
        private var sentFirstPoll = false
        private var lastResponseWasFine = false

        init(endpoint: SubscriberEndpoint, codec: Codec) {
            self.endpoint = endpoint
            self.codec = codec
        }

        func channelActive(context: ChannelHandlerContext) {
            let promise = context.eventLoop.makePromise(of: Void.self)
            promise.futureResult.cascade(to: endpoint.established)
            sentFirstPoll = true
            sendPoll(context: context, promise: promise)
            context.fireChannelActive()
        }

        private func sendPoll(context: ChannelHandlerContext, promise: EventLoopPromise<Void>?) {
            guard !isClosed else { return }
            var uri = "/notifications?recipient=\(endpoint.escapedRecipient)&wait=30"
            if let cursor = endpoint.subscription.cursor { uri += "&cursor=\(cursor)" }
            var headers = HTTPHeaders()
            headers.add(name: "Host", value: endpoint.hostHeader)
            headers.add(name: "Accept", value: codec.mediaType)
            let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: uri, headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: promise)
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                // Counted when answered: a poll written on a connection the server is closing never reaches it.
                endpoint.tally.pollSent()
                status = Int(head.status.code)
                body.clear()
            case .body(var bytes):
                guard body.readableBytes + bytes.readableBytes <= Self.maxBodyBytes else {
                    endpoint.tally.decodeFailed()
                    isClosed = true
                    context.close(promise: nil)
                    return
                }
                body.writeBuffer(&bytes)
            case .end:
                responseEnded(context: context)
            }
        }

        private func responseEnded(context: ChannelHandlerContext) {
            lastResponseWasFine = status == 200 || status == 410
            switch status {
            case 200:
                do {
                    let batch = try codec.decodeBatch(from: body)
                    let now = ProcessUsage.wallClockNanoseconds()
                    for notification in batch.notifications {
                        endpoint.tally.record(notification, recipient: endpoint.index, receivedNanos: now)
                    }
                    if !batch.cursor.isEmpty { endpoint.subscription.cursor = batch.cursor }
                    sendPoll(context: context, promise: nil)
                } catch {
                    lastResponseWasFine = false
                    endpoint.tally.decodeFailed()
                    retryLater(context: context)
                }
            case 410:
                endpoint.tally.resynced()
                endpoint.subscription.cursor = nil
                sendPoll(context: context, promise: nil)
            default:
                endpoint.tally.decodeFailed()
                retryLater(context: context)
            }
        }

        private func retryLater(context: ChannelHandlerContext) {
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .milliseconds(100)) {
                let (handler, context) = loopBound.value
                handler.sendPoll(context: context, promise: nil)
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            isClosed = true
            if sentFirstPoll, !endpoint.subscription.isClosed { endpoint.reconnect(lastResponseWasFine) }
            endpoint.established.fail(SubscriberFailure("the connection closed before the first poll was sent"))
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            lastResponseWasFine = false
            endpoint.established.fail(SubscriberFailure("the connection failed: \(error)"))
            if !isClosed { endpoint.tally.decodeFailed() }
            isClosed = true
            context.close(promise: nil)
        }
    }
#endif
