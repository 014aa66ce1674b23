#if Hummingbird
    /// The mutable state of a ``NotificationHub``, behind its mutex.
    struct NotificationHubState: ~Copyable {
        /// The sequence given to the next published notification.
        var nextSequence: UInt64 = 1
        /// Subscribers by recipient, then by id.
        var subscribers: [String: [UInt64: HubSubscription]] = [:]
        var nextSubscriptionID: UInt64 = 0
        /// Encodings done by ``NotificationHub/publish(_:)`` (fan-out; replays are not counted).
        var fanOutEncodeCount = 0
        var isShutDown = false
    }
#endif
