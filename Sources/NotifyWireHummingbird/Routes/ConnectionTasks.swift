#if Hummingbird
    /// The tasks of one streaming connection (SSE or WebSocket), run together.
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

        /// Runs `writer` (which writes until ``HubSubscription/next()`` returns `nil`), a heartbeat ticker when
        /// `heartbeat` is given, `inbound` when given, and a watcher of the subscription, until the writer
        /// finishes or `inbound` returns. A subscriber dropped as a slow consumer is thrown
        /// (``SlowConsumerDropped``) after `onSlowConsumer` runs (closing the connection when the caller can),
        /// and cancels the writer, so the connection closes even while a write is blocked on a client that
        /// stopped reading.
        static func run(
            subscription: HubSubscription, heartbeat: Duration?, onSlowConsumer: (@Sendable () -> Void)?,
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
                    if await subscription.ended() == .slowConsumer {
                        onSlowConsumer?()
                        throw SlowConsumerDropped()
                    }
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
