#if Hummingbird
    import Logging
    import PostgresNIO

    /// The tables of ``PostgresHubEngine`` and the steps that create them, one per schema version.
    ///
    /// Version 1:
    ///
    /// ```sql
    /// notifywire_schema        (singleton BOOLEAN PRIMARY KEY, version INTEGER)  -- one row: the version
    /// notifywire_recipients    (recipient TEXT PRIMARY KEY, epoch BIGINT, head BIGINT, oldest BIGINT)
    /// notifywire_notifications (recipient TEXT, sequence BIGINT, epoch BIGINT, payload BYTEA,
    ///                           created_at TIMESTAMPTZ, PRIMARY KEY (recipient, sequence))
    /// notifywire_idempotency   (key TEXT PRIMARY KEY, result BYTEA, created_at TIMESTAMPTZ)
    /// ```
    ///
    /// - `notifywire_recipients` is the counter row of each recipient that has retained notifications: its
    ///   history (`epoch`, random 1 … 2⁶³ − 1), the last sequence given (`head`) and the oldest retained
    ///   (`oldest`, ≤ `head`). A publication locks and bumps it (`INSERT … ON CONFLICT DO UPDATE SET head =
    ///   head + n`), so sequences are contiguous and in commit order; retention deletes it with the last row.
    /// - `notifywire_notifications.payload` is the stored notification as canonical JSON, without its sequence
    ///   since version 2 (one statement numbers and inserts, so the sequence is the row's `sequence` column, and
    ///   a reader sets it from there; version 1's payloads hold it too, and the column wins),
    ///   `JSONCodec`, readable with `convert_from(payload, 'UTF8')`, and decoded by pure Swift, no C.
    ///   (Protocol Buffers would be about 30 % smaller.) `created_at` is
    ///   `clock_timestamp()` at insert, after the counter row was locked, so it grows with the sequence.
    /// - `notifywire_idempotency.result` is the first call's stored notifications (a `NotificationBatch` as
    ///   canonical JSON).
    ///
    /// Version 2 lets a recipient's row exist before its first notification (``PostgresHubEngine/openLog(of:)``:
    /// its epoch is chosen when a node first subscribes to it): `head` may be 0, and `oldest` is at most
    /// `head + 1` (an empty log: `head` 0, `oldest` 1). Retention never selects such a row (it holds nothing to
    /// trim), and deletes a row when its last notification goes, as before.
    ///
    /// A later change is a new ``steps`` entry (version 3 …): never an edit of a released one.
    enum PostgresHubSchema {
        /// The version this code writes and reads.
        static var version: Int { steps.count }

        /// The statements that take a database from version `index` to `index + 1`.
        static let steps: [[PostgresQuery]] = [
            [
                """
                CREATE TABLE notifywire_recipients (
                    recipient TEXT PRIMARY KEY,
                    epoch BIGINT NOT NULL CHECK (epoch > 0),
                    head BIGINT NOT NULL CHECK (head > 0),
                    oldest BIGINT NOT NULL CHECK (oldest BETWEEN 1 AND head))
                """,
                """
                CREATE TABLE notifywire_notifications (
                    recipient TEXT NOT NULL,
                    sequence BIGINT NOT NULL CHECK (sequence > 0),
                    epoch BIGINT NOT NULL,
                    payload BYTEA NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
                    PRIMARY KEY (recipient, sequence))
                """,
                "CREATE INDEX notifywire_notifications_created_at ON notifywire_notifications (created_at)",
                """
                CREATE TABLE notifywire_idempotency (
                    key TEXT PRIMARY KEY,
                    result BYTEA NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())
                """,
                "CREATE INDEX notifywire_idempotency_created_at ON notifywire_idempotency (created_at)",
            ],
            [
                // Version 2: an empty log (head 0, oldest 1) is a valid row. PostgreSQL named version 1's checks.
                "ALTER TABLE notifywire_recipients DROP CONSTRAINT notifywire_recipients_head_check",
                "ALTER TABLE notifywire_recipients DROP CONSTRAINT notifywire_recipients_check",
                """
                ALTER TABLE notifywire_recipients
                    ADD CONSTRAINT notifywire_recipients_head_check CHECK (head >= 0),
                    ADD CONSTRAINT notifywire_recipients_oldest_check CHECK (oldest BETWEEN 1 AND head + 1)
                """,
            ],
        ]

        /// Brings the database to ``version`` in one transaction, serialized across nodes by an advisory lock;
        /// does nothing when it is there already.
        /// - Throws: ``HubEngineError`` ``HubEngineError/Code/newerSchema`` when the database is ahead.
        static func migrate(_ connection: PostgresConnection, logger: Logger) async throws {
            try await connection.withTransaction(logger: logger) { connection in
                _ = try await connection.query("SELECT pg_advisory_xact_lock(\(advisoryLock))", logger: logger)
                    .collect()
                _ = try await connection.query(
                    """
                    CREATE TABLE IF NOT EXISTS notifywire_schema (
                        singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
                        version INTEGER NOT NULL)
                    """, logger: logger
                ).collect()
                var found = 0
                for try await row in try await connection.query(
                    "SELECT version FROM notifywire_schema", logger: logger
                ).decode(Int.self) {
                    found = row
                }
                guard (0...version).contains(found) else {
                    throw HubEngineError(
                        .newerSchema,
                        "the database holds NotifyWire schema version \(found), newer than \(version), the newest "
                            + "this version knows: upgrade NotifyWire")
                }
                for step in steps[found...] {
                    for statement in step { _ = try await connection.query(statement, logger: logger).collect() }
                }
                _ = try await connection.query(
                    """
                    INSERT INTO notifywire_schema (singleton, version) VALUES (TRUE, \(version))
                    ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version
                    """, logger: logger
                ).collect()
            }
        }

        /// The advisory lock key that serializes migrations (`notifywire` in ASCII, as a number).
        static let advisoryLock: Int64 = 0x6E6F_7469_6677_6972
    }
#endif
