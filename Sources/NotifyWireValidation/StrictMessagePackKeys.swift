internal import CMsgPack

/// What `--strict` adds for MessagePack: every key must be a field's name (lowerCamelCase) or number, and
/// no value may be nil.
///
/// msgpack-c unpacks the payload into its zone, and the keys are compared with
/// ``NotificationSchemaDescription``. Run it only on bytes the codec decoded: the codec's Swift pre-scan
/// has then checked every claimed length and count, so msgpack-c never reserves on an untrusted count.
enum StrictMessagePackKeys {
    /// Every unknown or nil member of the payload, with its path.
    static func issues(in bytes: [UInt8], isBatch: Bool) -> [ValidationIssue] {
        bytes.withUnsafeBufferPointer { buffer -> [ValidationIssue] in
            var unpacked = msgpack_unpacked()
            msgpack_unpacked_init(&unpacked)
            defer { msgpack_unpacked_destroy(&unpacked) }
            var offset = 0
            let status = buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    msgpack_unpack_next(&unpacked, characters, buffer.count, &offset)
                }
            }
            guard status == MSGPACK_UNPACK_SUCCESS else {
                return [
                    ValidationIssue(
                        rule: "strict.unreadable", path: "", message: "msgpack-c cannot re-read the payload")
                ]
            }
            let root = isBatch ? NotificationSchemaDescription.batch : NotificationSchemaDescription.notification
            var found: [ValidationIssue] = []
            walk(unpacked.data, as: root, path: "", into: &found)
            return found
        }
    }

    private static func walk(
        _ object: msgpack_object, as message: SchemaMessageDescription, path: String,
        into found: inout [ValidationIssue]
    ) {
        guard object.type == MSGPACK_OBJECT_MAP else { return }
        let entries = UnsafeBufferPointer(start: object.via.map.ptr, count: Int(object.via.map.size))
        for entry in entries {
            let key = entry.key
            var field: SchemaFieldDescription?
            var keyText = ""
            if key.type == MSGPACK_OBJECT_STR {
                let bytes = UnsafeRawBufferPointer(start: key.via.str.ptr, count: Int(key.via.str.size))
                keyText = String(decoding: bytes, as: UTF8.self)
                field = message.field(jsonName: keyText)
            } else if key.type == MSGPACK_OBJECT_POSITIVE_INTEGER {
                keyText = String(key.via.u64)
                field = message.fields.first { UInt64($0.number) == key.via.u64 }
            } else {
                keyText = "<key of another type>"
            }
            let memberPath = path.isEmpty ? keyText : path + "." + keyText
            guard let field else {
                found.append(
                    ValidationIssue(
                        rule: "strict.unknownField", path: memberPath, message: "is not a field of \(message.fullName)")
                )
                continue
            }
            let value = entry.val
            if value.type == MSGPACK_OBJECT_NIL {
                found.append(
                    ValidationIssue(rule: "strict.null", path: memberPath, message: "must not be nil; omit the field"))
                continue
            }
            guard case .message(let typeName) = field.type,
                let nested = NotificationSchemaDescription.message(named: typeName)
            else { continue }
            let fieldPath = path.isEmpty ? field.jsonName : path + "." + field.jsonName
            if field.isRepeated, value.type == MSGPACK_OBJECT_ARRAY {
                let elements = UnsafeBufferPointer(start: value.via.array.ptr, count: Int(value.via.array.size))
                for (index, element) in elements.enumerated() {
                    walk(element, as: nested, path: "\(fieldPath)[\(index)]", into: &found)
                }
            } else {
                walk(value, as: nested, path: fieldPath, into: &found)
            }
        }
    }
}
