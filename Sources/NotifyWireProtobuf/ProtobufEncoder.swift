internal import CNotifyWireProto
internal import CProtobufC
import NIOCore
import NotifyWireCore

/// Fills protobuf-c's structs from model values and packs them into a `ByteBuffer`.
///
/// Strings are lent by ``CStringTable`` (the structs point at the Swift strings' own storage), the
/// pointer arrays and sub-structs live in stack-scoped temporary allocations, map entries go in key-byte
/// order (``NotificationMessage/sortedData``), and `protobuf_c_message_pack_to_buffer` appends through
/// ``ProtobufBufferSink`` after the exact size (`get_packed_size`) has been reserved.
///
/// A batch is packed one notification at a time: its field 1 framing (tag `0x0A` and the notification's
/// packed size as a varint, exactly what protobuf-c writes for a repeated message) is written here, each
/// notification is packed by protobuf-c, then the batch's own `cursor` and `has_more` are packed by
/// protobuf-c from a batch struct without notifications. The bytes are those of packing the whole batch
/// at once, but only one notification's strings are lent at a time, which bounds the stack depth.
enum ProtobufEncoder {
    /// The number of fixed string slots in a notification's string table (before tags and data).
    private static let fixedStrings = 11

    /// Packs `notification`; when `batchIndex` is set, as element `batchIndex` of a batch's field 1.
    static func pack(
        _ notification: NotificationMessage,
        batchIndex: Int? = nil,
        into buffer: inout ByteBuffer
    ) throws(CodecError) {
        if let timestamp = notification.createdAt, !timestamp.isValid {
            throw unencodable(
                path(batchIndex, "createdAt"),
                "timestamp \(timestamp.seconds)s \(timestamp.nanos)ns is outside 0001–9999"
            )
        }
        let data = notification.sortedData
        let actor = notification.actor ?? NotificationActor()
        let subject = notification.subject ?? NotificationSubject()
        var strings: [String] = [
            notification.id, notification.recipientID, notification.title, notification.body, notification.url,
            actor.id, actor.displayName, actor.avatarURL, subject.type, subject.id, subject.parentID,
        ]
        strings.reserveCapacity(fixedStrings + notification.tags.count + 2 * data.count)
        strings += notification.tags
        for entry in data {
            strings.append(entry.key)
            strings.append(entry.value)
        }
        let nulIndex = CStringTable.withCStrings(strings) { table in
            packNotification(notification, data: data, strings: table, batchIndex: batchIndex, into: &buffer)
        }
        if let nulIndex {
            throw unencodable(
                path(batchIndex, stringPath(nulIndex, notification: notification, data: data)),
                "the string holds U+0000, which protobuf-c strings cannot carry"
            )
        }
    }

    /// Packs `batch`.
    static func pack(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        for (index, notification) in batch.notifications.enumerated() {
            try pack(notification, batchIndex: index, into: &buffer)
        }
        let nulIndex = CStringTable.withCStrings([batch.cursor]) { table in
            var message = Notify__V1__NotificationBatch()
            notify__v1__notification_batch__init(&message)
            message.cursor = table[0]
            message.has_more = batch.hasMore ? 1 : 0
            let size = notify__v1__notification_batch__get_packed_size(&message)
            buffer.reserveCapacity(minimumWritableBytes: size)
            ProtobufBufferSink.withSink(appendingTo: &buffer) { sink in
                _ = notify__v1__notification_batch__pack_to_buffer(&message, sink)
            }
        }
        if nulIndex != nil {
            throw unencodable("cursor", "the string holds U+0000, which protobuf-c strings cannot carry")
        }
    }

    // MARK: Structs

    private static func packNotification(
        _ notification: NotificationMessage,
        data: [(key: String, value: String)],
        strings: UnsafeBufferPointer<UnsafeMutablePointer<CChar>?>,
        batchIndex: Int?,
        into buffer: inout ByteBuffer
    ) {
        let tagCount = notification.tags.count
        var message = Notify__V1__Notification()
        notify__v1__notification__init(&message)
        message.id = strings[0]
        message.recipient_id = strings[1]
        message.title = strings[2]
        message.body = strings[3]
        message.url = strings[4]
        message.kind = Notify__V1__Kind(rawValue: .init(truncatingIfNeeded: notification.kind.rawValue))
        message.priority = Notify__V1__Priority(rawValue: .init(truncatingIfNeeded: notification.priority.rawValue))
        message.read = notification.read ? 1 : 0
        message.sequence = notification.sequence
        var timestamp = Google__Protobuf__Timestamp()
        google__protobuf__timestamp__init(&timestamp)
        timestamp.seconds = notification.createdAt?.seconds ?? 0
        timestamp.nanos = notification.createdAt?.nanos ?? 0
        var actor = Notify__V1__Actor()
        notify__v1__actor__init(&actor)
        actor.id = strings[5]
        actor.display_name = strings[6]
        actor.avatar_url = strings[7]
        var subject = Notify__V1__Subject()
        notify__v1__subject__init(&subject)
        subject.type = strings[8]
        subject.id = strings[9]
        subject.parent_id = strings[10]

        withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<CChar>?.self, capacity: tagCount) { tags in
            for index in 0..<tagCount { tags[index] = strings[fixedStrings + index] }
            withUnsafeTemporaryAllocation(of: Notify__V1__Notification__DataEntry.self, capacity: data.count) {
                entries in
                withUnsafeTemporaryAllocation(
                    of: UnsafeMutablePointer<Notify__V1__Notification__DataEntry>?.self,
                    capacity: data.count
                ) { entryPointers in
                    let firstEntryString = fixedStrings + tagCount
                    for index in 0..<data.count {
                        var entry = Notify__V1__Notification__DataEntry()
                        notify__v1__notification__data_entry__init(&entry)
                        entry.base.descriptor = MapEntryDescriptor.writingEmptyFields
                        entry.key = strings[firstEntryString + 2 * index]
                        entry.value = strings[firstEntryString + 2 * index + 1]
                        entries[index] = entry
                        entryPointers[index] = entries.baseAddress.map { $0 + index }
                    }
                    message.n_tags = tagCount
                    message.tags = tagCount > 0 ? tags.baseAddress : nil
                    message.n_data = data.count
                    message.data = data.isEmpty ? nil : entryPointers.baseAddress
                    withUnsafeMutablePointer(to: &timestamp) { timestamp in
                        withUnsafeMutablePointer(to: &actor) { actor in
                            withUnsafeMutablePointer(to: &subject) { subject in
                                message.created_at = notification.createdAt == nil ? nil : timestamp
                                message.actor = notification.actor == nil ? nil : actor
                                message.subject = notification.subject == nil ? nil : subject
                                write(&message, framed: batchIndex != nil, into: &buffer)
                            }
                        }
                    }
                }
            }
        }
    }

    private static func write(_ message: inout Notify__V1__Notification, framed: Bool, into buffer: inout ByteBuffer) {
        let size = notify__v1__notification__get_packed_size(&message)
        buffer.reserveCapacity(minimumWritableBytes: size + (framed ? 11 : 0))
        if framed {
            buffer.writeInteger(UInt8(0x0A))  // field 1 (notifications), wire type 2
            var length = UInt64(size)
            while length >= 0x80 {
                buffer.writeInteger(UInt8(truncatingIfNeeded: length) | 0x80)
                length >>= 7
            }
            buffer.writeInteger(UInt8(length))
        }
        ProtobufBufferSink.withSink(appendingTo: &buffer) { sink in
            _ = notify__v1__notification__pack_to_buffer(&message, sink)
        }
    }

    // MARK: Errors

    private static func stringPath(
        _ index: Int,
        notification: NotificationMessage,
        data: [(key: String, value: String)]
    ) -> String {
        let fixed = [
            "id", "recipientId", "title", "body", "url", "actor.id", "actor.displayName", "actor.avatarUrl",
            "subject.type", "subject.id", "subject.parentId",
        ]
        if index < fixed.count { return fixed[index] }
        let tagIndex = index - fixed.count
        if tagIndex < notification.tags.count { return "tags[\(tagIndex)]" }
        let entryIndex = (tagIndex - notification.tags.count) / 2
        guard entryIndex < data.count else { return "data" }
        let isKey = (tagIndex - notification.tags.count) % 2 == 0
        let key = data[entryIndex].key.replacingNUL()
        return isKey ? "data[\(entryIndex)]" : "data[\"\(key)\"]"
    }

    private static func path(_ batchIndex: Int?, _ field: String) -> String {
        guard let batchIndex else { return field }
        return "notifications[\(batchIndex)]." + field
    }

    private static func unencodable(_ path: String, _ message: String) -> CodecError {
        CodecError(.unencodable, format: .protobuf, operation: .encode, path: path, message: message)
    }
}

extension String {
    /// The string with U+0000 shown as `\0`, for error paths.
    fileprivate func replacingNUL() -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == "\u{0}" { result += "\\0" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
