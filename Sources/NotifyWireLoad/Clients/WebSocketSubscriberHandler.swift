#if Hummingbird
    import HTTPTypes
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird

    /// A WebSocket subscriber on a raw TCP connection: writes the opening handshake of
    /// ``WebSocketClientHandshake`` (offering the codec's subprotocol), reads the response's head (at most 16 KiB),
    /// verifies it, then feeds the rest to ``WebSocketMessageDecoder`` as the client.
    ///
    /// Established once the 101 is verified. Pings are answered with masked pongs, a close with a close. A
    /// message that does not decode is counted and skipped; a framing error is counted and closes. A replay
    /// whose first sequence goes back below the resume point (the server restarted and could not replay), or a
    /// close with 4002 (``WebSocketCloseCode/resync``: the server cannot honour the resume point), is counted as
    /// a resync.
    final class WebSocketSubscriberHandler<Codec: NotificationCodec>: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        private enum Phase {
            case handshake(ByteBuffer)
            case open
            case closed
        }

        private let endpoint: SubscriberEndpoint
        private let codec: Codec
        private let handshake: WebSocketClientHandshake
        private let encoder = WebSocketFrameEncoder(role: .client)
        private var decoder = WebSocketMessageDecoder(role: .client)
        private var phase = Phase.handshake(ByteBuffer())
        private var checkedResume = false
        /// The epoch of the recipient's log, from the 101's `NotifyWire-Epoch` (0 without it).
        private var epoch: UInt64 = 0
        /// Bytes read and not yet decoded: a frame split across reads waits here for the rest (the decoder
        /// leaves an incomplete frame in the buffer it is given).
        private var unread = ByteBuffer()

        init(endpoint: SubscriberEndpoint, codec: Codec) {
            self.endpoint = endpoint
            self.codec = codec
            handshake = WebSocketClientHandshake(
                host: endpoint.hostHeader, subprotocols: [WebSocketSubprotocols.name(for: codec.format)])
        }

        func channelActive(context: ChannelHandlerContext) {
            var uri = "/ws?recipient=\(endpoint.escapedRecipient)"
            if let resume = endpoint.resumeAfter { uri += "&after=\(resume)" }  // HubCursor's text form
            var request = "GET \(uri) HTTP/1.1\r\nHost: \(handshake.host)\r\n"
            for header in handshake.headers { request += "\(header.name.rawName): \(header.value)\r\n" }
            request += "\r\n"
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: request)), promise: nil)
            context.fireChannelActive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var bytes = unwrapInboundIn(data)
            switch phase {
            case .closed:
                return
            case .open:
                unread.writeBuffer(&bytes)
                readMessages(context: context)
            case .handshake(var pending):
                phase = .closed  // while `pending` is being read; set again below
                pending.writeBuffer(&bytes)
                switch HandshakeResponseHead.read(from: &pending) {
                case .needMoreBytes:
                    phase = .handshake(pending)
                case .malformed(let reason):
                    fail(context: context, reason)
                case .head(let head):
                    do {
                        _ = try handshake.verify(status: head.status, headers: head.headers)
                    } catch {
                        fail(context: context, "the handshake failed: \(error)")
                        return
                    }
                    phase = .open
                    // An engine with epochs names the recipient's here: the messages carry sequences only.
                    epoch = head.headers[HTTPField.Name("NotifyWire-Epoch") ?? .accept].flatMap { UInt64($0) } ?? 0
                    endpoint.established.succeed()
                    unread.writeBuffer(&pending)
                    readMessages(context: context)
                }
            }
        }

        private func readMessages(context: ChannelHandlerContext) {
            defer { unread.discardReadBytes() }
            while case .open = phase {
                let message: WebSocketMessage?
                do {
                    message = try decoder.decode(buffer: &unread)
                } catch {
                    endpoint.tally.decodeFailed()
                    phase = .closed
                    context.close(promise: nil)
                    return
                }
                guard let message else { return }
                handle(message, context: context)
            }
        }

        private func handle(_ message: WebSocketMessage, context: ChannelHandlerContext) {
            switch message {
            case .text, .binary:
                do {
                    let notification = try message.notification(codec: codec)
                    if !checkedResume {
                        checkedResume = true
                        if let resume = endpoint.resumeAfter,
                            resume.epoch != epoch || notification.sequence <= resume.sequence
                        {
                            endpoint.tally.resynced()
                        }
                    }
                    endpoint.tally.record(
                        notification, recipient: endpoint.index, receivedNanos: ProcessUsage.wallClockNanoseconds(),
                        epoch: epoch)
                } catch {
                    endpoint.tally.decodeFailed()
                }
            case .ping(let payload):
                var frame = ByteBuffer()
                if (try? encoder.writePong(payload: payload, into: &frame)) != nil {
                    context.writeAndFlush(wrapOutboundOut(frame), promise: nil)
                }
            case .pong:
                break
            case .close(let close):
                if close?.code == .resync { endpoint.tally.resynced() }
                var frame = ByteBuffer()
                if (try? encoder.writeClose(code: .normalClosure, into: &frame)) != nil {
                    context.writeAndFlush(wrapOutboundOut(frame), promise: nil)
                }
                phase = .closed
                context.close(promise: nil)
            }
        }

        private func fail(context: ChannelHandlerContext, _ message: String) {
            phase = .closed
            endpoint.established.fail(SubscriberFailure(message))
            context.close(promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            phase = .closed
            endpoint.established.fail(SubscriberFailure("the connection closed before the handshake completed"))
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            fail(context: context, "the connection failed: \(error)")
        }
    }
#endif
