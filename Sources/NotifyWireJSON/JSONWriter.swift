import NotifyWireCore

/// Writes the proto3 canonical JSON of notifications and batches through a ``JSONOutputCursor`` over the
/// caller's buffer: field-number order, lowerCamelCase names, default values omitted, no whitespace.
///
/// The caller validates timestamps first (``JSONWriter/firstInvalidTimestamp(in:)``) and reserves the
/// exact size from ``JSONSizer``, so writing never fails.
enum JSONWriter {
    /// Appends `notification`.
    static func write(_ notification: NotificationMessage, to cursor: inout JSONOutputCursor) {
        var object = JSONMemberSeparator()
        cursor.put(UInt8(ascii: "{"))
        if !notification.id.isEmpty {
            object.key("\"id\":", to: &cursor)
            writeString(notification.id, to: &cursor)
        }
        if notification.kind.rawValue != 0 {
            object.key("\"kind\":", to: &cursor)
            writeEnum(name: notification.kind.protoName, number: notification.kind.rawValue, to: &cursor)
        }
        if let createdAt = notification.createdAt {
            object.key("\"createdAt\":", to: &cursor)
            RFC3339Writer.write(createdAt, to: &cursor)
        }
        if !notification.recipientID.isEmpty {
            object.key("\"recipientId\":", to: &cursor)
            writeString(notification.recipientID, to: &cursor)
        }
        if let actor = notification.actor {
            object.key("\"actor\":", to: &cursor)
            write(actor, to: &cursor)
        }
        if !notification.title.isEmpty {
            object.key("\"title\":", to: &cursor)
            writeString(notification.title, to: &cursor)
        }
        if !notification.body.isEmpty {
            object.key("\"body\":", to: &cursor)
            writeString(notification.body, to: &cursor)
        }
        if let subject = notification.subject {
            object.key("\"subject\":", to: &cursor)
            write(subject, to: &cursor)
        }
        if notification.priority.rawValue != 0 {
            object.key("\"priority\":", to: &cursor)
            writeEnum(name: notification.priority.protoName, number: notification.priority.rawValue, to: &cursor)
        }
        if notification.read {
            object.key("\"read\":true", to: &cursor)
        }
        if !notification.data.isEmpty {
            object.key("\"data\":", to: &cursor)
            writeData(notification, to: &cursor)
        }
        if notification.sequence != 0 {
            object.key("\"sequence\":", to: &cursor)
            cursor.put(UInt8(ascii: "\""))
            cursor.putDecimal(notification.sequence)
            cursor.put(UInt8(ascii: "\""))
        }
        if !notification.url.isEmpty {
            object.key("\"url\":", to: &cursor)
            writeString(notification.url, to: &cursor)
        }
        if !notification.tags.isEmpty {
            object.key("\"tags\":", to: &cursor)
            cursor.put(UInt8(ascii: "["))
            for (index, tag) in notification.tags.enumerated() {
                if index > 0 { cursor.put(UInt8(ascii: ",")) }
                writeString(tag, to: &cursor)
            }
            cursor.put(UInt8(ascii: "]"))
        }
        cursor.put(UInt8(ascii: "}"))
    }

    /// Appends `batch`.
    static func write(_ batch: NotificationBatch, to cursor: inout JSONOutputCursor) {
        var object = JSONMemberSeparator()
        cursor.put(UInt8(ascii: "{"))
        if !batch.notifications.isEmpty {
            object.key("\"notifications\":[", to: &cursor)
            for (index, notification) in batch.notifications.enumerated() {
                if index > 0 { cursor.put(UInt8(ascii: ",")) }
                write(notification, to: &cursor)
            }
            cursor.put(UInt8(ascii: "]"))
        }
        if !batch.cursor.isEmpty {
            object.key("\"cursor\":", to: &cursor)
            writeString(batch.cursor, to: &cursor)
        }
        if batch.hasMore {
            object.key("\"hasMore\":true", to: &cursor)
        }
        cursor.put(UInt8(ascii: "}"))
    }

    /// Appends an actor; a present actor is written even when every field is empty (`{}`).
    static func write(_ actor: NotificationActor, to cursor: inout JSONOutputCursor) {
        var object = JSONMemberSeparator()
        cursor.put(UInt8(ascii: "{"))
        if !actor.id.isEmpty {
            object.key("\"id\":", to: &cursor)
            writeString(actor.id, to: &cursor)
        }
        if !actor.displayName.isEmpty {
            object.key("\"displayName\":", to: &cursor)
            writeString(actor.displayName, to: &cursor)
        }
        if !actor.avatarURL.isEmpty {
            object.key("\"avatarUrl\":", to: &cursor)
            writeString(actor.avatarURL, to: &cursor)
        }
        cursor.put(UInt8(ascii: "}"))
    }

    /// Appends a subject; a present subject is written even when every field is empty (`{}`).
    static func write(_ subject: NotificationSubject, to cursor: inout JSONOutputCursor) {
        var object = JSONMemberSeparator()
        cursor.put(UInt8(ascii: "{"))
        if !subject.type.isEmpty {
            object.key("\"type\":", to: &cursor)
            writeString(subject.type, to: &cursor)
        }
        if !subject.id.isEmpty {
            object.key("\"id\":", to: &cursor)
            writeString(subject.id, to: &cursor)
        }
        if !subject.parentID.isEmpty {
            object.key("\"parentId\":", to: &cursor)
            writeString(subject.parentID, to: &cursor)
        }
        cursor.put(UInt8(ascii: "}"))
    }

    /// Appends the `data` map with its keys sorted by their UTF-8 bytes.
    private static func writeData(_ notification: NotificationMessage, to cursor: inout JSONOutputCursor) {
        cursor.put(UInt8(ascii: "{"))
        notification.withSortedData { entries in
            for (index, entry) in entries.enumerated() {
                if index > 0 { cursor.put(UInt8(ascii: ",")) }
                writeString(entry.key, to: &cursor)
                cursor.put(UInt8(ascii: ":"))
                writeString(entry.value, to: &cursor)
            }
        }
        cursor.put(UInt8(ascii: "}"))
    }

    /// Appends an enum value: its quoted name when known, else its number.
    private static func writeEnum(name: String?, number: Int32, to cursor: inout JSONOutputCursor) {
        if let name {
            cursor.put(UInt8(ascii: "\""))
            JSONWriter.withUTF8(of: name) { cursor.put($0) }
            cursor.put(UInt8(ascii: "\""))
        } else {
            if number < 0 { cursor.put(UInt8(ascii: "-")) }
            cursor.putDecimal(UInt64(number.magnitude))
        }
    }
}
