#if Hummingbird
    import NIOCore
    import Synchronization

    /// A handler in every HTTP connection of ``HummingbirdCore/HTTPServerBuilder/notifyWire(router:hub:)`` that notices
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

        /// The watcher in `channel`'s pipeline; one is added at the pipeline's front when the server was not
        /// built with one (``HummingbirdCore/HTTPServerBuilder/notifyWire(router:hub:)`` adds it to every
        /// connection from the start, so that it also sees a client that leaves before its first request is
        /// routed).
        static func installed(in channel: any Channel) async -> InputClosedWatcher {
            let future = channel.eventLoop.submit { () -> InputClosedWatcher in
                let pipeline = channel.pipeline.syncOperations
                if let watcher = try? pipeline.handler(type: InputClosedWatcher.self) { return watcher }
                let watcher = InputClosedWatcher()
                try pipeline.addHandler(watcher, position: .first)
                if !channel.isActive { watcher.closed() }
                return watcher
            }
            do {
                return try await future.get()
            } catch {
                // The channel is gone: a watcher that has seen it close.
                let watcher = InputClosedWatcher()
                watcher.closed()
                return watcher
            }
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

        fileprivate func closed() {
            let action = state.withLock { state in
                state.isClosed = true
                defer { state.onClose = nil }
                return state.onClose
            }
            action?()
        }
    }
#endif
