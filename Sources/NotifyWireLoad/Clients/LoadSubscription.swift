#if Hummingbird
    import NIOCore

    /// One open subscriber: its current connection, and for long-poll the cursor it polls from, which
    /// outlives a connection (a server may close a long-poll connection after a response; the subscriber then
    /// reconnects and goes on from the same cursor).
    final class LoadSubscription: Sendable {
        private struct State {
            var channel: (any Channel)?
            var isClosed = false
            var cursor: String?
        }

        private let state: LockedValue<State>

        /// A subscription without a connection yet, polling from `cursor` (long-poll only).
        init(cursor: String?) { state = LockedValue(State(cursor: cursor)) }

        /// Whether ``close()`` was called: the subscription must not reconnect.
        var isClosed: Bool { state.withLock { $0.isClosed } }

        /// The cursor to poll from (`nil`: poll without a cursor).
        var cursor: String? {
            get { state.withLock { $0.cursor } }
            set { state.withLock { $0.cursor = newValue } }
        }

        /// Makes `channel` the current connection; returns `false` (and leaves it to the caller to close it)
        /// when the subscription is closed.
        func adopt(_ channel: any Channel) -> Bool {
            state.withLock { state in
                guard !state.isClosed else { return false }
                state.channel = channel
                return true
            }
        }

        /// Closes the subscription and its current connection.
        func close() async {
            let channel = state.withLock { state in
                state.isClosed = true
                defer { state.channel = nil }
                return state.channel
            }
            try? await channel?.close()
        }
    }
#endif
