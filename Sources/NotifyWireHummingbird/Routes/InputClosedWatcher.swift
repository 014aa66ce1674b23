#if Hummingbird
    import NIOCore
    import Synchronization

    /// A handler in every HTTP connection of ``HummingbirdCore/HTTPServerBuilder/notifyWire(hub:)`` that notices
    /// the client closing its side (Hummingbird allows half-closure, so that arrives as
    /// `ChannelEvent.inputClosed`, not as the channel closing) or the connection going away, and runs what a held
    /// long-poll asked for then. It passes everything on unchanged.
    ///
    /// Watching here, rather than reading the request stream, keeps the connection reusable for the next request.
    final class InputClosedWatcher: ChannelInboundHandler, RemovableChannelHandler, Sendable {
        typealias InboundIn = NIOAny

        private struct State {
            var isClosed = false
            var onClose: (@Sendable () -> Void)?
        }

        private let state = Mutex(State())

        init() {}

        /// The watcher in `channel`'s pipeline, or `nil` when the server was not built with one.
        static func of(_ channel: any Channel) async -> InputClosedWatcher? {
            try? await channel.pipeline.handler(type: InputClosedWatcher.self).get()
        }

        /// Runs `action` once when the client goes away, replacing any earlier action; at once, in the caller, when
        /// it has already gone.
        func whenClosed(_ action: @escaping @Sendable () -> Void) {
            let alreadyClosed = state.withLock { state in
                if !state.isClosed { state.onClose = action }
                return state.isClosed
            }
            if alreadyClosed { action() }
        }

        /// Forgets the action given to ``whenClosed(_:)``.
        func clear() { state.withLock { $0.onClose = nil } }

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if case .some(ChannelEvent.inputClosed) = event as? ChannelEvent { closed() }
            context.fireUserInboundEventTriggered(event)
        }

        func channelInactive(context: ChannelHandlerContext) {
            closed()
            context.fireChannelInactive()
        }

        private func closed() {
            let action = state.withLock { state in
                state.isClosed = true
                defer { state.onClose = nil }
                return state.onClose
            }
            action?()
        }
    }
#endif
