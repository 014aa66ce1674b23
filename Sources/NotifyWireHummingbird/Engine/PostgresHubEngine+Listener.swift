#if Hummingbird
    import PostgresNIO
    import Synchronization

    extension PostgresHubEngine {
        /// Keeps one dedicated connection (not from the pool) listening on ``channel`` until cancelled: each
        /// notification's payload (a recipient) becomes a hint; after every successful `LISTEN` it hints
        /// ``HubWakeUp/everything`` (whatever was sent while it was away is lost); when the connection drops it
        /// reconnects after a delay that doubles from ``PostgresHubConfiguration/listenerInitialBackoff`` up to
        /// ``PostgresHubConfiguration/listenerMaximumBackoff`` (with jitter), and resets once listening again.
        func superviseListener() async {
            var delay = configuration.listenerInitialBackoff
            var connectionID = 0
            while !Task.isCancelled {
                connectionID += 1
                do {
                    let connection = try await PostgresConnection.connect(
                        configuration: try connectionConfiguration(applicationName: applicationName + " listener"),
                        id: connectionID, logger: logger)
                    do {
                        try await connection.listen(on: Self.channel) { notifications in
                            listenerStarted()
                            delay = configuration.listenerInitialBackoff
                            for try await notification in notifications {
                                wakeUps.hint(PostgresPublishStatement.wakeUp(hint: notification.payload))
                            }
                        }
                    } catch {
                        listenerStopped(error)
                    }
                    try? await connection.close()
                } catch {
                    listenerStopped(error)
                }
                listenerStopped(nil)
                guard !Task.isCancelled else { break }
                try? await Task.sleep(for: delay * Double.random(in: 0.8...1.2))
                delay = min(delay * 2, configuration.listenerMaximumBackoff)
            }
        }

        private func listenerStarted() {
            state.withLock { state in
                if state.everListened { state.reconnects += 1 }
                state.everListened = true
                state.listening = true
            }
            logger.debug("listening on PostgreSQL channel \(Self.channel)")
            wakeUps.hint(.everything)
        }

        private func listenerStopped(_ error: (any Error)?) {
            state.withLock { $0.listening = false }
            if let error, !Task.isCancelled {
                logger.warning(
                    "the PostgreSQL LISTEN connection failed, reconnecting",
                    metadata: ["error": "\(Self.engineError(error, doing: "listen"))"])
            }
        }
    }
#endif
