#if Hummingbird
    import NIOCore
    public import NotifyWire
    import PostgresNIO

    extension PostgresHubEngine {
        /// Publishes `notifications` in one transaction (see the type's "Guarantees"): one statement
        /// (``PostgresPublishStatement``) in autocommit, shared with the publications that wait beside it while
        /// the node's other commits are under way (``PostgresCommitGroup``); or with an `idempotencyKey`, a
        /// transaction of its own that claims the key, runs the same statement and records its result.
        public func append(_ notifications: [NotificationMessage], idempotencyKey: String?) async throws
            -> HubPublication
        {
            for notification in notifications { try Self.check(notification.recipientID, "recipient") }
            if let idempotencyKey { try Self.check(idempotencyKey, "idempotency key") }
            guard !notifications.isEmpty else { return HubPublication(notifications: [], epochs: [:]) }
            let rows = try PublishRows(notifications, codec: codec)
            try await ensureSchema()
            guard let idempotencyKey else {
                return try await commits.submit(rows, weight: notifications.count) { group in
                    try await database("publish") { engine in
                        try await engine.client.withConnection { connection in
                            try await engine.store(group, on: connection)
                        }
                    }
                }
            }
            return try await database("publish") { engine in
                try await engine.client.withTransaction(logger: engine.logger) { connection in
                    try await engine.publish(rows, idempotencyKey: idempotencyKey, on: connection)
                }
            }
        }

        /// The body of the publish transaction of a publication with an idempotency key.
        private func publish(_ rows: PublishRows, idempotencyKey key: String, on connection: PostgresConnection)
            async throws -> HubPublication
        {
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
            guard let publication = try await store([rows], on: connection).first else {
                throw HubEngineError(.unavailable, "PostgreSQL stored no publication")
            }
            var result = ByteBuffer()
            try codec.encode(NotificationBatch(notifications: publication.notifications), into: &result)
            _ = try await connection.query(
                "UPDATE notifywire_idempotency SET result = \(result) WHERE key = \(key)", logger: logger
            ).collect()
            return publication
        }

        /// One publication's notifications as the statement stores them: the payload of each is the
        /// notification without its sequence (the row's `sequence` column is it, set on read), since the
        /// sequence is only known inside the statement. Encoded by the publisher's own task, so that a
        /// notification that cannot be encoded fails only its own publication, never a group's.
        struct PublishRows: Sendable {
            var notifications: [NotificationMessage]
            var payloads: [ByteBuffer]

            init(_ notifications: [NotificationMessage], codec: JSONCodec) throws {
                self.notifications = notifications
                payloads = []
                payloads.reserveCapacity(notifications.count)
                for var notification in notifications {
                    notification.sequence = 0
                    var payload = ByteBuffer()
                    try codec.encode(notification, into: &payload)
                    payloads.append(payload)
                }
            }
        }

        /// Stores `publications` in one statement (``PostgresPublishStatement``), atomic on its own, in order;
        /// returns each one as stored.
        private func store(_ publications: [PublishRows], on connection: PostgresConnection) async throws
            -> [HubPublication]
        {
            var stored = publications.flatMap(\.notifications)
            let recipientColumn = stored.map(\.recipientID)
            var distinct: [String] = []
            var seen: Set<String> = []
            for recipient in recipientColumn where seen.insert(recipient).inserted { distinct.append(recipient) }
            let statement = PostgresPublishStatement(
                recipients: recipientColumn, payloads: publications.flatMap(\.payloads),
                distinctRecipients: distinct, newEpochs: distinct.map { _ in Int64(HubCursor.randomEpoch()) },
                channel: Self.channel)
            var epochs: [String: UInt64] = [:]
            var numbered = 0
            for try await (ordinal, epoch, sequence) in try await connection.execute(statement, logger: logger) {
                let index = Int(ordinal) - 1
                guard stored.indices.contains(index) else {
                    throw HubEngineError(.unavailable, "PostgreSQL numbered a notification that was not published")
                }
                stored[index].sequence = UInt64(clamping: sequence)
                epochs[stored[index].recipientID] = UInt64(clamping: epoch)
                numbered += 1
            }
            guard numbered == stored.count else {
                throw HubEngineError(.unavailable, "PostgreSQL numbered \(numbered) of \(stored.count) notifications")
            }
            var answers: [HubPublication] = []
            answers.reserveCapacity(publications.count)
            var start = 0
            for publication in publications {
                let own = Array(stored[start..<start + publication.notifications.count])
                start += own.count
                var ownEpochs: [String: UInt64] = [:]
                for notification in own { ownEpochs[notification.recipientID] = epochs[notification.recipientID] }
                answers.append(HubPublication(notifications: own, epochs: ownEpochs))
            }
            return answers
        }

        /// Reads `recipient`'s log after `cursor` in one statement (``PostgresReadStatement``; one snapshot: head,
        /// oldest and rows agree); `limit` is clamped to 1 … 10,000.
        public func read(recipient: String, after cursor: HubCursor?, limit: Int) async throws -> HubEngineRead {
            try Self.check(recipient, "recipient")
            let logs = try await readLogs([recipient], after: [cursor], limit: limit)
            return Self.answer(after: cursor, log: logs[recipient])
        }

        /// Reads the logs of `cursors`' recipients after their cursors in one statement, at most `limit`
        /// notifications each (clamped to 1 … 10,000).
        public func read(after cursors: [String: HubCursor], limit: Int) async throws -> [String: HubEngineRead] {
            for recipient in cursors.keys { try Self.check(recipient, "recipient") }
            guard !cursors.isEmpty else { return [:] }
            let recipients = Array(cursors.keys)
            let logs = try await readLogs(recipients, after: recipients.map { cursors[$0] }, limit: limit)
            var reads: [String: HubEngineRead] = [:]
            for recipient in recipients {
                reads[recipient] = Self.answer(after: cursors[recipient], log: logs[recipient])
            }
            return reads
        }

        /// A recipient's log as one read found it: epoch, head, oldest retained, and the notifications read.
        private struct ReadLog: Sendable {
            var epoch: UInt64
            var head: UInt64
            var oldest: UInt64
            var notifications: [NotificationMessage] = []
        }

        /// The logs of `recipients` (no entry for one without a log), each read after the sequence of its cursor.
        private func readLogs(_ recipients: [String], after cursors: [HubCursor?], limit: Int) async throws
            -> [String: ReadLog]
        {
            try await ensureSchema()
            let statement = PostgresReadStatement(
                recipients: recipients, after: cursors.map { Int64(clamping: $0?.sequence ?? 0) },
                limit: Int64(min(max(limit, 1), 10_000)))
            return try await database("read notifications") { engine in
                var logs: [String: ReadLog] = [:]
                for try await (recipient, epoch, head, oldest, sequence, payload) in try await engine.client.execute(
                    statement, logger: engine.logger)
                {
                    guard let epoch, let head, let oldest else { continue }
                    var log =
                        logs[recipient]
                        ?? ReadLog(
                            epoch: UInt64(clamping: epoch), head: UInt64(clamping: head),
                            oldest: UInt64(clamping: oldest))
                    if let payload, let sequence {
                        // The row's sequence (payloads stored since version 2 carry none).
                        var notification = try engine.decodeStored {
                            try engine.codec.decodeNotification(from: payload)
                        }
                        notification.sequence = UInt64(clamping: sequence)
                        log.notifications.append(notification)
                    }
                    logs[recipient] = log
                }
                return logs
            }
        }

        /// The answer to a read after `cursor` (`nil`: from the oldest retained) of `log` (`nil`: the recipient
        /// has none, which is an empty log of epoch 0).
        private static func answer(after cursor: HubCursor?, log: ReadLog?) -> HubEngineRead {
            let log = log ?? ReadLog(epoch: 0, head: 0, oldest: 1)
            if let cursor {
                if !cursor.belongs(toEpoch: log.epoch) { return .foreign(epoch: log.epoch) }
                if cursor.sequence > log.head {
                    return .unknown(head: HubCursor(epoch: log.epoch, sequence: log.head), oldest: log.oldest)
                }
                if cursor.sequence + 1 < log.oldest { return .tooOld(oldest: log.oldest) }
            }
            return .notifications(log.notifications, head: HubCursor(epoch: log.epoch, sequence: log.head))
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
