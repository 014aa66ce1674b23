/// A page of notifications (`notify.v1.NotificationBatch`), as a poll returns or a stream replays.
public struct NotificationBatch: Hashable, Sendable {
    /// The notifications, oldest first (`notifications`, field 1).
    public var notifications: [NotificationMessage]
    /// An opaque position to ask for the next page from (`cursor`, field 2).
    public var cursor: String
    /// Whether more notifications wait after this page (`has_more`, field 3; JSON `hasMore`).
    public var hasMore: Bool

    /// Creates a batch; every argument defaults to its proto3 default.
    public init(notifications: [NotificationMessage] = [], cursor: String = "", hasMore: Bool = false) {
        self.notifications = notifications
        self.cursor = cursor
        self.hasMore = hasMore
    }
}
