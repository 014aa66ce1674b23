internal import CNotifyWireProto
internal import CProtobufC

/// What `--strict` adds for Protocol Buffers: no unknown field numbers, at any depth.
///
/// protobuf-c keeps the fields it does not know in each message's `unknown_fields`, so the committed
/// generated code lists them without any change to the codec. Run it only on bytes the codec decoded
/// (they passed its limits and checks), so that protobuf-c sees well-formed, bounded input.
enum StrictProtobufFields {
    /// Every unknown field of the payload, with the path of the message holding it.
    static func issues(in bytes: [UInt8], isBatch: Bool) -> [ValidationIssue] {
        bytes.withUnsafeBufferPointer { buffer -> [ValidationIssue] in
            var found: [ValidationIssue] = []
            if isBatch {
                guard let batch = notify__v1__notification_batch__unpack(nil, buffer.count, buffer.baseAddress) else {
                    return [unreadable]
                }
                defer { notify__v1__notification_batch__free_unpacked(batch, nil) }
                unknown(in: &batch.pointee.base, path: "", into: &found)
                for index in 0..<batch.pointee.n_notifications {
                    guard let notification = batch.pointee.notifications[index] else { continue }
                    walk(notification, path: "notifications[\(index)]", into: &found)
                }
            } else {
                guard let notification = notify__v1__notification__unpack(nil, buffer.count, buffer.baseAddress) else {
                    return [unreadable]
                }
                defer { notify__v1__notification__free_unpacked(notification, nil) }
                walk(notification, path: "", into: &found)
            }
            return found
        }
    }

    private static let unreadable = ValidationIssue(
        rule: "strict.unreadable", path: "", message: "protobuf-c cannot re-read the payload")

    private static func walk(
        _ notification: UnsafeMutablePointer<Notify__V1__Notification>, path: String,
        into found: inout [ValidationIssue]
    ) {
        unknown(in: &notification.pointee.base, path: path, into: &found)
        let prefix = path.isEmpty ? "" : path + "."
        if let actor = notification.pointee.actor {
            unknown(in: &actor.pointee.base, path: prefix + "actor", into: &found)
        }
        if let subject = notification.pointee.subject {
            unknown(in: &subject.pointee.base, path: prefix + "subject", into: &found)
        }
        if let createdAt = notification.pointee.created_at {
            unknown(in: &createdAt.pointee.base, path: prefix + "createdAt", into: &found)
        }
        for index in 0..<notification.pointee.n_data {
            guard let entry = notification.pointee.data[index] else { continue }
            unknown(in: &entry.pointee.base, path: prefix + "data", into: &found)
        }
    }

    private static func unknown(in base: inout ProtobufCMessage, path: String, into found: inout [ValidationIssue]) {
        guard base.n_unknown_fields > 0, let fields = base.unknown_fields else { return }
        for index in 0..<Int(base.n_unknown_fields) {
            let number = fields[index].tag
            found.append(
                ValidationIssue(
                    rule: "strict.unknownField", path: path,
                    message: "field number \(number) is not a field of the schema"))
        }
    }
}
