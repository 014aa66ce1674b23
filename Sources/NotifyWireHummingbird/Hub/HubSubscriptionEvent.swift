#if Hummingbird
    /// What ``HubSubscription/next()`` hands the connection's writer.
    public enum HubSubscriptionEvent: Sendable {
        /// A notification to write.
        case notification(HubDelivery)
        /// Time for a heartbeat (``HubSubscription/requestHeartbeat()``).
        case heartbeat
    }
#endif
