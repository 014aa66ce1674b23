import NotifyWireCore

/// Writes model values in protobuf text format, as `protoc --encode` reads it: an independent statement
/// of "the same values" that the tests hand to `protoc`. Fields at their proto3 default are left out,
/// map entries go in key-byte order, enums are written as numbers (so unknown ones round-trip), and
/// strings byte by byte with octal escapes for everything but printable ASCII.
enum ProtobufTextFormat {
    /// The text of `notification`.
    static func text(_ notification: NotificationMessage) -> String {
        var lines: [String] = []
        string("id", notification.id, into: &lines)
        if notification.kind.rawValue != 0 { lines.append("kind: \(notification.kind.rawValue)") }
        if let createdAt = notification.createdAt {
            var fields: [String] = []
            if createdAt.seconds != 0 { fields.append("seconds: \(createdAt.seconds)") }
            if createdAt.nanos != 0 { fields.append("nanos: \(createdAt.nanos)") }
            lines.append("created_at { " + fields.joined(separator: " ") + " }")
        }
        string("recipient_id", notification.recipientID, into: &lines)
        if let actor = notification.actor {
            var fields: [String] = []
            string("id", actor.id, into: &fields)
            string("display_name", actor.displayName, into: &fields)
            string("avatar_url", actor.avatarURL, into: &fields)
            lines.append("actor { " + fields.joined(separator: " ") + " }")
        }
        string("title", notification.title, into: &lines)
        string("body", notification.body, into: &lines)
        if let subject = notification.subject {
            var fields: [String] = []
            string("type", subject.type, into: &fields)
            string("id", subject.id, into: &fields)
            string("parent_id", subject.parentID, into: &fields)
            lines.append("subject { " + fields.joined(separator: " ") + " }")
        }
        if notification.priority.rawValue != 0 { lines.append("priority: \(notification.priority.rawValue)") }
        if notification.read { lines.append("read: true") }
        let sortedKeys = notification.data.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for key in sortedKeys {
            lines.append("data { key: \(quoted(key)) value: \(quoted(notification.data[key] ?? "")) }")
        }
        if notification.sequence != 0 { lines.append("sequence: \(notification.sequence)") }
        string("url", notification.url, into: &lines)
        for tag in notification.tags { lines.append("tags: \(quoted(tag))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text of `batch`.
    static func text(_ batch: NotificationBatch) -> String {
        var lines: [String] = []
        for notification in batch.notifications {
            lines.append("notifications {\n" + text(notification) + "}")
        }
        string("cursor", batch.cursor, into: &lines)
        if batch.hasMore { lines.append("has_more: true") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func string(_ name: String, _ value: String, into lines: inout [String]) {
        if !value.isEmpty { lines.append("\(name): \(quoted(value))") }
    }

    /// `"..."` with printable ASCII as is and every other byte (and `"`, `\`) escaped.
    static func quoted(_ value: String) -> String {
        var text = "\""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): text += "\\\""
            case UInt8(ascii: "\\"): text += "\\\\"
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let octal = String(byte, radix: 8)
                text += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return text + "\""
    }
}
