internal import CMsgPack

/// The fields of one message type of `notification.proto`, in field-number order, and the lookup of a
/// MessagePack map key (a name or a field number) to one of them.
struct MessagePackSchema: Sendable {
    /// The fields; `fields[n - 1]` has field number `n`.
    let fields: [MessagePackField]

    private init(_ names: [StaticString]) {
        fields = names.enumerated().map { MessagePackField(name: $1, number: $0 + 1) }
    }

    /// The field a map key names, or `nil` for a key this schema does not know (skipped by the decoder).
    ///
    /// A str key matches a field's name byte for byte; a positive integer key matches a field number.
    /// Keys of any other type are unknown.
    func field(forKey key: msgpack_object) -> MessagePackField? {
        if key.type == MSGPACK_OBJECT_STR {
            let bytes = UnsafeRawBufferPointer(start: key.via.str.ptr, count: Int(key.via.str.size))
            return fields.first { $0.nameEquals(bytes) }
        }
        if key.type == MSGPACK_OBJECT_POSITIVE_INTEGER, key.via.u64 >= 1, key.via.u64 <= UInt64(fields.count) {
            return fields[Int(key.via.u64) - 1]
        }
        return nil
    }

    /// `notify.v1.Notification`.
    static let notification = MessagePackSchema([
        "id", "kind", "createdAt", "recipientId", "actor", "title", "body", "subject", "priority", "read", "data",
        "sequence", "url", "tags",
    ])
    /// `notify.v1.Actor`.
    static let actor = MessagePackSchema(["id", "displayName", "avatarUrl"])
    /// `notify.v1.Subject`.
    static let subject = MessagePackSchema(["type", "id", "parentId"])
    /// `notify.v1.NotificationBatch`.
    static let batch = MessagePackSchema(["notifications", "cursor", "hasMore"])
}
