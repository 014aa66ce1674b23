/// What a notification is about (`notify.v1.Subject`), so that a client can group, deep-link or
/// dismiss notifications by the thing they concern.
public struct NotificationSubject: Hashable, Sendable {
    /// The type of the thing, e.g. `"issue"`, `"order"` (`type`).
    public var type: String
    /// The thing's identifier (`id`).
    public var id: String
    /// The identifier of the thing that contains it, e.g. the issue a comment is on (`parent_id`, JSON `parentId`).
    public var parentID: String

    /// Creates a subject; every field defaults to the proto3 default, the empty string.
    public init(type: String = "", id: String = "", parentID: String = "") {
        self.type = type
        self.id = id
        self.parentID = parentID
    }
}
