import NIOCore
import NotifyWireCore

/// Writes the proto3 canonical JSON of notifications and batches straight into a `ByteBuffer`: field-number
/// order, lowerCamelCase names, default values omitted, no whitespace.
///
/// The caller validates timestamps first (``JSONWriter/firstInvalidTimestamp(in:)``), so writing never fails.
enum JSONWriter {
    /// Appends `notification`.
    static func write(_ notification: NotificationMessage, into buffer: inout ByteBuffer) {
        var object = ObjectWriter()
        buffer.writeInteger(UInt8(ascii: "{"))
        if !notification.id.isEmpty {
            object.key("\"id\":", into: &buffer)
            writeString(notification.id, into: &buffer)
        }
        if notification.kind.rawValue != 0 {
            object.key("\"kind\":", into: &buffer)
            writeEnum(name: notification.kind.protoName, number: notification.kind.rawValue, into: &buffer)
        }
        if let createdAt = notification.createdAt {
            object.key("\"createdAt\":", into: &buffer)
            RFC3339Writer.write(createdAt, into: &buffer)
        }
        if !notification.recipientID.isEmpty {
            object.key("\"recipientId\":", into: &buffer)
            writeString(notification.recipientID, into: &buffer)
        }
        if let actor = notification.actor {
            object.key("\"actor\":", into: &buffer)
            write(actor, into: &buffer)
        }
        if !notification.title.isEmpty {
            object.key("\"title\":", into: &buffer)
            writeString(notification.title, into: &buffer)
        }
        if !notification.body.isEmpty {
            object.key("\"body\":", into: &buffer)
            writeString(notification.body, into: &buffer)
        }
        if let subject = notification.subject {
            object.key("\"subject\":", into: &buffer)
            write(subject, into: &buffer)
        }
        if notification.priority.rawValue != 0 {
            object.key("\"priority\":", into: &buffer)
            writeEnum(name: notification.priority.protoName, number: notification.priority.rawValue, into: &buffer)
        }
        if notification.read {
            object.key("\"read\":true", into: &buffer)
        }
        if !notification.data.isEmpty {
            object.key("\"data\":", into: &buffer)
            writeData(notification, into: &buffer)
        }
        if notification.sequence != 0 {
            object.key("\"sequence\":", into: &buffer)
            buffer.writeInteger(UInt8(ascii: "\""))
            writeDecimal(notification.sequence, into: &buffer)
            buffer.writeInteger(UInt8(ascii: "\""))
        }
        if !notification.url.isEmpty {
            object.key("\"url\":", into: &buffer)
            writeString(notification.url, into: &buffer)
        }
        if !notification.tags.isEmpty {
            object.key("\"tags\":", into: &buffer)
            buffer.writeInteger(UInt8(ascii: "["))
            for (index, tag) in notification.tags.enumerated() {
                if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
                writeString(tag, into: &buffer)
            }
            buffer.writeInteger(UInt8(ascii: "]"))
        }
        buffer.writeInteger(UInt8(ascii: "}"))
    }

    /// Appends `batch`.
    static func write(_ batch: NotificationBatch, into buffer: inout ByteBuffer) {
        var object = ObjectWriter()
        buffer.writeInteger(UInt8(ascii: "{"))
        if !batch.notifications.isEmpty {
            object.key("\"notifications\":[", into: &buffer)
            for (index, notification) in batch.notifications.enumerated() {
                if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
                write(notification, into: &buffer)
            }
            buffer.writeInteger(UInt8(ascii: "]"))
        }
        if !batch.cursor.isEmpty {
            object.key("\"cursor\":", into: &buffer)
            writeString(batch.cursor, into: &buffer)
        }
        if batch.hasMore {
            object.key("\"hasMore\":true", into: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "}"))
    }

    /// Appends an actor; a present actor is written even when every field is empty (`{}`).
    static func write(_ actor: NotificationActor, into buffer: inout ByteBuffer) {
        var object = ObjectWriter()
        buffer.writeInteger(UInt8(ascii: "{"))
        if !actor.id.isEmpty {
            object.key("\"id\":", into: &buffer)
            writeString(actor.id, into: &buffer)
        }
        if !actor.displayName.isEmpty {
            object.key("\"displayName\":", into: &buffer)
            writeString(actor.displayName, into: &buffer)
        }
        if !actor.avatarURL.isEmpty {
            object.key("\"avatarUrl\":", into: &buffer)
            writeString(actor.avatarURL, into: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "}"))
    }

    /// Appends a subject; a present subject is written even when every field is empty (`{}`).
    static func write(_ subject: NotificationSubject, into buffer: inout ByteBuffer) {
        var object = ObjectWriter()
        buffer.writeInteger(UInt8(ascii: "{"))
        if !subject.type.isEmpty {
            object.key("\"type\":", into: &buffer)
            writeString(subject.type, into: &buffer)
        }
        if !subject.id.isEmpty {
            object.key("\"id\":", into: &buffer)
            writeString(subject.id, into: &buffer)
        }
        if !subject.parentID.isEmpty {
            object.key("\"parentId\":", into: &buffer)
            writeString(subject.parentID, into: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "}"))
    }

    /// Appends the `data` map with its keys sorted by their UTF-8 bytes.
    private static func writeData(_ notification: NotificationMessage, into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "{"))
        for (index, entry) in notification.sortedData.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
            writeString(entry.key, into: &buffer)
            buffer.writeInteger(UInt8(ascii: ":"))
            writeString(entry.value, into: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "}"))
    }

    /// Appends an enum value: its quoted name when known, else its number.
    private static func writeEnum(name: String?, number: Int32, into buffer: inout ByteBuffer) {
        if let name {
            buffer.writeInteger(UInt8(ascii: "\""))
            buffer.writeString(name)
            buffer.writeInteger(UInt8(ascii: "\""))
        } else {
            if number < 0 { buffer.writeInteger(UInt8(ascii: "-")) }
            writeDecimal(UInt64(number.magnitude), into: &buffer)
        }
    }
}

/// Writes the comma between the members of one JSON object.
private struct ObjectWriter {
    private var hasMembers = false

    /// Writes a comma unless this is the first member, then `key` (the quoted name and its colon).
    mutating func key(_ key: StaticString, into buffer: inout ByteBuffer) {
        if hasMembers {
            buffer.writeInteger(UInt8(ascii: ","))
        }
        hasMembers = true
        buffer.writeStaticString(key)
    }
}
