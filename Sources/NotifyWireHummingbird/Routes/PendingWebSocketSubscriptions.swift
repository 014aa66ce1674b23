#if Hummingbird
    import NIOCore
    import Synchronization

    /// Hub subscriptions made when a WebSocket upgrade is accepted, before the 101 is written, waiting for the
    /// upgraded session of the same connection to take them.
    ///
    /// Subscribing before the 101 means that a client that has seen the 101 misses nothing published after
    /// it; a connection that closes before its session starts has its subscription ended when it closes.
    final class PendingWebSocketSubscriptions: Sendable {
        private let pending = Mutex<[ObjectIdentifier: (subscription: HubSubscription, replay: HubReplay)]>([:])

        /// Keeps `subscription` for the session of `channel`, and ends it on `hub` if the channel closes first.
        func keep(
            _ subscription: HubSubscription, replay: HubReplay, for channel: any Channel, hub: NotificationHub
        ) {
            let key = ObjectIdentifier(channel)
            pending.withLock { $0[key] = (subscription, replay) }
            channel.closeFuture.whenComplete { [self] _ in
                if let abandoned = take(key) { hub.unsubscribe(abandoned.subscription) }
            }
        }

        /// Removes and returns the subscription kept for `channel`, if any.
        func take(for channel: any Channel) -> (subscription: HubSubscription, replay: HubReplay)? {
            take(ObjectIdentifier(channel))
        }

        private func take(_ key: ObjectIdentifier) -> (subscription: HubSubscription, replay: HubReplay)? {
            pending.withLock { $0.removeValue(forKey: key) }
        }

        /// The number of subscriptions waiting for their session.
        var count: Int { pending.withLock { $0.count } }
    }
#endif
