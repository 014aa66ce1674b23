/// Who caused a notification (`notify.v1.Actor`): a person, a bot or the system.
public struct NotificationActor: Hashable, Sendable {
    /// The actor's stable identifier (`id`).
    public var id: String
    /// The name to show for the actor (`display_name`, JSON `displayName`).
    public var displayName: String
    /// An absolute http(s) URL of the actor's picture (`avatar_url`, JSON `avatarUrl`); empty when unset.
    public var avatarURL: String

    /// Creates an actor; every field defaults to the proto3 default, the empty string.
    public init(id: String = "", displayName: String = "", avatarURL: String = "") {
        self.id = id
        self.displayName = displayName
        self.avatarURL = avatarURL
    }
}
