import NotifyWireCore

/// An upper bound of the encoded size, so that the encoder reserves buffer space once instead of growing
/// it piece by piece while msgpack-c's packer writes.
///
/// Each string counts its UTF-8 bytes plus the largest str header (5 bytes), each key the longest name
/// plus its header, each integer or boolean 9 bytes, a timestamp 15 bytes, each container header 5 bytes.
enum MessagePackSizeBound {
    private static let key = 16
    private static let scalar = 9
    private static let header = 5

    /// The bound for `batch`.
    static func of(_ batch: NotificationBatch) -> Int {
        var size = header + 3 * key + header + string(batch.cursor) + scalar
        for notification in batch.notifications { size += of(notification) }
        return size
    }

    /// The bound for `notification`.
    static func of(_ notification: NotificationMessage) -> Int {
        var size = header + 14 * key + 5 * scalar + 15
        size += string(notification.id) + string(notification.recipientID) + string(notification.title)
        size += string(notification.body) + string(notification.url)
        if let actor = notification.actor {
            size += header + 3 * key + string(actor.id) + string(actor.displayName) + string(actor.avatarURL)
        }
        if let subject = notification.subject {
            size += header + 3 * key + string(subject.type) + string(subject.id) + string(subject.parentID)
        }
        size += header
        for (key, value) in notification.data { size += string(key) + string(value) }
        size += header
        for tag in notification.tags { size += string(tag) }
        return size
    }

    private static func string(_ value: String) -> Int {
        value.utf8.count + header
    }
}
