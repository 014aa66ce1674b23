#if Hummingbird
    import NIOCore
    import NIOHTTP1
    import NIOPosix
    import NotifyWire
    import NotifyWireHummingbird

    /// Opens subscriber connections of one transport and codec for the recipients of one case, each within a
    /// deadline, at most ``maxConnectsInFlight`` at once.
    ///
    /// A connection that does not get established (refused, reset, a bad response, the deadline) is counted in
    /// the tally as a failed connect and closed; it never throws and never hangs.
    struct SubscriberConnector: Sendable {
        /// Connects in flight at most, so that thousands of connections open on loopback without a SYN storm.
        static let maxConnectsInFlight = 200

        /// The event loops the connections run on.
        var group: any EventLoopGroup
        /// The server's host.
        var host: String
        /// The nodes' ports: subscriber `index` connects to `ports[(index + nodeOffset) % ports.count]`.
        var ports: [Int]
        /// Added to a subscriber's index to choose its node: 0 for the first connections, 1 to resume on the
        /// next node.
        var nodeOffset = 0
        /// The transport.
        var transport: LoadTransport
        /// The codec.
        var codec: any NotificationCodec
        /// Where the connections record what they receive.
        var tally: LoadTally
        /// The recipient ids of the case, by local index.
        var naming: LoadNaming
        /// The offset added to a local index to name its recipient (cases that run several rounds of
        /// subscribers use distinct ones).
        var recipientOffset = 0
        /// How long one connection may take to be established.
        var deadline: TimeAmount = .seconds(10)

        /// Opens the subscriber of local recipient `index`, resuming after `resumeAfter` when given; returns it
        /// once established, `nil` when it failed (counted).
        func open(index: Int, resumeAfter: HubCursor? = nil) async -> LoadSubscription? {
            let subscription = LoadSubscription(
                cursor: transport == .longPoll ? (resumeAfter ?? .start).description : nil)
            guard let channel = await connect(index: index, resumeAfter: resumeAfter, subscription: subscription)
            else {
                tally.connectFailed()
                return nil
            }
            guard subscription.adopt(channel) else {
                try? await channel.close()
                return nil
            }
            return subscription
        }

        /// Connects `subscription` again until it is connected or closed (long-poll: the server closed the last
        /// connection). Failures here are not counted as failed connects: the subscriber was established.
        func reconnect(index: Int, subscription: LoadSubscription, promptly: Bool) async {
            if !promptly { try? await Task.sleep(for: .milliseconds(100)) }
            while !subscription.isClosed {
                if let channel = await connect(index: index, resumeAfter: nil, subscription: subscription) {
                    if !subscription.adopt(channel) { try? await channel.close() }
                    return
                }
                try? await Task.sleep(for: .milliseconds(100))
            }
        }

        /// One connection of `subscription`, returned once established; `nil` when it failed.
        private func connect(
            index: Int, resumeAfter: HubCursor?, subscription: LoadSubscription
        ) async -> (any Channel)? {
            let port = ports.isEmpty ? 0 : ports[(index + nodeOffset) % ports.count]
            let loop = group.next()
            let established = loop.makePromise(of: Void.self)
            let connector = self
            let endpoint = SubscriberEndpoint(
                host: host, port: port, recipient: naming.recipient(recipientOffset + index), index: index,
                tally: tally, codec: codec, resumeAfter: resumeAfter, established: established,
                subscription: subscription,
                reconnect: { promptly in
                    Task { await connector.reconnect(index: index, subscription: subscription, promptly: promptly) }
                })
            let transport = self.transport
            let timeout = loop.scheduleTask(in: deadline) {
                established.fail(SubscriberFailure("the subscription was not established in time"))
            }
            let connected = ClientBootstrap(group: loop)
                .connectTimeout(deadline)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try Self.addHandlers(
                            codec: endpoint.codec, transport: transport, endpoint: endpoint, to: channel)
                    }
                }
                .connect(host: host, port: port)
            connected.whenFailure { established.fail($0) }
            do {
                try await established.futureResult.get()
                timeout.cancel()
                return try await connected.get()
            } catch {
                timeout.cancel()
                if let channel = try? await connected.get() { try? await channel.close() }
                return nil
            }
        }

        /// Opens the subscribers of `indices` in parallel (bounded), resuming each after `resume(index)`;
        /// returns the established channels by local index.
        func openAll(
            _ indices: [Int], resume: @escaping @Sendable (Int) -> HubCursor? = { _ in nil }
        ) async -> [Int: LoadSubscription] {
            await withTaskGroup(of: (Int, LoadSubscription?).self) { group in
                var opened: [Int: LoadSubscription] = [:]
                var next = indices.startIndex
                var inFlight = 0
                while next < indices.endIndex || inFlight > 0 {
                    while next < indices.endIndex, inFlight < Self.maxConnectsInFlight {
                        let index = indices[next]
                        next += 1
                        inFlight += 1
                        group.addTask { (index, await open(index: index, resumeAfter: resume(index))) }
                    }
                    guard let (index, subscription) = await group.next() else { break }
                    inFlight -= 1
                    if let subscription { opened[index] = subscription }
                }
                return opened
            }
        }

        /// Closes `subscriptions` and waits until their connections are closed.
        static func closeAll(_ subscriptions: some Sequence<LoadSubscription>) async {
            await withTaskGroup(of: Void.self) { group in
                for subscription in subscriptions {
                    group.addTask { await subscription.close() }
                }
            }
        }

        /// Adds a subscriber connection's handlers to `channel`: the byte counter first, NIO's HTTP client
        /// codec for SSE and long-poll, then the transport's subscriber handler.
        static func addHandlers<Codec: NotificationCodec>(
            codec: Codec, transport: LoadTransport, endpoint: SubscriberEndpoint, to channel: any Channel
        ) throws {
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(ByteCountingHandler(counter: endpoint.tally.wire))
            switch transport {
            case .sse:
                try pipeline.addHTTPClientHandlers()
                try pipeline.addHandler(SSESubscriberHandler(endpoint: endpoint, codec: codec))
            case .ws:
                try pipeline.addHandler(WebSocketSubscriberHandler(endpoint: endpoint, codec: codec))
            case .longPoll:
                try pipeline.addHTTPClientHandlers()
                try pipeline.addHandler(LongPollSubscriberHandler(endpoint: endpoint, codec: codec))
            }
        }
    }
#endif
