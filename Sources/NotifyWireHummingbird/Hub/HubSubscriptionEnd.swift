#if Hummingbird
    /// Why a ``HubSubscription`` ended.
    public enum HubSubscriptionEnd: Sendable, Equatable {
        /// Its outgoing queue was full: the consumer fell behind and is disconnected.
        case slowConsumer
        /// The hub shut down.
        case shutdown
        /// The connection closed it (client gone, or the route finished).
        case cancelled
    }
#endif
