#if Hummingbird
    import NotifyWire
    import NotifyWireHummingbird

    extension NotificationHub {
        /// The notifications the hub's in-memory engine holds, over every recipient (-1 on another engine).
        var storedCount: Int { (engine as? InMemoryHubEngine)?.count ?? -1 }

        /// The notifications the hub's in-memory engine holds for `recipient`, oldest first.
        func stored(for recipient: String) -> [NotificationMessage] {
            (engine as? InMemoryHubEngine)?.retained(recipient: recipient) ?? []
        }
    }
#endif
