internal import CMsgPack
import NotifyWireCore

/// Walks the object tree msgpack-c unpacked (already checked by ``MessagePackPreScanner``) into the model.
///
/// Keys in either style are accepted key by key; unknown keys are skipped whatever they hold; a known key
/// appearing twice (by name, by number, or once each) is `.duplicateField`; nil for a known field means
/// the field's default (an absent sub-message or timestamp, an empty string, 0, false, no entries).
enum MessagePackTreeReader {
    typealias Failure = MessagePackDecodeFailure

    /// Reads a batch map (`notifications`, `cursor`, `hasMore` or keys 1, 2, 3).
    static func batch(_ object: msgpack_object) throws(Failure) -> NotificationBatch {
        var batch = NotificationBatch()
        try forEachField(of: object, in: .batch) { (field, value) throws(Failure) in
            switch field.number {
            case 1:
                let elements = try array(value)
                batch.notifications.reserveCapacity(elements.count)
                for index in elements.indices {
                    do throws(Failure) {
                        batch.notifications.append(try notification(elements[index]))
                    } catch {
                        throw error.inside(.element(index), .index(index))
                    }
                }
            case 2: batch.cursor = try string(value)
            default: batch.hasMore = try bool(value)
            }
        }
        return batch
    }

    /// Reads a notification map.
    static func notification(_ object: msgpack_object) throws(Failure) -> NotificationMessage {
        var message = NotificationMessage()
        try forEachField(of: object, in: .notification) { (field, value) throws(Failure) in
            switch field.number {
            case 1: message.id = try string(value)
            case 2: message.kind = NotificationKind(rawValue: try enumNumber(value))
            case 3: message.createdAt = try timestamp(value)
            case 4: message.recipientID = try string(value)
            case 5: message.actor = try actor(value)
            case 6: message.title = try string(value)
            case 7: message.body = try string(value)
            case 8: message.subject = try subject(value)
            case 9: message.priority = NotificationPriority(rawValue: try enumNumber(value))
            case 10: message.read = try bool(value)
            case 11: message.data = try stringMap(value)
            case 12: message.sequence = try unsigned(value)
            case 13: message.url = try string(value)
            default: message.tags = try stringArray(value)
            }
        }
        return message
    }

    private static func actor(_ object: msgpack_object) throws(Failure) -> NotificationActor {
        var actor = NotificationActor()
        try forEachField(of: object, in: .actor) { (field, value) throws(Failure) in
            switch field.number {
            case 1: actor.id = try string(value)
            case 2: actor.displayName = try string(value)
            default: actor.avatarURL = try string(value)
            }
        }
        return actor
    }

    private static func subject(_ object: msgpack_object) throws(Failure) -> NotificationSubject {
        var subject = NotificationSubject()
        try forEachField(of: object, in: .subject) { (field, value) throws(Failure) in
            switch field.number {
            case 1: subject.type = try string(value)
            case 2: subject.id = try string(value)
            default: subject.parentID = try string(value)
            }
        }
        return subject
    }

    /// Calls `body` with each known field of a map and its value, in the map's order, skipping unknown
    /// keys and nil values, and rejecting a known field seen twice.
    private static func forEachField(
        of object: msgpack_object,
        in schema: MessagePackSchema,
        _ body: (MessagePackField, msgpack_object) throws(Failure) -> Void
    ) throws(Failure) {
        guard object.type == MSGPACK_OBJECT_MAP else {
            throw Failure(.typeMismatch, "expected a map, found \(describe(object))")
        }
        let entries = UnsafeBufferPointer(start: object.via.map.ptr, count: Int(object.via.map.size))
        var seen: UInt32 = 0
        for index in entries.indices {
            guard let field = schema.field(forKey: entries[index].key) else { continue }
            let bit: UInt32 = 1 << UInt32(field.number)
            guard seen & bit == 0 else {
                throw Failure(.duplicateField, "the field appears twice in one map")
                    .inside(.mapKey(index), .field(field.pathName))
            }
            seen |= bit
            let value = entries[index].val
            if value.type == MSGPACK_OBJECT_NIL { continue }
            do throws(Failure) {
                try body(field, value)
            } catch {
                throw error.inside(.mapValue(index), .field(field.pathName))
            }
        }
    }

    private static func string(_ object: msgpack_object) throws(Failure) -> String {
        guard object.type == MSGPACK_OBJECT_STR else {
            throw Failure(.typeMismatch, "expected a string, found \(describe(object))")
        }
        let bytes = UnsafeRawBufferPointer(start: object.via.str.ptr, count: Int(object.via.str.size))
        guard let text = MessagePackUTF8.string(bytes) else {
            throw Failure(.invalidUTF8, "the string is not valid UTF-8")
        }
        return text
    }

    private static func bool(_ object: msgpack_object) throws(Failure) -> Bool {
        guard object.type == MSGPACK_OBJECT_BOOLEAN else {
            throw Failure(.typeMismatch, "expected a boolean, found \(describe(object))")
        }
        return object.via.boolean
    }

    private static func enumNumber(_ object: msgpack_object) throws(Failure) -> Int32 {
        if object.type == MSGPACK_OBJECT_POSITIVE_INTEGER {
            guard let number = Int32(exactly: object.via.u64) else {
                throw Failure(.invalidValue, "the enum number \(object.via.u64) does not fit in 32 bits")
            }
            return number
        }
        if object.type == MSGPACK_OBJECT_NEGATIVE_INTEGER {
            guard let number = Int32(exactly: object.via.i64) else {
                throw Failure(.invalidValue, "the enum number \(object.via.i64) does not fit in 32 bits")
            }
            return number
        }
        throw Failure(.typeMismatch, "expected an integer, found \(describe(object))")
    }

    private static func unsigned(_ object: msgpack_object) throws(Failure) -> UInt64 {
        if object.type == MSGPACK_OBJECT_POSITIVE_INTEGER { return object.via.u64 }
        if object.type == MSGPACK_OBJECT_NEGATIVE_INTEGER {
            throw Failure(.invalidValue, "the negative number \(object.via.i64) is not an unsigned integer")
        }
        throw Failure(.typeMismatch, "expected an unsigned integer, found \(describe(object))")
    }

    private static func timestamp(_ object: msgpack_object) throws(Failure) -> Timestamp {
        guard object.type == MSGPACK_OBJECT_EXT, object.via.ext.type == -1 else {
            throw Failure(.typeMismatch, "expected a timestamp extension (type -1), found \(describe(object))")
        }
        let bytes = UnsafeRawBufferPointer(start: object.via.ext.ptr, count: Int(object.via.ext.size))
        return try MessagePackTimestamp.decode(bytes)
    }

    private static func array(_ object: msgpack_object) throws(Failure) -> UnsafeBufferPointer<msgpack_object> {
        guard object.type == MSGPACK_OBJECT_ARRAY else {
            throw Failure(.typeMismatch, "expected an array, found \(describe(object))")
        }
        return UnsafeBufferPointer(start: object.via.array.ptr, count: Int(object.via.array.size))
    }

    private static func stringArray(_ object: msgpack_object) throws(Failure) -> [String] {
        let elements = try array(object)
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for index in elements.indices {
            do throws(Failure) {
                strings.append(try string(elements[index]))
            } catch {
                throw error.inside(.element(index), .index(index))
            }
        }
        return strings
    }

    /// Reads `data`: a map of str to str; a key appearing twice is `.duplicateField`.
    private static func stringMap(_ object: msgpack_object) throws(Failure) -> [String: String] {
        guard object.type == MSGPACK_OBJECT_MAP else {
            throw Failure(.typeMismatch, "expected a map, found \(describe(object))")
        }
        let entries = UnsafeBufferPointer(start: object.via.map.ptr, count: Int(object.via.map.size))
        var result = [String: String](minimumCapacity: entries.count)
        for index in entries.indices {
            let key: String
            do throws(Failure) {
                key = try string(entries[index].key)
            } catch {
                throw error.inside(.mapKey(index), nil)
            }
            let value: String
            do throws(Failure) {
                value = try string(entries[index].val)
            } catch {
                throw error.inside(.mapValue(index), .key(key))
            }
            guard result.updateValue(value, forKey: key) == nil else {
                throw Failure(.duplicateField, "the key appears twice in data").inside(.mapKey(index), .key(key))
            }
        }
        return result
    }

    /// `a string`, `an integer`, … for error messages.
    static func describe(_ object: msgpack_object) -> String {
        switch object.type {
        case MSGPACK_OBJECT_NIL: "nil"
        case MSGPACK_OBJECT_BOOLEAN: "a boolean"
        case MSGPACK_OBJECT_POSITIVE_INTEGER, MSGPACK_OBJECT_NEGATIVE_INTEGER: "an integer"
        case MSGPACK_OBJECT_FLOAT32, MSGPACK_OBJECT_FLOAT64: "a float"
        case MSGPACK_OBJECT_STR: "a string"
        case MSGPACK_OBJECT_ARRAY: "an array"
        case MSGPACK_OBJECT_MAP: "a map"
        case MSGPACK_OBJECT_BIN: "binary data"
        case MSGPACK_OBJECT_EXT: "an extension value of type \(object.via.ext.type)"
        default: "an unknown value"
        }
    }
}
