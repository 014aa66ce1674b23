/// One notification (`notify.v1.Notification`), the value every codec encodes and decodes.
///
/// Every field holds its proto3 default until set: the empty string, `0`, `false`, the unspecified enum
/// value, an empty collection or an absent (`nil`) sub-message. Codecs omit default values on the wire.
///
/// The type is not called `Notification`, so that it never collides with Foundation's.
public struct NotificationMessage: Hashable, Sendable {
    /// A unique identifier chosen by the sender (`id`, field 1).
    public var id: String
    /// What the notification is about (`kind`, field 2).
    public var kind: NotificationKind
    /// When the notified event happened (`created_at`, field 3; JSON `createdAt`).
    public var createdAt: Timestamp?
    /// Whom the notification is for (`recipient_id`, field 4; JSON `recipientId`).
    public var recipientID: String
    /// Who caused it (`actor`, field 5).
    public var actor: NotificationActor?
    /// A one-line summary (`title`, field 6).
    public var title: String
    /// The text of the notification (`body`, field 7).
    public var body: String
    /// The thing the notification concerns (`subject`, field 8).
    public var subject: NotificationSubject?
    /// How urgent it is (`priority`, field 9).
    public var priority: NotificationPriority
    /// Whether the recipient has read it (`read`, field 10).
    public var read: Bool
    /// Free-form string attributes for clients (`data`, field 11). Codecs write the keys sorted by their
    /// UTF-8 bytes, so that output is deterministic.
    public var data: [String: String]
    /// The position of the notification in its recipient's stream (`sequence`, field 12): increases by at
    /// least one per notification, so that a client can resume after the last one it saw.
    public var sequence: UInt64
    /// An absolute http(s) URL to open when the notification is clicked (`url`, field 13).
    public var url: String
    /// Labels for filtering (`tags`, field 14), in order.
    public var tags: [String]

    /// Creates a notification; every argument defaults to its proto3 default.
    public init(
        id: String = "",
        kind: NotificationKind = .unspecified,
        createdAt: Timestamp? = nil,
        recipientID: String = "",
        actor: NotificationActor? = nil,
        title: String = "",
        body: String = "",
        subject: NotificationSubject? = nil,
        priority: NotificationPriority = .unspecified,
        read: Bool = false,
        data: [String: String] = [:],
        sequence: UInt64 = 0,
        url: String = "",
        tags: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.createdAt = createdAt
        self.recipientID = recipientID
        self.actor = actor
        self.title = title
        self.body = body
        self.subject = subject
        self.priority = priority
        self.read = read
        self.data = data
        self.sequence = sequence
        self.url = url
        self.tags = tags
    }

    /// The entries of ``data`` sorted by the UTF-8 bytes of their keys: the order every codec writes them in.
    public var sortedData: [(key: String, value: String)] {
        withSortedData { Array($0) }
    }
}
