/// The message of the schema a ``ValidationRule`` applies to.
public enum RuleScope: String, Hashable, Sendable, CaseIterable {
    /// `notify.v1.Notification`.
    case notification
    /// `notify.v1.Actor`.
    case actor
    /// `notify.v1.NotificationBatch`.
    case batch

    /// The structural definition in the JSON Schema (`Notification`).
    public var structuralDefinition: String {
        switch self {
        case .notification: "Notification"
        case .actor: "Actor"
        case .batch: "NotificationBatch"
        }
    }

    /// The validity definition generated from the rules (`ValidNotification`).
    public var validityDefinition: String { "Valid" + structuralDefinition }
}
