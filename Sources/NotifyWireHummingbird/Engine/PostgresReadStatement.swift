#if Hummingbird
    import NIOCore
    import PostgresNIO

    /// The read of recipients' logs after a sequence each (``PostgresHubEngine``'s `read`s), prepared once per
    /// pooled connection: in one snapshot, each log's epoch, head and oldest retained sequence, and at most
    /// `limit` of its notifications after its `after`, oldest first.
    ///
    /// Rows, by recipient then sequence: (recipient, epoch, head, oldest, sequence, payload), one per
    /// notification, or one with `nil` sequence and payload when there are none, and `nil` epoch, head and
    /// oldest as well when the recipient has no log.
    struct PostgresReadStatement: PostgresPreparedStatement {
        static let name = "notifywire_read_v2"

        static let sql = """
            SELECT q.recipient, r.epoch, r.head, r.oldest, n.sequence, n.payload
            FROM unnest($1::text[], $2::bigint[]) AS q(recipient, after)
            LEFT JOIN notifywire_recipients r ON r.recipient = q.recipient
            LEFT JOIN LATERAL (
                SELECT sequence, payload FROM notifywire_notifications n
                WHERE n.recipient = q.recipient AND n.sequence > q.after
                ORDER BY n.sequence LIMIT $3) n ON TRUE
            ORDER BY q.recipient, n.sequence
            """

        typealias Row = (String, Int64?, Int64?, Int64?, Int64?, ByteBuffer?)

        /// The recipients.
        var recipients: [String]
        /// The sequence to read after, for each of ``recipients``.
        var after: [Int64]
        /// The most notifications returned per recipient.
        var limit: Int64

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 3)
            bindings.append(recipients)
            bindings.append(after)
            bindings.append(limit)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }
#endif
