/// The messages of `notification.proto` (and `google.protobuf.Timestamp`) that the wire scanner knows,
/// each with the fields it expects: their JSON names (for error paths), value kinds and cardinality.
enum ProtobufMessageType: Sendable {
    /// `notify.v1.NotificationBatch`.
    case batch
    /// `notify.v1.Notification`.
    case notification
    /// `notify.v1.Actor`.
    case actor
    /// `notify.v1.Subject`.
    case subject
    /// `google.protobuf.Timestamp`.
    case timestamp
    /// The entry message of `map<string, string> data` (`key` = 1, `value` = 2).
    case dataEntry

    /// What a known field holds, which decides its wire type and what the scanner checks in it.
    enum ValueKind: Sendable {
        /// A UTF-8 string (wire type 2).
        case string
        /// An enum, bool or unsigned integer (wire type 0): any value is accepted.
        case varint
        /// `Timestamp.seconds` (wire type 0): must lie in 0001–9999.
        case timestampSeconds
        /// `Timestamp.nanos` (wire type 0): must lie in `0..<1_000_000_000`.
        case timestampNanos
        /// A sub-message (wire type 2), scanned recursively.
        case message(ProtobufMessageType)

        /// The wire type a field of this kind must arrive with.
        var wireType: UInt8 {
            switch self {
            case .string, .message: 2
            case .varint, .timestampSeconds, .timestampNanos: 0
            }
        }
    }

    /// One known field.
    struct Field: Sendable {
        /// The JSON name, used in error paths (`displayName`).
        let name: StaticString
        /// What the field holds.
        let kind: ValueKind
        /// For a `repeated` field (or a map), which of a message's two entry counters it counts against
        /// `maxEntries` (a notification has two such fields, `data` and `tags`); `nil` for a single field.
        let entryCounter: Int?
        /// Whether this is a map entry's `key`, whose bytes name the entry in error paths.
        let isMapKey: Bool

        init(_ name: StaticString, _ kind: ValueKind, entryCounter: Int? = nil, isMapKey: Bool = false) {
            self.name = name
            self.kind = kind
            self.entryCounter = entryCounter
            self.isMapKey = isMapKey
        }
    }

    /// The field with wire number `number`, or `nil` for a field this schema does not know.
    func field(_ number: UInt32) -> Field? {
        switch self {
        case .batch:
            switch number {
            case 1: Field("notifications", .message(.notification), entryCounter: 0)
            case 2: Field("cursor", .string)
            case 3: Field("hasMore", .varint)
            default: nil
            }
        case .notification:
            Self.notificationField(number)
        case .actor:
            switch number {
            case 1: Field("id", .string)
            case 2: Field("displayName", .string)
            case 3: Field("avatarUrl", .string)
            default: nil
            }
        case .subject:
            switch number {
            case 1: Field("type", .string)
            case 2: Field("id", .string)
            case 3: Field("parentId", .string)
            default: nil
            }
        case .timestamp:
            switch number {
            case 1: Field("seconds", .timestampSeconds)
            case 2: Field("nanos", .timestampNanos)
            default: nil
            }
        case .dataEntry:
            switch number {
            case 1: Field("key", .string, isMapKey: true)
            case 2: Field("value", .string)
            default: nil
            }
        }
    }

    private static func notificationField(_ number: UInt32) -> Field? {
        switch number {
        case 1: Field("id", .string)
        case 2: Field("kind", .varint)
        case 3: Field("createdAt", .message(.timestamp))
        case 4: Field("recipientId", .string)
        case 5: Field("actor", .message(.actor))
        case 6: Field("title", .string)
        case 7: Field("body", .string)
        case 8: Field("subject", .message(.subject))
        case 9: Field("priority", .varint)
        case 10: Field("read", .varint)
        case 11: Field("data", .message(.dataEntry), entryCounter: 0)
        case 12: Field("sequence", .varint)
        case 13: Field("url", .string)
        case 14: Field("tags", .string, entryCounter: 1)
        default: nil
        }
    }
}
