import Foundation
import NotifyWireCore

/// The proto3 JSON form of the model through Foundation, for exchanging values with the Python peer in tests
/// only (independent of the codecs under test).
enum ProtoJSONForm {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    // MARK: Model -> JSON

    static func object(_ batch: NotificationBatch) -> [String: Any] {
        var object: [String: Any] = [:]
        if !batch.notifications.isEmpty { object["notifications"] = batch.notifications.map { self.object($0) } }
        if !batch.cursor.isEmpty { object["cursor"] = batch.cursor }
        if batch.hasMore { object["hasMore"] = true }
        return object
    }

    static func object(_ notification: NotificationMessage) -> [String: Any] {
        var object: [String: Any] = [:]
        func set(_ key: String, _ value: String) { if !value.isEmpty { object[key] = value } }
        set("id", notification.id)
        if notification.kind.rawValue != 0 {
            object["kind"] = notification.kind.protoName ?? Int(notification.kind.rawValue) as Any
        }
        if let createdAt = notification.createdAt { object["createdAt"] = rfc3339(createdAt) }
        set("recipientId", notification.recipientID)
        if let actor = notification.actor {
            object["actor"] = strings(["id": actor.id, "displayName": actor.displayName, "avatarUrl": actor.avatarURL])
        }
        set("title", notification.title)
        set("body", notification.body)
        if let subject = notification.subject {
            object["subject"] = strings(["type": subject.type, "id": subject.id, "parentId": subject.parentID])
        }
        if notification.priority.rawValue != 0 {
            object["priority"] = notification.priority.protoName ?? Int(notification.priority.rawValue) as Any
        }
        if notification.read { object["read"] = true }
        if !notification.data.isEmpty { object["data"] = notification.data }
        if notification.sequence != 0 { object["sequence"] = String(notification.sequence) }
        set("url", notification.url)
        if !notification.tags.isEmpty { object["tags"] = notification.tags }
        return object
    }

    /// One JSON document per line.
    static func lines(_ objects: [[String: Any]]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        for object in objects {
            bytes += try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) + [0x0A]
        }
        return bytes
    }

    private static func strings(_ fields: [String: String]) -> [String: String] {
        fields.filter { !$0.value.isEmpty }
    }

    // MARK: JSON -> model

    /// Parses JSON lines into objects.
    static func objects(fromLines bytes: [UInt8]) throws -> [[String: Any]] {
        try bytes.split(separator: 0x0A).map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw Malformed(description: "a line is not a JSON object")
            }
            return object
        }
    }

    static func batch(_ object: [String: Any]) throws -> NotificationBatch {
        var batch = NotificationBatch()
        for (key, value) in object {
            switch key {
            case "notifications":
                batch.notifications = try (value as? [[String: Any]] ?? []).map { try notification($0) }
            case "cursor": batch.cursor = try string(value, key)
            case "hasMore": batch.hasMore = (value as? Bool) == true
            default: throw Malformed(description: "unknown batch key \(key)")
            }
        }
        return batch
    }

    static func notification(_ object: [String: Any]) throws -> NotificationMessage {
        var message = NotificationMessage()
        for (key, value) in object {
            switch key {
            case "id": message.id = try string(value, key)
            case "kind": message.kind = NotificationKind(rawValue: try enumNumber(value, NotificationKind.init))
            case "createdAt": message.createdAt = try timestamp(try string(value, key))
            case "recipientId": message.recipientID = try string(value, key)
            case "actor":
                let fields = try stringMap(value, key)
                message.actor = NotificationActor(
                    id: fields["id"] ?? "",
                    displayName: fields["displayName"] ?? "",
                    avatarURL: fields["avatarUrl"] ?? ""
                )
            case "title": message.title = try string(value, key)
            case "body": message.body = try string(value, key)
            case "subject":
                let fields = try stringMap(value, key)
                message.subject = NotificationSubject(
                    type: fields["type"] ?? "",
                    id: fields["id"] ?? "",
                    parentID: fields["parentId"] ?? ""
                )
            case "priority":
                message.priority = NotificationPriority(rawValue: try enumNumber(value, NotificationPriority.init))
            case "read": message.read = (value as? Bool) == true
            case "data": message.data = try stringMap(value, key)
            case "sequence":
                guard let sequence = UInt64(try string(value, key)) else { throw Malformed(description: "sequence") }
                message.sequence = sequence
            case "url": message.url = try string(value, key)
            case "tags":
                guard let tags = value as? [String] else { throw Malformed(description: "tags") }
                message.tags = tags
            default: throw Malformed(description: "unknown notification key \(key)")
            }
        }
        return message
    }

    private static func string(_ value: Any, _ key: String) throws -> String {
        guard let text = value as? String else { throw Malformed(description: "\(key) is not a string") }
        return text
    }

    private static func stringMap(_ value: Any, _ key: String) throws -> [String: String] {
        guard let map = value as? [String: String] else { throw Malformed(description: "\(key) is not a map") }
        return map
    }

    private static func enumNumber<E: RawRepresentable>(
        _ value: Any,
        _ named: (String) -> E?
    ) throws -> Int32 where E.RawValue == Int32 {
        if let name = value as? String, let known = named(name) { return known.rawValue }
        if let number = value as? NSNumber, let exact = Int32(exactly: number.int64Value) { return exact }
        throw Malformed(description: "not an enum value: \(value)")
    }

    // MARK: RFC 3339

    /// `2026-01-01T12:02:03.123Z`, with 0, 3, 6 or 9 fraction digits as proto3 JSON writes them.
    static func rfc3339(_ timestamp: Timestamp) -> String {
        let days = timestamp.seconds >= 0 ? timestamp.seconds / 86_400 : (timestamp.seconds - 86_399) / 86_400
        let secondOfDay = timestamp.seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
        text += "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        let nanos = Int64(timestamp.nanos)
        if nanos % 1_000_000_000 == 0 {
        } else if nanos % 1_000_000 == 0 {
            text += "." + pad(nanos / 1_000_000, 3)
        } else if nanos % 1000 == 0 {
            text += "." + pad(nanos / 1000, 6)
        } else {
            text += "." + pad(nanos, 9)
        }
        return text + "Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction]Z` (UTC only, as proto3 JSON writers emit).
    static func timestamp(_ text: String) throws -> Timestamp {
        let scalars = Array(text.utf8)
        func number(_ range: Range<Int>) throws -> Int64 {
            guard range.upperBound <= scalars.count,
                let value = Int64(String(decoding: scalars[range], as: UTF8.self))
            else { throw Malformed(description: "bad time \(text)") }
            return value
        }
        guard scalars.count >= 20, scalars.last == UInt8(ascii: "Z") else { throw Malformed(description: text) }
        let days = daysFromCivil(year: try number(0..<4), month: try number(5..<7), day: try number(8..<10))
        let seconds = days * 86_400 + (try number(11..<13)) * 3600 + (try number(14..<16)) * 60 + (try number(17..<19))
        var nanos: Int64 = 0
        if scalars[19] == UInt8(ascii: ".") {
            let digits = scalars[20..<(scalars.count - 1)]
            nanos = try number(20..<(scalars.count - 1))
            for _ in digits.count..<9 { nanos *= 10 }
        }
        return Timestamp(seconds: seconds, nanos: Int32(nanos))
    }

    /// Howard Hinnant's `civil_from_days`: proleptic Gregorian year, month, day of a day count from 1970-01-01.
    private static func civil(fromDays dayCount: Int64) -> (Int64, Int64, Int64) {
        let shifted = dayCount + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Howard Hinnant's `days_from_civil`.
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
