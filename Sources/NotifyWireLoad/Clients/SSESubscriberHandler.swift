#if Hummingbird
    import NIOCore
    import NIOHTTP1
    import NotifyWire
    import NotifyWireHummingbird

    /// A Server-Sent Events subscriber: `GET /events?recipient=R&codec=C` (with `Last-Event-ID` when
    /// resuming), the body fed to ``SSEEventParser``, each event's data decoded with the codec.
    ///
    /// Established on the first body bytes (the server writes `retry:` once the subscription is registered).
    /// `event: resync` is counted; a payload that does not decode is counted and skipped; a stream error
    /// (a limit) is counted and closes the connection.
    final class SSESubscriberHandler<Codec: NotificationCodec>: ChannelInboundHandler {
        typealias InboundIn = HTTPClientResponsePart
        typealias OutboundOut = HTTPClientRequestPart

        private let endpoint: SubscriberEndpoint
        private let decoder: SSENotificationDecoder<Codec>
        private var parser = SSEEventParser()
        private var isEstablished = false
        private var isFailed = false

        init(endpoint: SubscriberEndpoint, codec: Codec) {
            self.endpoint = endpoint
            self.decoder = SSENotificationDecoder(codec: codec)
        }

        func channelActive(context: ChannelHandlerContext) {
            var headers = HTTPHeaders()
            headers.add(name: "Host", value: endpoint.hostHeader)
            headers.add(name: "Accept", value: "text/event-stream")
            if let resume = endpoint.resumeAfter { headers.add(name: "Last-Event-ID", value: resume.description) }
            let uri = "/events?recipient=\(endpoint.escapedRecipient)&codec=\(endpoint.codec.format.name)"
            let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: uri, headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            context.fireChannelActive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard !isFailed else { return }
            switch unwrapInboundIn(data) {
            case .head(let head):
                guard head.status == .ok else {
                    fail(context: context, "the server answered \(head.status.code) to GET /events")
                    return
                }
            case .body(var bytes):
                if !isEstablished {
                    isEstablished = true
                    endpoint.established.succeed()
                }
                readEvents(from: &bytes, context: context)
            case .end:
                fail(context: context, "the event stream ended")
            }
        }

        private func readEvents(from bytes: inout ByteBuffer, context: ChannelHandlerContext) {
            while true {
                let event: SSEEvent?
                do {
                    event = try parser.decode(buffer: &bytes)
                } catch {
                    endpoint.tally.decodeFailed()
                    isFailed = true
                    context.close(promise: nil)
                    return
                }
                guard let event else { return }
                if event.type == "resync" {
                    endpoint.tally.resynced()
                    continue
                }
                do {
                    let notification = try decoder.notification(from: event)
                    // The event id is the notification's cursor: `epoch-sequence` on an engine with epochs.
                    endpoint.tally.record(
                        notification, recipient: endpoint.index, receivedNanos: ProcessUsage.wallClockNanoseconds(),
                        epoch: HubCursor(event.lastEventID)?.epoch ?? 0)
                } catch {
                    endpoint.tally.decodeFailed()
                }
            }
        }

        private func fail(context: ChannelHandlerContext, _ message: String) {
            isFailed = true
            if !isEstablished { endpoint.established.fail(SubscriberFailure(message)) }
            context.close(promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            endpoint.established.fail(SubscriberFailure("the connection closed before the stream started"))
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            if !isEstablished {
                endpoint.established.fail(SubscriberFailure("the connection failed: \(error)"))
            } else {
                endpoint.tally.decodeFailed()
            }
            context.close(promise: nil)
        }
    }
#endif
