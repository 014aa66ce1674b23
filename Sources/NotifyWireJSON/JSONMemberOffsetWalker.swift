import NotifyWireCore

/// Walks a JSON notification or batch that has already decoded, recording where each member value starts,
/// keyed by the field path the validator reports (`id`, `actor.avatarUrl`, `data["k"]`, `tags[2]`,
/// `notifications[1].actor.id`; the empty path is the root object).
///
/// It reads with the codec's own ``JSONScanner`` and follows the schema: member names are matched as the
/// decoder matches them (lowerCamelCase or snake_case, escapes decoded), so a snake_case name is recorded
/// under its lowerCamelCase path. Unknown members are skipped and not recorded. Recursion follows the
/// schema's fixed nesting; anything deeper is skipped iteratively by the scanner.
struct JSONMemberOffsetWalker {
    /// The shape the schema gives a value.
    enum Shape {
        case notification, batch, actor, subject, stringMap, stringArray, notificationArray, scalar
    }

    /// The scanner over the payload.
    var scanner: JSONScanner
    /// The offset of the first byte of each value found so far, by path.
    var offsets: [String: Int] = [:]

    /// Starts walking `bytes` under `limits`.
    init(bytes: UnsafeRawBufferPointer, limits: DecodingLimits) throws(CodecError) {
        scanner = try JSONScanner(bytes: bytes, limits: limits)
        scanner.skipWhitespace()
    }

    /// Records the value at the scanner's position under `path` and walks it as `shape`; a value of another
    /// JSON type than the shape expects (such as `null`) is recorded and skipped.
    mutating func walkValue(at path: String, as shape: Shape) throws(CodecError) {
        offsets[path] = scanner.position
        let kind = try scanner.valueKind()
        switch (shape, kind) {
        case (.notification, .object):
            try walkMembers(NotificationField.self, path: path) { field in Self.shape(of: field) }
        case (.batch, .object):
            try walkMembers(BatchField.self, path: path) { field in
                field == .notifications ? .notificationArray : .scalar
            }
        case (.actor, .object):
            try walkMembers(ActorField.self, path: path) { _ in .scalar }
        case (.subject, .object):
            try walkMembers(SubjectField.self, path: path) { _ in .scalar }
        case (.stringMap, .object):
            var container = try scanner.enterContainer(isObject: true)
            while let name = try scanner.nextMember(of: &container) {
                try walkValue(at: path + "[\"" + scanner.string(of: name) + "\"]", as: .scalar)
            }
        case (.stringArray, .array), (.notificationArray, .array):
            let elementShape: Shape = shape == .notificationArray ? .notification : .scalar
            var container = try scanner.enterContainer(isObject: false)
            while try scanner.nextElement(of: &container) {
                try walkValue(at: path + "[\(container.count - 1)]", as: elementShape)
            }
        default:
            try scanner.skipValue()
        }
    }

    /// Walks the members of an object, recording known fields under `path.jsonName` and skipping the rest.
    private mutating func walkMembers<Field: JSONField>(
        _ fieldType: Field.Type, path: String, shape: (Field) -> Shape
    ) throws(CodecError) {
        var container = try scanner.enterContainer(isObject: true)
        while let name = try scanner.nextMember(of: &container) {
            let match: Field? =
                name.hasEscapes
                ? scanner.withValue(of: name, Field.named)
                : Field.named(UnsafeRawBufferPointer(rebasing: scanner.bytes[name.content]))
            guard let field = match else {
                try scanner.skipValue()
                continue
            }
            try walkValue(at: path.isEmpty ? field.jsonName : path + "." + field.jsonName, as: shape(field))
        }
    }

    private static func shape(of field: NotificationField) -> Shape {
        switch field {
        case .actor: .actor
        case .subject: .subject
        case .data: .stringMap
        case .tags: .stringArray
        default: .scalar
        }
    }
}
