import Foundation
import NotifyWireCore

/// The proto3 canonical JSON that `json_format.MessageToJson` should print for a model value, built
/// from the model by the mapping's rules (defaults left out, enums by name, `uint64` as a string,
/// Timestamp as RFC 3339 with 0, 3, 6 or 9 fractional digits), for comparison as parsed JSON.
enum ProtobufJSONExpectation {
    /// The JSON object of `notification`.
    static func object(_ notification: NotificationMessage) -> [String: Any] {
        var object: [String: Any] = [:]
        func string(_ key: String, _ value: String, into object: inout [String: Any]) {
            if !value.isEmpty { object[key] = value }
        }
        string("id", notification.id, into: &object)
        if notification.kind.rawValue != 0 {
            object["kind"] = notification.kind.protoName ?? Int(notification.kind.rawValue) as Any
        }
        if let createdAt = notification.createdAt { object["createdAt"] = rfc3339(createdAt) }
        string("recipientId", notification.recipientID, into: &object)
        if let actor = notification.actor {
            var nested: [String: Any] = [:]
            string("id", actor.id, into: &nested)
            string("displayName", actor.displayName, into: &nested)
            string("avatarUrl", actor.avatarURL, into: &nested)
            object["actor"] = nested
        }
        string("title", notification.title, into: &object)
        string("body", notification.body, into: &object)
        if let subject = notification.subject {
            var nested: [String: Any] = [:]
            string("type", subject.type, into: &nested)
            string("id", subject.id, into: &nested)
            string("parentId", subject.parentID, into: &nested)
            object["subject"] = nested
        }
        if notification.priority.rawValue != 0 {
            object["priority"] = notification.priority.protoName ?? Int(notification.priority.rawValue) as Any
        }
        if notification.read { object["read"] = true }
        if !notification.data.isEmpty { object["data"] = notification.data }
        if notification.sequence != 0 { object["sequence"] = String(notification.sequence) }
        string("url", notification.url, into: &object)
        if !notification.tags.isEmpty { object["tags"] = notification.tags }
        return object
    }

    /// The JSON object of `batch`.
    static func object(_ batch: NotificationBatch) -> [String: Any] {
        var object: [String: Any] = [:]
        if !batch.notifications.isEmpty { object["notifications"] = batch.notifications.map { self.object($0) } }
        if !batch.cursor.isEmpty { object["cursor"] = batch.cursor }
        if batch.hasMore { object["hasMore"] = true }
        return object
    }

    /// `2026-01-01T00:00:00Z`, `…:03.123Z`: the civil date from days since the epoch (H. Hinnant's
    /// algorithm) and the fraction in 3, 6 or 9 digits as the proto3 JSON mapping writes it.
    static func rfc3339(_ timestamp: Timestamp) -> String {
        let days = timestamp.seconds >= 0 ? timestamp.seconds / 86_400 : (timestamp.seconds - 86_399) / 86_400
        let secondOfDay = timestamp.seconds - days * 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T"
        text += "\(padded(secondOfDay / 3600, 2)):\(padded(secondOfDay / 60 % 60, 2)):\(padded(secondOfDay % 60, 2))"
        let nanos = Int64(timestamp.nanos)
        if nanos != 0 {
            if nanos % 1_000_000 == 0 {
                text += "." + padded(nanos / 1_000_000, 3)
            } else if nanos % 1000 == 0 {
                text += "." + padded(nanos / 1000, 6)
            } else {
                text += "." + padded(nanos, 9)
            }
        }
        return text + "Z"
    }
}
