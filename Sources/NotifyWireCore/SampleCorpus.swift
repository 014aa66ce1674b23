/// The built-in corpus: the notifications behind `Schemas/vectors/`, used by `notifywire bench`, the
/// benchmarks and the golden-vector tests, so that every measurement and every exact-bytes test speaks
/// of the same values.
public enum SampleCorpus {
    /// One named entry of the corpus.
    public struct Entry: Sendable {
        /// The vector's file stem in `Schemas/vectors/` (`"typical"`).
        public let name: String
        /// The notification, or `nil` for a batch entry.
        public let notification: NotificationMessage?
        /// The batch, or `nil` for a notification entry.
        public let batch: NotificationBatch?

        /// A notification entry.
        public init(name: String, notification: NotificationMessage) {
            self.name = name
            self.notification = notification
            self.batch = nil
        }

        /// A batch entry.
        public init(name: String, batch: NotificationBatch) {
            self.name = name
            self.notification = nil
            self.batch = batch
        }
    }

    /// Only the fields a valid notification needs: id, kind, createdAt and recipientId.
    public static let minimal = NotificationMessage(
        id: "n-1",
        kind: .comment,
        createdAt: Timestamp(seconds: 1_767_225_600),
        recipientID: "u-1"
    )

    /// Every field set, with values of the sizes a real service sends.
    public static let typical = NotificationMessage(
        id: "01JD3Z8Q9X4K7M2N5P6R8S0T1V",
        kind: .comment,
        createdAt: Timestamp(seconds: 1_767_268_923, nanos: 123_000_000),
        recipientID: "user-7f3a9c21",
        actor: NotificationActor(
            id: "user-2b8e4d90",
            displayName: "Ana María Ortega",
            avatarURL: "https://cdn.example.com/avatars/2b8e4d90/96.png"
        ),
        title: "Ana María commented on “Checkout fails on Safari 17”",
        body: "I can reproduce it on 17.2 too: the payment sheet closes before the token arrives.",
        subject: NotificationSubject(type: "issue", id: "issue-4821", parentID: "project-checkout"),
        priority: .normal,
        read: false,
        data: [
            "commentId": "c-99120",
            "projectKey": "CHK",
            "threadUrl": "https://tracker.example.com/CHK/4821#c-99120",
        ],
        sequence: 1_048_576,
        url: "https://tracker.example.com/CHK/4821",
        tags: ["checkout", "safari", "p2"]
    )

    /// A large notification: a body of about 2 KB of multi-byte UTF-8 with quotes, backslashes and
    /// newlines, and 20 data entries.
    public static let large: NotificationMessage = {
        let paragraph =
            "Grüße aus Zürich — «quoted» and \"double-quoted\" text, a path C:\\Users\\ana\\report.txt, "
            + "日本語のテキスト、emoji 🚀✨ and a tab\tbetween words.\n"
        var body = ""
        while body.utf8.count < 2048 { body += paragraph }
        var data: [String: String] = [:]
        for index in 0..<20 {
            data["key\(index)"] = "value \(index) — ünïcödé \"q\" \\ \(String(repeating: "x", count: index))"
        }
        return NotificationMessage(
            id: "n-large-0001",
            kind: .systemAlert,
            createdAt: Timestamp(seconds: 1_767_268_923, nanos: 987_654_321),
            recipientID: "user-large",
            actor: NotificationActor(id: "system", displayName: "Système de surveillance"),
            title: "Rapport hebdomadaire: 12 incidents, 3 “critiques”",
            body: body,
            subject: NotificationSubject(type: "report", id: "weekly-2026-48"),
            priority: .urgent,
            read: true,
            data: data,
            sequence: 18_446_744_073_709_551_615,
            url: "https://status.example.com/reports/weekly-2026-48",
            tags: ["report", "weekly", "ops", "incidents", "zürich"]
        )
    }()

    /// A batch of three notifications (minimal, typical and a read mention) with a cursor.
    public static let batch = NotificationBatch(
        notifications: [
            minimal,
            typical,
            NotificationMessage(
                id: "n-3",
                kind: .mention,
                createdAt: Timestamp(seconds: 1_767_268_990, nanos: 500_000),
                recipientID: "user-7f3a9c21",
                actor: NotificationActor(id: "user-1", displayName: "Bo"),
                title: "Bo mentioned you",
                priority: .high,
                read: true,
                sequence: 1_048_577
            ),
        ],
        cursor: "c1048577",
        hasMore: true
    )

    /// Every notification entry, smallest first, then the batch.
    public static let entries: [Entry] = [
        Entry(name: "minimal", notification: minimal),
        Entry(name: "typical", notification: typical),
        Entry(name: "large", notification: large),
        Entry(name: "batch", batch: batch),
    ]

    /// A batch of `count` notifications shaped like ``typical`` with distinct ids and sequences,
    /// as the benchmarks' batch suite uses.
    public static func typicalBatch(count: Int) -> NotificationBatch {
        var notifications: [NotificationMessage] = []
        notifications.reserveCapacity(count)
        for index in 0..<count {
            var notification = typical
            notification.id = "01JD3Z8Q9X4K7M2N5P6R8S\(index)"
            notification.sequence = typical.sequence + UInt64(index)
            notifications.append(notification)
        }
        return NotificationBatch(notifications: notifications, cursor: "c\(count)", hasMore: false)
    }
}
