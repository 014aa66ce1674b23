#if Hummingbird
    import NIOCore
    public import NotifyWire
    import PostgresNIO

    extension PostgresHubEngine {
        /// Publishes `notifications` in one transaction (see the type's "Guarantees").
        public func append(_ notifications: [NotificationMessage], idempotencyKey: String?) async throws
            -> HubPublication
        {
            for notification in notifications { try Self.check(notification.recipientID, "recipient") }
            if let idempotencyKey { try Self.check(idempotencyKey, "idempotency key") }
            guard !notifications.isEmpty else { return HubPublication(notifications: [], epochs: [:]) }
            try await ensureSchema()
            return try await database("publish") { engine in
                try await engine.client.withTransaction(logger: engine.logger) { connection in
                    try await engine.publish(notifications, idempotencyKey: idempotencyKey, on: connection)
                }
            }
        }

        /// The body of the publish transaction.
        private func publish(
            _ notifications: [NotificationMessage], idempotencyKey key: String?, on connection: PostgresConnection
        ) async throws -> HubPublication {
            if let key {
                let window = Double(configuration.idempotencyWindow.components.seconds)
                // Takes the key (waiting for a concurrent publication with it to finish), or finds it taken.
                let claimed = try await connection.query(
                    """
                    INSERT INTO notifywire_idempotency AS i (key, result) VALUES (\(key), ''::bytea)
                    ON CONFLICT (key) DO UPDATE SET result = EXCLUDED.result, created_at = clock_timestamp()
                    WHERE i.created_at < clock_timestamp() - make_interval(secs => \(window))
                    RETURNING 1
                    """, logger: logger
                ).collect()
                if claimed.isEmpty {
                    for try await stored in try await connection.query(
                        "SELECT result FROM notifywire_idempotency WHERE key = \(key)", logger: logger
                    ).decode(ByteBuffer.self) {
                        let repeated = try decodeStored { try codec.decodeBatch(from: stored).notifications }
                        return HubPublication(notifications: repeated, epochs: [:])
                    }
                }
            }
            var counts: [String: Int64] = [:]
            for notification in notifications { counts[notification.recipientID, default: 0] += 1 }
            let recipients = Array(counts.keys)
            let newEpochs = recipients.map { _ in Int64(HubCursor.randomEpoch()) }
            let increments = recipients.map { counts[$0] ?? 0 }
            // Locks the counter rows in one fixed order (bytewise), so two batches never deadlock.
            var next: [String: (epoch: Int64, sequence: Int64)] = [:]
            for try await (recipient, epoch, head) in try await connection.query(
                """
                INSERT INTO notifywire_recipients AS r (recipient, epoch, head, oldest)
                SELECT t.recipient, t.epoch, t.count, 1
                FROM unnest(\(recipients)::text[], \(newEpochs)::bigint[], \(increments)::bigint[])
                    AS t(recipient, epoch, count)
                ORDER BY t.recipient COLLATE "C"
                ON CONFLICT (recipient) DO UPDATE SET head = r.head + EXCLUDED.head
                RETURNING r.recipient, r.epoch, r.head
                """, logger: logger
            ).decode((String, Int64, Int64).self) {
                next[recipient] = (epoch, head - (counts[recipient] ?? 0) + 1)
            }
            var stored: [NotificationMessage] = []
            var sequences: [Int64] = []
            var epochs: [Int64] = []
            var payloads: [ByteBuffer] = []
            for var notification in notifications {
                guard let entry = next[notification.recipientID] else {
                    throw HubEngineError(.unavailable, "PostgreSQL returned no counter row for a recipient")
                }
                let (epoch, sequence) = (entry.epoch, entry.sequence)
                next[notification.recipientID] = (epoch, sequence + 1)
                notification.sequence = UInt64(clamping: sequence)
                var payload = ByteBuffer()
                try codec.encode(notification, into: &payload)
                stored.append(notification)
                sequences.append(sequence)
                epochs.append(epoch)
                payloads.append(payload)
            }
            let recipientColumn = stored.map(\.recipientID)
            _ = try await connection.query(
                """
                INSERT INTO notifywire_notifications (recipient, sequence, epoch, payload)
                SELECT * FROM unnest(\(recipientColumn)::text[], \(sequences)::bigint[], \(epochs)::bigint[],
                                     \(payloads)::bytea[])
                """, logger: logger
            ).collect()
            _ = try await connection.query(
                "SELECT pg_notify(\(Self.channel), r) FROM unnest(\(recipients)::text[]) AS r", logger: logger
            ).collect()
            if let key {
                var result = ByteBuffer()
                try codec.encode(NotificationBatch(notifications: stored), into: &result)
                _ = try await connection.query(
                    "UPDATE notifywire_idempotency SET result = \(result) WHERE key = \(key)", logger: logger
                ).collect()
            }
            return HubPublication(
                notifications: stored, epochs: next.mapValues { UInt64(clamping: $0.epoch) })
        }

        /// Reads `recipient`'s log after `cursor` in one statement (one snapshot: head, oldest and rows agree);
        /// `limit` is clamped to 1 … 10,000.
        public func read(recipient: String, after cursor: HubCursor?, limit: Int) async throws -> HubEngineRead {
            try Self.check(recipient, "recipient")
            try await ensureSchema()
            let after = Int64(clamping: cursor?.sequence ?? 0)
            let limit = Int64(min(max(limit, 1), 10_000))
            return try await database("read notifications") { engine in
                var log: (epoch: UInt64, head: UInt64, oldest: UInt64)?
                var notifications: [NotificationMessage] = []
                for try await (epoch, head, oldest, payload) in try await engine.client.query(
                    """
                    SELECT r.epoch, r.head, r.oldest, n.payload
                    FROM notifywire_recipients r
                    LEFT JOIN LATERAL (
                        SELECT sequence, payload FROM notifywire_notifications n
                        WHERE n.recipient = r.recipient AND n.sequence > \(after)
                        ORDER BY n.sequence LIMIT \(limit)) n ON TRUE
                    WHERE r.recipient = \(recipient)
                    ORDER BY n.sequence
                    """
                ).decode((Int64, Int64, Int64, ByteBuffer?).self) {
                    log = (UInt64(clamping: epoch), UInt64(clamping: head), UInt64(clamping: oldest))
                    if let payload {
                        notifications.append(
                            try engine.decodeStored { try engine.codec.decodeNotification(from: payload) })
                    }
                }
                let (epoch, head, oldest) = log ?? (0, 0, 1)
                if let cursor {
                    if !cursor.belongs(toEpoch: epoch) { return .foreign(epoch: epoch) }
                    if cursor.sequence > head {
                        return .unknown(
                            head: HubCursor(epoch: epoch, sequence: head),
                            oldest: oldest)
                    }
                    if cursor.sequence + 1 < oldest { return .tooOld(oldest: oldest) }
                }
                return .notifications(notifications, head: HubCursor(epoch: epoch, sequence: head))
            }
        }

        /// The head of `recipient`, creating its log (an empty one, with its epoch chosen now) when it has none:
        /// a subscriber then knows the history it reads from its first notification on (the WebSocket route
        /// tells its client the epoch in `NotifyWire-Epoch`). The empty row is what the first publication would
        /// have created; retention removes it again only once the log is emptied after having held notifications.
        public func openLog(of recipient: String) async throws -> HubCursor {
            try Self.check(recipient, "recipient")
            try await ensureSchema()
            let epoch = Int64(HubCursor.randomEpoch())
            return try await database("open a recipient's log") { engine in
                // The INSERT's row, or the one another transaction committed first; on a race where neither is
                // visible to this statement's snapshot, once more.
                for _ in 0..<3 {
                    for try await (epoch, head) in try await engine.client.query(
                        """
                        WITH created AS (
                            INSERT INTO notifywire_recipients (recipient, epoch, head, oldest)
                            VALUES (\(recipient), \(epoch), 0, 1)
                            ON CONFLICT (recipient) DO NOTHING
                            RETURNING epoch, head)
                        SELECT epoch, head FROM created
                        UNION ALL
                        SELECT epoch, head FROM notifywire_recipients WHERE recipient = \(recipient)
                        LIMIT 1
                        """
                    ).decode((Int64, Int64).self) {
                        return HubCursor(epoch: UInt64(clamping: epoch), sequence: UInt64(clamping: head))
                    }
                }
                throw HubEngineError(.unavailable, "the log of \(recipient) could be neither created nor read")
            }
        }

        /// The heads of `recipients` in one query.
        public func heads(of recipients: [String]) async throws -> [String: HubCursor] {
            for recipient in recipients { try Self.check(recipient, "recipient") }
            guard !recipients.isEmpty else { return [:] }
            try await ensureSchema()
            return try await database("read heads") { engine in
                var heads = Dictionary(
                    recipients.map { ($0, HubCursor.start) }, uniquingKeysWith: { first, _ in first })
                for try await (recipient, epoch, head) in try await engine.client.query(
                    "SELECT recipient, epoch, head FROM notifywire_recipients WHERE recipient = ANY(\(recipients)::text[])"
                ).decode((String, Int64, Int64).self) {
                    heads[recipient] = HubCursor(epoch: UInt64(clamping: epoch), sequence: UInt64(clamping: head))
                }
                return heads
            }
        }

        /// Decodes a stored payload; a failure means the row was not written by this engine.
        private func decodeStored<Value>(_ decode: () throws -> Value) throws(HubEngineError) -> Value {
            do {
                return try decode()
            } catch {
                throw HubEngineError(.corruptRow, "a stored notification could not be decoded: \(error)")
            }
        }
    }
#endif
