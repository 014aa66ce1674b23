internal import CNotifyWireProto
internal import CProtobufC
import NotifyWireCore

/// Copies protobuf-c's unpacked structs into model values (the structs live in an arena that is released
/// right after). With `restoringNUL`, the input went through ``ProtobufNULSubstitution`` and every
/// substitute byte in a string becomes U+0000 again.
enum ProtobufModelReader {
    /// The batch held by `batch`.
    static func batch(
        from batch: UnsafePointer<Notify__V1__NotificationBatch>,
        restoringNUL: Bool
    ) throws(CodecError) -> NotificationBatch {
        var result = NotificationBatch(
            cursor: string(batch.pointee.cursor, restoringNUL), hasMore: batch.pointee.has_more != 0)
        let count = batch.pointee.n_notifications
        if count > 0, let notifications = batch.pointee.notifications {
            result.notifications.reserveCapacity(count)
            for index in 0..<count {
                guard let notification = notifications[index] else { continue }
                result.notifications.append(
                    try self.notification(from: notification, index: index, restoringNUL: restoringNUL))
            }
        }
        return result
    }

    /// The notification held by `message`; `index` is its position in a batch, for error paths.
    static func notification(
        from message: UnsafePointer<Notify__V1__Notification>,
        index: Int?,
        restoringNUL: Bool
    ) throws(CodecError) -> NotificationMessage {
        let c = message.pointee
        func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String { Self.string(pointer, restoringNUL) }
        var result = NotificationMessage(
            id: string(c.id),
            kind: NotificationKind(rawValue: Int32(truncatingIfNeeded: c.kind.rawValue)),
            recipientID: string(c.recipient_id),
            title: string(c.title),
            body: string(c.body),
            priority: NotificationPriority(rawValue: Int32(truncatingIfNeeded: c.priority.rawValue)),
            read: c.read != 0,
            sequence: c.sequence,
            url: string(c.url)
        )
        if let timestamp = c.created_at {
            let value = Timestamp(seconds: timestamp.pointee.seconds, nanos: timestamp.pointee.nanos)
            guard value.isValid else {
                throw CodecError(
                    .invalidValue,
                    format: .protobuf,
                    operation: .decode,
                    path: (index.map { "notifications[\($0)]." } ?? "") + "createdAt",
                    message: "the timestamp is outside 0001–9999"
                )
            }
            result.createdAt = value
        }
        if let actor = c.actor {
            result.actor = NotificationActor(
                id: string(actor.pointee.id),
                displayName: string(actor.pointee.display_name),
                avatarURL: string(actor.pointee.avatar_url)
            )
        }
        if let subject = c.subject {
            result.subject = NotificationSubject(
                type: string(subject.pointee.type),
                id: string(subject.pointee.id),
                parentID: string(subject.pointee.parent_id)
            )
        }
        if c.n_tags > 0, let tags = c.tags {
            result.tags.reserveCapacity(c.n_tags)
            for index in 0..<c.n_tags { result.tags.append(string(tags[index])) }
        }
        if c.n_data > 0, let entries = c.data {
            result.data.reserveCapacity(c.n_data)
            for index in 0..<c.n_data {
                guard let entry = entries[index] else { continue }
                // Later entries win, as for a repeated key in any protobuf map.
                result.data[string(entry.pointee.key)] = string(entry.pointee.value)
            }
        }
        return result
    }

    private static func string(_ pointer: UnsafeMutablePointer<CChar>?, _ restoringNUL: Bool) -> String {
        guard let pointer else { return "" }
        return restoringNUL ? ProtobufNULSubstitution.restoredString(pointer) : String(cString: pointer)
    }
}
