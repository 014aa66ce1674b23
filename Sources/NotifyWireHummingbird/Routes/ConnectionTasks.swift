#if Hummingbird
    import NIOCore

    /// The tasks of one streaming connection (SSE or WebSocket), run together.
    ///
    /// When the connection's channel is known, the heartbeat ticks on the channel's event loop and a slow
    /// consumer closes the channel, so the only tasks are the writer (run in the caller's task) and, for
    /// WebSocket, the reader of inbound frames: every task a stream holds costs server memory for as long as
    /// the stream lives. Without the channel, each of them is a child task.
    enum ConnectionTasks {
        /// How a connection's tasks ended.
        enum Outcome: Sendable, Equatable {
            /// The writer returned: the subscription ended and what it still had queued was written.
            case writerFinished
            /// The subscription ended (a child's report; the writer finishes next).
            case subscriptionEnded
            /// The client sent a data frame (WebSocket): the push-only channel closes with 1008.
            case clientSentData
            /// The client closed its side.
            case clientClosed
        }

        /// Runs `writer` (which writes until ``HubSubscription/next()`` returns `nil`), a heartbeat every
        /// `heartbeat` when given, and `inbound` when given, until the writer finishes or `inbound` returns.
        ///
        /// A subscriber dropped as a slow consumer closes `channel` (when known) and cancels the writer, then
        /// ``SlowConsumerDropped`` is thrown, so the connection closes even while a write is blocked on a client
        /// that stopped reading.
        static func run(
            subscription: HubSubscription, heartbeat: Duration?, channel: (any Channel)?,
            writer: @escaping @Sendable () async throws -> Void,
            inbound: (@Sendable () async throws -> Outcome)?
        ) async throws -> Outcome {
            guard let channel else {
                return try await runAsChildTasks(
                    subscription: subscription, heartbeat: heartbeat, writer: writer, inbound: inbound)
            }
            let ticker = heartbeat.map { interval in
                channel.eventLoop.scheduleRepeatedTask(
                    initialDelay: TimeAmount(interval), delay: TimeAmount(interval)
                ) { _ in subscription.requestHeartbeat() }
            }
            defer { ticker?.cancel() }
            subscription.whenEnded { end in
                if end == .slowConsumer { channel.close(promise: nil) }
            }
            do {
                let outcome: Outcome
                if let inbound {
                    outcome = try await firstOf(subscription: subscription, writer: writer, inbound: inbound)
                } else {
                    try await writer()
                    outcome = .writerFinished
                }
                if subscription.end == .slowConsumer { throw SlowConsumerDropped() }
                return outcome
            } catch {
                subscription.finish(.cancelled)
                if subscription.end == .slowConsumer { throw SlowConsumerDropped() }
                throw error
            }
        }

        /// Runs `writer` in the caller's task and `inbound` in one child task, until the writer finishes. When
        /// `inbound` returns first it ends the subscription, which makes the writer finish.
        private static func firstOf(
            subscription: HubSubscription, writer: @escaping @Sendable () async throws -> Void,
            inbound: @escaping @Sendable () async throws -> Outcome
        ) async throws -> Outcome {
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

        /// The tasks without the channel: writer, heartbeat ticker, a watcher of the subscription (which throws
        /// for a slow consumer, cancelling the writer) and `inbound`, each a child task.
        private static func runAsChildTasks(
            subscription: HubSubscription, heartbeat: Duration?,
            writer: @escaping @Sendable () async throws -> Void,
            inbound: (@Sendable () async throws -> Outcome)?
        ) async throws -> Outcome {
            try await withThrowingTaskGroup(of: Outcome.self) { group in
                group.addTask {
                    try await writer()
                    return .writerFinished
                }
                if let heartbeat {
                    group.addTask {
                        repeat {
                            try await Task.sleep(for: heartbeat)
                            subscription.requestHeartbeat()
                        } while !Task.isCancelled
                        return .subscriptionEnded
                    }
                }
                group.addTask {
                    if await subscription.ended() == .slowConsumer { throw SlowConsumerDropped() }
                    return .subscriptionEnded
                }
                if let inbound { group.addTask { try await inbound() } }
                defer { group.cancelAll() }
                do {
                    while let outcome = try await group.next() {
                        guard outcome == .subscriptionEnded else {
                            subscription.finish(.cancelled)
                            return outcome
                        }
                    }
                } catch {
                    subscription.finish(.cancelled)
                    throw error
                }
                return .writerFinished
            }
        }
    }
#endif
