#if Hummingbird
    import NIOCore
    import PostgresNIO

    /// The read of one recipient's log after a sequence (``PostgresHubEngine``'s `read`), prepared once per
    /// pooled connection: one snapshot gives the log's epoch, head and oldest retained sequence, and at most
    /// `limit` notifications after `after`, oldest first.
    ///
    /// Rows: (epoch, head, oldest, sequence, payload), one per notification, or one with `nil` sequence and
    /// payload when there are none; no row when the recipient has no log.
    struct PostgresReadStatement: PostgresPreparedStatement {
        static let name = "notifywire_read_v2"

        static let sql = """
            SELECT r.epoch, r.head, r.oldest, n.sequence, n.payload
            FROM notifywire_recipients r
            LEFT JOIN LATERAL (
                SELECT sequence, payload FROM notifywire_notifications n
                WHERE n.recipient = r.recipient AND n.sequence > $2
                ORDER BY n.sequence LIMIT $3) n ON TRUE
            WHERE r.recipient = $1
            ORDER BY n.sequence
            """

        typealias Row = (Int64, Int64, Int64, Int64?, ByteBuffer?)

        /// The recipient.
        var recipient: String
        /// The sequence to read after.
        var after: Int64
        /// The most notifications returned.
        var limit: Int64

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 3)
            bindings.append(recipient)
            bindings.append(after)
            bindings.append(limit)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }
#endif
