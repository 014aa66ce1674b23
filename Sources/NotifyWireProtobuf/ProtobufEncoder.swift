internal import CNotifyWireProto
internal import CProtobufC
import NIOCore
import NotifyWireCore

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Fills protobuf-c's structs from model values and packs them into a `ByteBuffer`.
///
/// Strings are lent by ``CStringTable`` (the structs point at the Swift strings' own storage), the
/// pointer arrays and sub-structs live in stack-scoped temporary allocations, map entries go in key-byte
/// order (sorted in place by key bytes, the order of ``NotificationMessage/sortedData``), and
/// `protobuf_c_message_pack_to_buffer` appends through ``ProtobufBufferSink`` into memory reserved once
/// at the writer index: an upper bound of the packed size computed from the string lengths, so that
/// `get_packed_size` is only needed for a batch's length prefixes (or should the bound ever fall short).
///
/// A batch is packed one notification at a time: its field 1 framing (tag `0x0A` and the notification's
/// packed size as a varint, exactly what protobuf-c writes for a repeated message) is written here, each
/// notification is packed by protobuf-c, then the batch's own `cursor` and `has_more` are packed by
/// protobuf-c from a batch struct without notifications. The bytes are those of packing the whole batch
/// at once, but only one notification's strings are lent at a time, which bounds the stack depth.
enum ProtobufEncoder {
    /// The number of fixed string slots in a notification's string table (before tags and data).
    private static let fixedStrings = CStringTable.fixedStrings

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
        let scalars = Scalars(notification)
        var fixed = CStringTable.fixedStrings(of: notification)
        let lent = CStringTable.withCStrings(fixed: &fixed, tags: notification.tags, data: notification.data) {
            table, stringBytes in
            packNotification(scalars, strings: table, stringBytes: stringBytes, batchIndex: batchIndex, into: &buffer)
        }
        guard !lent else { return }
        // A string holds U+0000: packed from copies holding the substitute, which then becomes 0x00 again.
        let start = buffer.writerIndex
        _ = CStringTable.withCStrings(
            fixed: &fixed, tags: notification.tags, data: notification.data, substitutingNUL: true
        ) { table, stringBytes in
            packNotification(scalars, strings: table, stringBytes: stringBytes, batchIndex: batchIndex, into: &buffer)
        }
        // A batch's element is written with its field 1 framing: the bytes of a batch holding only it.
        guard ProtobufNULSubstitution.restore(in: &buffer, from: start, as: batchIndex == nil ? .notification : .batch)
        else { throw nulError(in: notification, batchIndex: batchIndex) }
    }

    /// Packs `batch`.
    static func pack(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        for (index, notification) in batch.notifications.enumerated() {
            try pack(notification, batchIndex: index, into: &buffer)
        }
        let start = buffer.writerIndex
        let cursorLength = batch.cursor.utf8.count
        let hasMore = batch.hasMore
        let lent = batch.cursor.withCString { cursor in
            guard strlen(cursor) == cursorLength else { return false }
            packBatchFields(cursor: cursor, length: cursorLength, hasMore: hasMore, into: &buffer)
            return true
        }
        guard !lent else { return }
        // The cursor holds U+0000: packed from a copy holding the substitute (see ProtobufNULSubstitution).
        var substituted = batch.cursor.utf8.map { $0 == 0 ? ProtobufNULSubstitution.substitute : $0 }
        substituted.append(0)
        substituted.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let cursor = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            packBatchFields(cursor: cursor, length: cursorLength, hasMore: hasMore, into: &buffer)
        }
        guard ProtobufNULSubstitution.restore(in: &buffer, from: start, as: .batch) else {
            throw unencodable("cursor", "the packed cursor does not scan")
        }
    }

    /// Packs a batch's own fields (`cursor`, `has_more`) after its notifications.
    private static func packBatchFields(
        cursor: UnsafePointer<CChar>,
        length: Int,
        hasMore: Bool,
        into buffer: inout ByteBuffer
    ) {
        var message = Notify__V1__NotificationBatch()
        notify__v1__notification_batch__init(&message)
        message.cursor = UnsafeMutablePointer(mutating: cursor)
        message.has_more = hasMore ? 1 : 0
        write(&message, bound: length + 16, into: &buffer) { message, sink in
            _ = notify__v1__notification_batch__pack_to_buffer(message, sink)
        } exactSize: { message in
            notify__v1__notification_batch__get_packed_size(message)
        }
    }

    // MARK: Structs

    /// The values of a notification other than its strings: plain values that closures capture without
    /// retaining anything.
    private struct Scalars {
        let kind: Int32
        let priority: Int32
        let read: Bool
        let sequence: UInt64
        let createdAt: Timestamp?
        let hasActor: Bool
        let hasSubject: Bool
        let tagCount: Int
        let dataCount: Int

        /// Reads the values field by field: handing the whole notification to a function would copy it.
        @inline(__always)
        init(_ notification: borrowing NotificationMessage) {
            kind = notification.kind.rawValue
            priority = notification.priority.rawValue
            read = notification.read
            sequence = notification.sequence
            createdAt = notification.createdAt
            if case .some = notification.actor { hasActor = true } else { hasActor = false }
            if case .some = notification.subject { hasSubject = true } else { hasSubject = false }
            tagCount = notification.tags.count
            dataCount = notification.data.count
        }
    }

    private static func packNotification(
        _ notification: Scalars,
        strings: UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>,
        stringBytes: Int,
        batchIndex: Int?,
        into buffer: inout ByteBuffer
    ) {
        let tagCount = notification.tagCount
        let dataCount = notification.dataCount
        guard let table = strings.baseAddress, strings.count >= fixedStrings + tagCount + 2 * dataCount else {
            return
        }
        var message = Notify__V1__Notification()
        notify__v1__notification__init(&message)
        message.id = table[0]
        message.recipient_id = table[1]
        message.title = table[2]
        message.body = table[3]
        message.url = table[4]
        message.kind = Notify__V1__Kind(rawValue: .init(truncatingIfNeeded: notification.kind))
        message.priority = Notify__V1__Priority(rawValue: .init(truncatingIfNeeded: notification.priority))
        message.read = notification.read ? 1 : 0
        message.sequence = notification.sequence
        var timestamp = Google__Protobuf__Timestamp()
        google__protobuf__timestamp__init(&timestamp)
        timestamp.seconds = notification.createdAt?.seconds ?? 0
        timestamp.nanos = notification.createdAt?.nanos ?? 0
        var actor = Notify__V1__Actor()
        notify__v1__actor__init(&actor)
        actor.id = table[5]
        actor.display_name = table[6]
        actor.avatar_url = table[7]
        var subject = Notify__V1__Subject()
        notify__v1__subject__init(&subject)
        subject.type = table[8]
        subject.id = table[9]
        subject.parent_id = table[10]
        message.n_tags = tagCount
        message.tags = tagCount > 0 ? table + fixedStrings : nil
        // An upper bound of the packed size: every string with a 1-byte tag and a 5-byte length, every map
        // entry with its own framing, and room for the scalars and sub-message framings.
        let bound = stringBytes + 6 * strings.count + 6 * dataCount + 128

        let entryHeader = ProtobufCMessage(
            descriptor: MapEntryDescriptor.writingEmptyFields, n_unknown_fields: 0, unknown_fields: nil)
        withUnsafeTemporaryAllocation(of: Notify__V1__Notification__DataEntry.self, capacity: dataCount) { entries in
            withUnsafeTemporaryAllocation(
                of: UnsafeMutablePointer<Notify__V1__Notification__DataEntry>?.self,
                capacity: dataCount
            ) { entryPointers in
                let firstEntryString = fixedStrings + tagCount
                for index in 0..<min(dataCount, entries.count, entryPointers.count) {
                    entries.initializeElement(
                        at: index,
                        to: Notify__V1__Notification__DataEntry(
                            base: entryHeader,
                            key: table[firstEntryString + 2 * index],
                            value: table[firstEntryString + 2 * index + 1]
                        )
                    )
                    entryPointers[index] = entries.baseAddress.map { $0 + index }
                }
                sortByKey(entryPointers)
                message.n_data = dataCount
                message.data = dataCount == 0 ? nil : entryPointers.baseAddress
                withUnsafeMutablePointer(to: &timestamp) { timestamp in
                    withUnsafeMutablePointer(to: &actor) { actor in
                        withUnsafeMutablePointer(to: &subject) { subject in
                            message.created_at = notification.createdAt == nil ? nil : timestamp
                            message.actor = notification.hasActor ? actor : nil
                            message.subject = notification.hasSubject ? subject : nil
                            write(&message, bound: bound, framed: batchIndex != nil, into: &buffer)
                        }
                    }
                }
            }
        }
    }

    /// Sorts map entries by the bytes of their keys (a key that is a prefix of another comes first, and a
    /// substitute for U+0000 sorts as 0x00), the order `protoc` and every codec here use.
    private static func sortByKey(
        _ entries: UnsafeMutableBufferPointer<UnsafeMutablePointer<Notify__V1__Notification__DataEntry>?>
    ) {
        func precedes(
            _ lhs: UnsafeMutablePointer<Notify__V1__Notification__DataEntry>?,
            _ rhs: UnsafeMutablePointer<Notify__V1__Notification__DataEntry>?
        ) -> Bool {
            guard let lhsKey = lhs?.pointee.key, let rhsKey = rhs?.pointee.key else { return false }
            return ProtobufNULSubstitution.precedes(lhsKey, rhsKey)
        }
        guard entries.count > 16 else {
            // Insertion sort: no allocation, and the fastest for the few entries a notification carries.
            var index = 1
            while index < entries.count {
                let moving = entries[index]
                var slot = index
                while slot > 0, precedes(moving, entries[slot - 1]) {
                    entries[slot] = entries[slot - 1]
                    slot -= 1
                }
                entries[slot] = moving
                index += 1
            }
            return
        }
        var sorted = entries
        sorted.sort(by: precedes)
    }

    /// Packs `message` after its batch framing when `framed`, into memory reserved once.
    private static func write(
        _ message: inout Notify__V1__Notification,
        bound: Int,
        framed: Bool,
        into buffer: inout ByteBuffer
    ) {
        guard framed else {
            write(&message, bound: bound, into: &buffer) { message, sink in
                _ = notify__v1__notification__pack_to_buffer(message, sink)
            } exactSize: { message in
                notify__v1__notification__get_packed_size(message)
            }
            return
        }
        // The length prefix needs the exact size.
        let size = notify__v1__notification__get_packed_size(&message)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 11) { header in
            header[0] = 0x0A  // field 1 (notifications), wire type 2
            var count = 1
            var length = UInt64(size)
            while length >= 0x80, count < header.count {
                header[count] = UInt8(truncatingIfNeeded: length) | 0x80
                length >>= 7
                count += 1
            }
            header[min(count, header.count - 1)] = UInt8(truncatingIfNeeded: length)
            count += 1
            _ = withUnsafeMutablePointer(to: &message) { message in
                ProtobufBufferSink.write(
                    into: &buffer,
                    reserving: count + size,
                    prefix: UnsafeRawBufferPointer(start: header.baseAddress, count: min(count, header.count))
                ) { sink in
                    _ = notify__v1__notification__pack_to_buffer(message, sink)
                }
            }
        }
    }

    /// Packs `message` into `bound` reserved bytes, or, should `bound` be too small, into its exact size.
    private static func write<Message>(
        _ message: inout Message,
        bound: Int,
        into buffer: inout ByteBuffer,
        pack: (UnsafePointer<Message>, UnsafeMutablePointer<ProtobufCBuffer>) -> Void,
        exactSize: (UnsafePointer<Message>) -> Int
    ) {
        withUnsafePointer(to: &message) { message in
            if ProtobufBufferSink.write(into: &buffer, reserving: bound, { sink in pack(message, sink) }) { return }
            _ = ProtobufBufferSink.write(into: &buffer, reserving: exactSize(message)) { sink in pack(message, sink) }
        }
    }

    // MARK: Errors

    /// The error for the first string of `notification` (in the order of the fields, then the tags,
    /// then the map entries sorted by key) that holds U+0000, should its packed bytes not scan (they
    /// always do: this is a guard, not a path input reaches).
    private static func nulError(in notification: NotificationMessage, batchIndex: Int?) -> CodecError {
        let message = "the string holds U+0000 and its packed bytes do not scan"
        let fixed = [
            "id", "recipientId", "title", "body", "url", "actor.id", "actor.displayName", "actor.avatarUrl",
            "subject.type", "subject.id", "subject.parentId",
        ]
        let strings = CStringTable.fixedStrings(of: notification)
        for (slot, name) in fixed.enumerated() where slot < strings.count && strings[slot].utf8.contains(0) {
            return unencodable(path(batchIndex, name), message)
        }
        for (index, tag) in notification.tags.enumerated() where tag.utf8.contains(0) {
            return unencodable(path(batchIndex, "tags[\(index)]"), message)
        }
        for (index, entry) in notification.sortedData.enumerated() {
            if entry.key.utf8.contains(0) { return unencodable(path(batchIndex, "data[\(index)]"), message) }
            if entry.value.utf8.contains(0) {
                return unencodable(path(batchIndex, "data[\"\(entry.key)\"]"), message)
            }
        }
        return unencodable(path(batchIndex, "data"), message)
    }

    private static func path(_ batchIndex: Int?, _ field: String) -> String {
        guard let batchIndex else { return field }
        return "notifications[\(batchIndex)]." + field
    }

    private static func unencodable(_ path: String, _ message: String) -> CodecError {
        CodecError(.unencodable, format: .protobuf, operation: .encode, path: path, message: message)
    }
}
