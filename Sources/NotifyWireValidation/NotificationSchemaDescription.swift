import NotifyWireCore

/// The notification schema as the Swift model and its codecs implement it: messages, field numbers, names
/// and types, and enum values. `notifywire schema check` compares it with the `.proto` and the JSON Schema;
/// tests check it against the model (every field's number and name through the codecs).
public enum NotificationSchemaDescription {
    /// The proto package.
    public static let package = "notify.v1"

    /// `notify.v1.Actor`.
    public static let actor = SchemaMessageDescription(
        fullName: "notify.v1.Actor",
        fields: [
            SchemaFieldDescription(1, "id", "id", .string),
            SchemaFieldDescription(2, "display_name", "displayName", .string),
            SchemaFieldDescription(3, "avatar_url", "avatarUrl", .string),
        ])

    /// `notify.v1.Subject`.
    public static let subject = SchemaMessageDescription(
        fullName: "notify.v1.Subject",
        fields: [
            SchemaFieldDescription(1, "type", "type", .string),
            SchemaFieldDescription(2, "id", "id", .string),
            SchemaFieldDescription(3, "parent_id", "parentId", .string),
        ])

    /// `notify.v1.Notification`.
    public static let notification = SchemaMessageDescription(
        fullName: "notify.v1.Notification",
        fields: [
            SchemaFieldDescription(1, "id", "id", .string),
            SchemaFieldDescription(2, "kind", "kind", .enumeration("notify.v1.Kind")),
            SchemaFieldDescription(3, "created_at", "createdAt", .message("google.protobuf.Timestamp")),
            SchemaFieldDescription(4, "recipient_id", "recipientId", .string),
            SchemaFieldDescription(5, "actor", "actor", .message("notify.v1.Actor")),
            SchemaFieldDescription(6, "title", "title", .string),
            SchemaFieldDescription(7, "body", "body", .string),
            SchemaFieldDescription(8, "subject", "subject", .message("notify.v1.Subject")),
            SchemaFieldDescription(9, "priority", "priority", .enumeration("notify.v1.Priority")),
            SchemaFieldDescription(10, "read", "read", .bool),
            SchemaFieldDescription(11, "data", "data", .stringMap),
            SchemaFieldDescription(12, "sequence", "sequence", .uint64),
            SchemaFieldDescription(13, "url", "url", .string),
            SchemaFieldDescription(14, "tags", "tags", .string, repeated: true),
        ])

    /// `notify.v1.NotificationBatch`.
    public static let batch = SchemaMessageDescription(
        fullName: "notify.v1.NotificationBatch",
        fields: [
            SchemaFieldDescription(
                1, "notifications", "notifications", .message("notify.v1.Notification"), repeated: true),
            SchemaFieldDescription(2, "cursor", "cursor", .string),
            SchemaFieldDescription(3, "has_more", "hasMore", .bool),
        ])

    /// Every message of the package.
    public static let messages: [SchemaMessageDescription] = [actor, subject, notification, batch]

    /// The message with this full name.
    public static func message(named fullName: String) -> SchemaMessageDescription? {
        messages.first { $0.fullName == fullName }
    }

    /// Every enum of the package with its values (name, number), taken from the model's own metadata.
    public static var enums: [String: [(name: String, number: Int32)]] {
        [
            "notify.v1.Kind": NotificationKind.knownValues.compactMap { kind in
                kind.protoName.map { ($0, kind.rawValue) }
            },
            "notify.v1.Priority": NotificationPriority.knownValues.compactMap { priority in
                priority.protoName.map { ($0, priority.rawValue) }
            },
        ]
    }
}
