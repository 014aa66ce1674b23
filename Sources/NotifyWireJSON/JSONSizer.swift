import NotifyWireCore

/// Computes the exact length of the canonical JSON of a value, so that the encoder reserves once and
/// writes in one pass. Mirrors ``JSONWriter`` rule for rule.
enum JSONSizer {
    /// The length of the canonical JSON of `notification`.
    static func size(of notification: NotificationMessage) -> Int {
        var size = 2  // {}
        var members = 0
        func member(_ nameLength: Int, _ valueLength: Int) {
            size += nameLength + 3 + valueLength  // "name":value
            members += 1
        }
        if !notification.id.isEmpty { member(2, stringSize(notification.id)) }
        if notification.kind.rawValue != 0 {
            member(4, enumSize(name: notification.kind.protoName, number: notification.kind.rawValue))
        }
        if let createdAt = notification.createdAt { member(9, RFC3339Writer.length(of: createdAt)) }
        if !notification.recipientID.isEmpty { member(11, stringSize(notification.recipientID)) }
        if let actor = notification.actor { member(5, Self.size(of: actor)) }
        if !notification.title.isEmpty { member(5, stringSize(notification.title)) }
        if !notification.body.isEmpty { member(4, stringSize(notification.body)) }
        if let subject = notification.subject { member(7, Self.size(of: subject)) }
        if notification.priority.rawValue != 0 {
            member(8, enumSize(name: notification.priority.protoName, number: notification.priority.rawValue))
        }
        if notification.read { member(4, 4) }
        if !notification.data.isEmpty {
            var dataSize = 2 + notification.data.count - 1  // {} and commas
            for (key, value) in notification.data {
                dataSize += stringSize(key) + 1 + stringSize(value)
            }
            member(4, dataSize)
        }
        if notification.sequence != 0 { member(8, decimalLength(of: notification.sequence) + 2) }
        if !notification.url.isEmpty { member(3, stringSize(notification.url)) }
        if !notification.tags.isEmpty {
            var tagsSize = 2 + notification.tags.count - 1
            for tag in notification.tags {
                tagsSize += stringSize(tag)
            }
            member(4, tagsSize)
        }
        return size + max(members - 1, 0)
    }

    /// The length of the canonical JSON of `batch`.
    static func size(of batch: NotificationBatch) -> Int {
        var size = 2
        var members = 0
        if !batch.notifications.isEmpty {
            size += 13 + 3 + 2 + batch.notifications.count - 1
            for notification in batch.notifications {
                size += self.size(of: notification)
            }
            members += 1
        }
        if !batch.cursor.isEmpty {
            size += 6 + 3 + stringSize(batch.cursor)
            members += 1
        }
        if batch.hasMore {
            size += 7 + 3 + 4
            members += 1
        }
        return size + max(members - 1, 0)
    }

    private static func size(of actor: NotificationActor) -> Int {
        var size = 2
        var members = 0
        if !actor.id.isEmpty {
            size += 2 + 3 + stringSize(actor.id)
            members += 1
        }
        if !actor.displayName.isEmpty {
            size += 11 + 3 + stringSize(actor.displayName)
            members += 1
        }
        if !actor.avatarURL.isEmpty {
            size += 9 + 3 + stringSize(actor.avatarURL)
            members += 1
        }
        return size + max(members - 1, 0)
    }

    private static func size(of subject: NotificationSubject) -> Int {
        var size = 2
        var members = 0
        if !subject.type.isEmpty {
            size += 4 + 3 + stringSize(subject.type)
            members += 1
        }
        if !subject.id.isEmpty {
            size += 2 + 3 + stringSize(subject.id)
            members += 1
        }
        if !subject.parentID.isEmpty {
            size += 8 + 3 + stringSize(subject.parentID)
            members += 1
        }
        return size + max(members - 1, 0)
    }

    /// The length of an enum value: its quoted name, or its number.
    static func enumSize(name: String?, number: Int32) -> Int {
        if let name { return name.utf8.count + 2 }
        return decimalLength(of: UInt64(number.magnitude)) + (number < 0 ? 1 : 0)
    }

    /// The length of `string` quoted and minimally escaped.
    static func stringSize(_ string: String) -> Int {
        JSONWriter.withUTF8(of: string) { bytes in
            var size = bytes.count + 2
            var index = PlainByteScanner.endOfPlainRun(in: bytes, from: 0, stopAtNonASCII: false)
            while index < bytes.count {
                switch bytes[index] {
                case 0x08, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "\\"): size += 1
                default: size += 5
                }
                index = PlainByteScanner.endOfPlainRun(in: bytes, from: index + 1, stopAtNonASCII: false)
            }
            return size
        }
    }

    /// The number of decimal digits of `value`.
    static func decimalLength(of value: UInt64) -> Int {
        var length = 1
        var rest = value / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        return length
    }
}
