#if Hummingbird
    import PostgresNIO

    extension PostgresHubEngine {
        /// What one ``enforceRetention(batchSize:)`` removed.
        public struct RetentionReport: Sendable, Equatable {
            /// Notifications deleted.
            public var notifications = 0
            /// Recipients whose log became empty and was dropped (their next publication starts a new epoch).
            public var recipients = 0
            /// Expired idempotency keys deleted.
            public var idempotencyKeys = 0

            /// Creates a report.
            public init(notifications: Int = 0, recipients: Int = 0, idempotencyKeys: Int = 0) {
                self.notifications = notifications
                self.recipients = recipients
                self.idempotencyKeys = idempotencyKeys
            }
        }

        /// Calls ``enforceRetention(batchSize:)`` every ``PostgresHubConfiguration/retentionInterval`` until
        /// cancelled (``run()`` does); a failure is logged and tried again at the next interval.
        func enforceRetentionPeriodically() async {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: configuration.retentionInterval)
                    let report = try await enforceRetention()
                    logger.debug(
                        "retention applied",
                        metadata: ["notifications": "\(report.notifications)", "recipients": "\(report.recipients)"])
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning("retention failed, trying again later", metadata: ["error": "\(error)"])
                }
            }
        }

        /// Applies ``PostgresHubConfiguration/retention`` and the idempotency window: deletes the oldest
        /// notifications of each recipient beyond ``HubRetention/maxCount`` or older than ``HubRetention/maxAge``
        /// (always a prefix, so what stays is contiguous, with `oldest` moved in the same transaction), drops
        /// the counter rows of logs left empty, and deletes expired idempotency keys.
        ///
        /// Works in transactions of at most `batchSize` deleted rows each, repeated until nothing is left, so a
        /// publication waits at most for one batch's update of its counter row; safe to run on every node at
        /// once (call it every minute or so).
        @discardableResult
        public func enforceRetention(batchSize: Int = 1000) async throws -> RetentionReport {
            try await ensureSchema()
            let batch = Int64(max(1, batchSize))
            var report = RetentionReport()
            while true {
                let step = try await database("enforce retention") { engine in
                    try await engine.client.withTransaction(logger: engine.logger) { connection in
                        try await engine.retentionBatch(batch, on: connection)
                    }
                }
                report.notifications += step.notifications
                report.recipients += step.recipients
                report.idempotencyKeys += step.idempotencyKeys
                if Int64(step.notifications) < batch && Int64(step.idempotencyKeys) < batch { return report }
            }
        }

        /// One batch: plans which prefixes to delete (no locks), then deletes them and moves `oldest`, touching
        /// the counter rows in the same fixed order as publications. Rows are matched on the epoch planned, so
        /// a log dropped and started again meanwhile is never trimmed by a stale plan.
        private func retentionBatch(_ batch: Int64, on connection: PostgresConnection) async throws
            -> RetentionReport
        {
            let maxCount = Int64(configuration.retention.maxCount)
            let maxAge = Double(configuration.retention.maxAge.components.seconds)
            var plan: [(recipient: String, epoch: Int64, oldest: Int64, cutoff: Int64)] = []
            for try await row in try await connection.query(
                """
                SELECT r.recipient, r.epoch, r.oldest, GREATEST(r.head - \(maxCount), COALESCE(a.aged, 0))
                FROM notifywire_recipients r
                LEFT JOIN (
                    SELECT recipient, max(sequence) AS aged FROM (
                        SELECT recipient, sequence FROM notifywire_notifications
                        WHERE created_at < clock_timestamp() - make_interval(secs => \(maxAge))
                        ORDER BY created_at LIMIT \(batch)) o
                    GROUP BY recipient) a ON a.recipient = r.recipient
                WHERE r.head - r.oldest + 1 > \(maxCount) OR a.aged IS NOT NULL
                ORDER BY r.recipient COLLATE "C"
                LIMIT \(batch)
                """, logger: logger
            ).decode((String, Int64, Int64, Int64).self) {
                plan.append((row.0, row.1, row.2, row.3))
            }
            var report = RetentionReport()
            var budget = batch
            for entry in plan where budget > 0 && entry.cutoff >= entry.oldest {
                let upTo = min(entry.cutoff, entry.oldest + budget - 1)
                let deleted = try await connection.query(
                    """
                    DELETE FROM notifywire_notifications
                    WHERE recipient = \(entry.recipient) AND epoch = \(entry.epoch) AND sequence <= \(upTo)
                    RETURNING 1
                    """, logger: logger
                ).collect().count
                budget -= Int64(deleted)
                report.notifications += deleted
                for try await (head, oldest) in try await connection.query(
                    """
                    UPDATE notifywire_recipients SET oldest = GREATEST(oldest, LEAST(\(upTo) + 1, head))
                    WHERE recipient = \(entry.recipient) AND epoch = \(entry.epoch)
                    RETURNING head, \(upTo) + 1
                    """, logger: logger
                ).decode((Int64, Int64).self) where oldest > head {
                    _ = try await connection.query(
                        "DELETE FROM notifywire_recipients WHERE recipient = \(entry.recipient) AND head < \(oldest)",
                        logger: logger
                    ).collect()
                    report.recipients += 1
                }
            }
            report.idempotencyKeys = try await connection.query(
                """
                DELETE FROM notifywire_idempotency WHERE key IN (
                    SELECT key FROM notifywire_idempotency
                    WHERE created_at < clock_timestamp() - make_interval(secs => \(Double(configuration.idempotencyWindow.components.seconds)))
                    ORDER BY created_at LIMIT \(batch))
                RETURNING 1
                """, logger: logger
            ).collect().count
            return report
        }
    }
#endif
