#if Hummingbird
    import NIOCore

    /// The work of one streaming connection (SSE or WebSocket) beside its writer: the heartbeat and the
    /// credential's expiry are timers on the channel's event loop, and a subscriber dropped as a slow consumer has its channel closed, so that the
    /// only tasks are the writer (the caller's task) and, for WebSocket, the reader of inbound frames. Every task
    /// a stream holds costs server memory for as long as the stream lives.
    struct ConnectionTasks {
        /// How a WebSocket connection's tasks ended.
        enum Outcome: Sendable, Equatable {
            /// The writer returned: the subscription ended and what it still had queued was written.
            case writerFinished
            /// The client sent a data frame: the push-only channel closes with 1008.
            case clientSentData
            /// The client closed its side.
            case clientClosed
        }

        /// The subscriber was dropped as a slow consumer: its connection is closed.
        struct SlowConsumerDropped: Error {}

        let subscription: HubSubscription
        let channel: any Channel
        /// The interval of ``HubSubscription/requestHeartbeat()``, or `nil` for none.
        let heartbeat: Duration?
        /// How long until the credential expires (the subscription then ends as
        /// ``HubSubscriptionEnd/credentialExpired``), or `nil` when it does not.
        let expiresIn: Duration?

        /// Runs `writer` (which writes until ``HubSubscription/next()`` returns `nil`) in the caller's task.
        ///
        /// A subscriber dropped as a slow consumer closes the channel, which fails a write blocked on a client
        /// that stopped reading; then ``SlowConsumerDropped`` is thrown.
        func run(writer: () async throws -> Void) async throws {
            try await supervised { try await writer() }
        }

        /// Runs `writer` in the caller's task and `inbound` in one child task, until the writer finishes. When
        /// `inbound` returns first it ends the subscription, which makes the writer finish.
        func run(
            writer: () async throws -> Void, inbound: @escaping @Sendable () async throws -> Outcome
        ) async throws -> Outcome {
            let subscription = self.subscription
            return try await supervised {
                try await withThrowingTaskGroup(of: Outcome.self) { group in
                    group.addTask {
                        defer { subscription.finish(.cancelled) }
                        return try await inbound()
                    }
                    defer { group.cancelAll() }
                    try await writer()
                    group.cancelAll()
                    do {
                        return try await group.next() ?? .writerFinished
                    } catch is CancellationError {
                        return .writerFinished
                    }
                }
            }
        }

        /// Runs `body` with the heartbeat ticker and the slow-consumer close in place.
        private func supervised<T>(_ body: () async throws -> T) async throws -> T {
            let subscription = self.subscription
            let channel = self.channel
            let ticker = heartbeat.map { interval in
                channel.eventLoop.scheduleRepeatedTask(
                    initialDelay: TimeAmount(interval), delay: TimeAmount(interval)
                ) { _ in subscription.requestHeartbeat() }
            }
            defer { ticker?.cancel() }
            let expiry = expiresIn.map { remaining in
                channel.eventLoop.scheduleTask(in: TimeAmount(remaining)) { subscription.finish(.credentialExpired) }
            }
            defer { expiry?.cancel() }
            subscription.whenEnded { end in
                if end == .slowConsumer { channel.close(promise: nil) }
            }
            do {
                let result = try await body()
                if subscription.end == .slowConsumer { throw SlowConsumerDropped() }
                return result
            } catch {
                subscription.finish(.cancelled)
                if subscription.end == .slowConsumer { throw SlowConsumerDropped() }
                throw error
            }
        }
    }
#endif
