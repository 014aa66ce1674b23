import NotifyWireCore

extension MessagePackWriter {
    /// Writes `batch` as a map of `notifications`, `cursor`, `hasMore` (fields 1, 2, 3), defaults omitted.
    mutating func writeBatch(_ batch: NotificationBatch) throws(CodecError) {
        let fields = MessagePackSchema.batch.fields
        let count = (batch.notifications.isEmpty ? 0 : 1) + (batch.cursor.isEmpty ? 0 : 1) + (batch.hasMore ? 1 : 0)
        writeMapHeader(count)
        if !batch.notifications.isEmpty {
            writeKey(fields[0])
            try writeArrayHeader(batch.notifications.count, path: "notifications")
            for (index, notification) in batch.notifications.enumerated() {
                try writeNotification(notification, batchIndex: index)
            }
        }
        if !batch.cursor.isEmpty {
            writeKey(fields[1])
            try writeString(batch.cursor, path: "cursor")
        }
        if batch.hasMore {
            writeKey(fields[2])
            writeBool(true)
        }
    }

    /// Writes `notification` as a map in field-number order, default values omitted (present sub-messages
    /// are written even when empty), `data` keys sorted by their UTF-8 bytes.
    ///
    /// `batchIndex` is the position in a batch, used only to name the field in an error.
    mutating func writeNotification(_ notification: NotificationMessage, batchIndex: Int? = nil) throws(CodecError) {
        let fields = MessagePackSchema.notification.fields
        func path(_ name: String) -> String {
            batchIndex.map { "notifications[\($0)].\(name)" } ?? name
        }
        writeMapHeader(Self.fieldCount(of: notification))
        if !notification.id.isEmpty {
            writeKey(fields[0])
            try writeString(notification.id, path: path("id"))
        }
        if notification.kind.rawValue != 0 {
            writeKey(fields[1])
            writeSigned(notification.kind.rawValue)
        }
        if let createdAt = notification.createdAt {
            writeKey(fields[2])
            try writeTimestamp(createdAt, path: path("createdAt"))
        }
        if !notification.recipientID.isEmpty {
            writeKey(fields[3])
            try writeString(notification.recipientID, path: path("recipientId"))
        }
        if let actor = notification.actor {
            writeKey(fields[4])
            try writeStringMap(
                MessagePackSchema.actor,
                actor.id,
                actor.displayName,
                actor.avatarURL,
                path: path("actor")
            )
        }
        if !notification.title.isEmpty {
            writeKey(fields[5])
            try writeString(notification.title, path: path("title"))
        }
        if !notification.body.isEmpty {
            writeKey(fields[6])
            try writeString(notification.body, path: path("body"))
        }
        if let subject = notification.subject {
            writeKey(fields[7])
            try writeStringMap(
                MessagePackSchema.subject,
                subject.type,
                subject.id,
                subject.parentID,
                path: path("subject")
            )
        }
        if notification.priority.rawValue != 0 {
            writeKey(fields[8])
            writeSigned(notification.priority.rawValue)
        }
        if notification.read {
            writeKey(fields[9])
            writeBool(true)
        }
        if !notification.data.isEmpty {
            writeKey(fields[10])
            try writeData(of: notification, path: path("data"))
        }
        if notification.sequence != 0 {
            writeKey(fields[11])
            writeUnsigned(notification.sequence)
        }
        if !notification.url.isEmpty {
            writeKey(fields[12])
            try writeString(notification.url, path: path("url"))
        }
        if !notification.tags.isEmpty {
            writeKey(fields[13])
            try writeArrayHeader(notification.tags.count, path: path("tags"))
            for (index, tag) in notification.tags.enumerated() {
                try writeString(tag, path: path("tags[\(index)]"))
            }
        }
    }

    /// Writes a sub-message of three string fields (actor, subject): non-empty values only, in field order.
    private mutating func writeStringMap(
        _ schema: MessagePackSchema,
        _ first: String,
        _ second: String,
        _ third: String,
        path: @autoclosure () -> String
    ) throws(CodecError) {
        writeMapHeader((first.isEmpty ? 0 : 1) + (second.isEmpty ? 0 : 1) + (third.isEmpty ? 0 : 1))
        if !first.isEmpty {
            writeKey(schema.fields[0])
            try writeString(first, path: path() + "." + schema.fields[0].pathName)
        }
        if !second.isEmpty {
            writeKey(schema.fields[1])
            try writeString(second, path: path() + "." + schema.fields[1].pathName)
        }
        if !third.isEmpty {
            writeKey(schema.fields[2])
            try writeString(third, path: path() + "." + schema.fields[2].pathName)
        }
    }

    /// How many fields of `notification` differ from their default, i.e. the map's entry count.
    private static func fieldCount(of notification: NotificationMessage) -> Int {
        var count = 0
        if !notification.id.isEmpty { count += 1 }
        if notification.kind.rawValue != 0 { count += 1 }
        if notification.createdAt != nil { count += 1 }
        if !notification.recipientID.isEmpty { count += 1 }
        if notification.actor != nil { count += 1 }
        if !notification.title.isEmpty { count += 1 }
        if !notification.body.isEmpty { count += 1 }
        if notification.subject != nil { count += 1 }
        if notification.priority.rawValue != 0 { count += 1 }
        if notification.read { count += 1 }
        if !notification.data.isEmpty { count += 1 }
        if notification.sequence != 0 { count += 1 }
        if !notification.url.isEmpty { count += 1 }
        if !notification.tags.isEmpty { count += 1 }
        return count
    }
}
