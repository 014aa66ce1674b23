#if Hummingbird
    import NIOCore
    import PostgresNIO

    /// The one statement of a publication (``PostgresHubEngine``'s `append`), prepared once per connection so
    /// that PostgreSQL plans it once: bumps each recipient's counter row (created with a new random epoch when
    /// missing), locking the rows in one fixed order (bytewise) so that two publications never deadlock;
    /// numbers the notifications from the heads it returned, in order within each recipient; inserts them;
    /// and sends one `pg_notify` hint per recipient: `EPOCH-HEAD RECIPIENT`, the recipient's head after the
    /// publication (``wakeUp(hint:)``), so that a node already there reads nothing. (Every node on a database of
    /// schema version 2 writes this form: an older node refuses the database.) Atomic on its own (autocommit), or inside the transaction
    /// of a publication with an idempotency key.
    ///
    /// Rows: (ordinal from 1, epoch, sequence) of each notification, in input order.
    struct PostgresPublishStatement: PostgresPreparedStatement {
        static let name = "notifywire_publish_v2"

        static let sql = """
            WITH input AS (
                SELECT t.recipient, t.payload, t.ordinal
                FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS t(recipient, payload, ordinal)),
            counts AS (
                SELECT i.recipient, count(*) AS n, e.epoch
                FROM input i JOIN unnest($3::text[], $4::bigint[]) AS e(recipient, epoch) USING (recipient)
                GROUP BY i.recipient, e.epoch),
            counters AS (
                INSERT INTO notifywire_recipients AS r (recipient, epoch, head, oldest)
                SELECT recipient, epoch, n, 1 FROM counts ORDER BY recipient COLLATE "C"
                ON CONFLICT (recipient) DO UPDATE SET head = r.head + EXCLUDED.head
                RETURNING r.recipient, r.epoch, r.head),
            numbered AS (
                SELECT i.ordinal, i.recipient, i.payload, c.epoch,
                    c.head - n.n + row_number() OVER (PARTITION BY i.recipient ORDER BY i.ordinal) AS sequence
                FROM input i JOIN counters c USING (recipient) JOIN counts n USING (recipient)),
            inserted AS (
                INSERT INTO notifywire_notifications (recipient, sequence, epoch, payload)
                SELECT recipient, sequence, epoch, payload FROM numbered
                RETURNING 1),
            hinted AS (SELECT count(pg_notify($5, epoch || '-' || head || ' ' || recipient)) AS hints FROM counters)
            SELECT ordinal, epoch, sequence FROM numbered
            WHERE (SELECT hints FROM hinted) >= 0 AND (SELECT count(*) FROM inserted) >= 0
            ORDER BY ordinal
            """

        typealias Row = (Int64, Int64, Int64)

        /// The recipient of each notification, in order.
        var recipients: [String]
        /// Each notification as stored (canonical JSON, without its sequence), in order.
        var payloads: [ByteBuffer]
        /// The distinct recipients.
        var distinctRecipients: [String]
        /// The epoch of each distinct recipient's log if the publication creates it.
        var newEpochs: [Int64]
        /// The `LISTEN` channel of the hints.
        var channel: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 5)
            bindings.append(recipients)
            bindings.append(payloads)
            bindings.append(distinctRecipients)
            bindings.append(newEpochs)
            bindings.append(channel)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }

        /// The wake-up of a hint this statement sent: `EPOCH-HEAD RECIPIENT` gives the recipient's head; anything
        /// else is taken as a recipient's name, to be read.
        static func wakeUp(hint payload: String) -> HubWakeUp {
            guard let space = payload.firstIndex(of: " "), let head = HubCursor(String(payload[..<space])),
                head.epoch != 0
            else { return .recipients([payload]) }
            return .heads([String(payload[payload.index(after: space)...]): head])
        }
    }
#endif
