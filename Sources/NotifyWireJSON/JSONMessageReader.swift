import NotifyWireCore

/// Maps one JSON payload onto the model: the proto3 JSON mapping, read strictly.
///
/// Member names are matched by their bytes, lowerCamelCase or snake_case; `null` leaves a field at its
/// default; a field named twice is an error; unknown members are validated in full and skipped. Errors
/// get their field path as they travel out (`notifications[2].actor.id`), so the happy path builds no
/// path strings.
struct JSONMessageReader {
    /// The scanner over the payload.
    var scanner: JSONScanner

    /// Starts reading `bytes`: checks the size limit, refuses a byte order mark, skips leading whitespace.
    init(bytes: UnsafeRawBufferPointer, limits: DecodingLimits) throws(CodecError) {
        scanner = try JSONScanner(bytes: bytes, limits: limits)
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            throw JSONScanner.error(.malformed, at: 0, "a byte order mark is not allowed before JSON text")
        }
        scanner.skipWhitespace()
    }

    /// Checks that only whitespace follows the value.
    mutating func finish() throws(CodecError) {
        scanner.skipWhitespace()
        guard scanner.isAtEnd else {
            throw JSONScanner.error(
                .trailingBytes,
                at: scanner.position,
                "unexpected \(scanner.describeByte(at: scanner.position)) after the JSON value"
            )
        }
    }

    /// Reads a notification object.
    mutating func readNotification() throws(CodecError) -> NotificationMessage {
        try requireKind(.object)
        var container = try scanner.enterContainer(isObject: true)
        var message = NotificationMessage()
        var seen: UInt32 = 0
        while let name = try scanner.nextMember(of: &container) {
            guard let field: NotificationField = try knownField(name, seen: &seen) else { continue }
            do throws(CodecError) {
                try readValue(of: field, into: &message)
            } catch {
                throw error.prefixingPath(field.jsonName)
            }
        }
        return message
    }

    private mutating func readValue(of field: NotificationField, into message: inout NotificationMessage)
        throws(CodecError)
    {
        switch field {
        case .id: message.id = try readString()
        case .kind:
            message.kind = NotificationKind(rawValue: try readEnum(Self.kindNames, typeName: "Kind"))
        case .createdAt: message.createdAt = try readTimestamp()
        case .recipientID: message.recipientID = try readString()
        case .actor: message.actor = try readActor()
        case .title: message.title = try readString()
        case .body: message.body = try readString()
        case .subject: message.subject = try readSubject()
        case .priority:
            message.priority = NotificationPriority(rawValue: try readEnum(Self.priorityNames, typeName: "Priority"))
        case .read: message.read = try readBoolean()
        case .data: message.data = try readStringMap()
        case .sequence: message.sequence = try readUInt64()
        case .url: message.url = try readString()
        case .tags: message.tags = try readStringArray()
        }
    }

    /// Reads a batch object.
    mutating func readBatch() throws(CodecError) -> NotificationBatch {
        try requireKind(.object)
        var container = try scanner.enterContainer(isObject: true)
        var batch = NotificationBatch()
        var seen: UInt32 = 0
        while let name = try scanner.nextMember(of: &container) {
            guard let field: BatchField = try knownField(name, seen: &seen) else { continue }
            do throws(CodecError) {
                switch field {
                case .notifications: batch.notifications = try readNotificationArray()
                case .cursor: batch.cursor = try readString()
                case .hasMore: batch.hasMore = try readBoolean()
                }
            } catch {
                throw error.prefixingPath(field.jsonName)
            }
        }
        return batch
    }

    private mutating func readNotificationArray() throws(CodecError) -> [NotificationMessage] {
        try requireKind(.array)
        var container = try scanner.enterContainer(isObject: false)
        var notifications: [NotificationMessage] = []
        while try scanner.nextElement(of: &container) {
            do throws(CodecError) {
                notifications.append(try readNotification())
            } catch {
                throw error.prefixingPath("[\(container.count - 1)]")
            }
        }
        return notifications
    }

    private mutating func readActor() throws(CodecError) -> NotificationActor {
        try requireKind(.object)
        var container = try scanner.enterContainer(isObject: true)
        var actor = NotificationActor()
        var seen: UInt32 = 0
        while let name = try scanner.nextMember(of: &container) {
            guard let field: ActorField = try knownField(name, seen: &seen) else { continue }
            do throws(CodecError) {
                switch field {
                case .id: actor.id = try readString()
                case .displayName: actor.displayName = try readString()
                case .avatarURL: actor.avatarURL = try readString()
                }
            } catch {
                throw error.prefixingPath(field.jsonName)
            }
        }
        return actor
    }

    private mutating func readSubject() throws(CodecError) -> NotificationSubject {
        try requireKind(.object)
        var container = try scanner.enterContainer(isObject: true)
        var subject = NotificationSubject()
        var seen: UInt32 = 0
        while let name = try scanner.nextMember(of: &container) {
            guard let field: SubjectField = try knownField(name, seen: &seen) else { continue }
            do throws(CodecError) {
                switch field {
                case .type: subject.type = try readString()
                case .id: subject.id = try readString()
                case .parentID: subject.parentID = try readString()
                }
            } catch {
                throw error.prefixingPath(field.jsonName)
            }
        }
        return subject
    }

    /// Resolves a member name to a known field, refusing a second occurrence. Returns `nil`, with the
    /// value already consumed, for an unknown member (validated and skipped) and for a `null` value.
    private mutating func knownField<Field: JSONField>(
        _ name: JSONStringToken,
        seen: inout UInt32
    ) throws(CodecError) -> Field? {
        let match: Field? =
            name.hasEscapes
            ? scanner.withValue(of: name, Field.named)
            : Field.named(UnsafeRawBufferPointer(rebasing: scanner.bytes[name.content]))
        guard let field = match else {
            do throws(CodecError) {
                try scanner.skipValue()
            } catch {
                throw error.prefixingPath(scanner.string(of: name))
            }
            return nil
        }
        let bit: UInt32 = 1 << UInt32(field.rawValue)
        guard seen & bit == 0 else {
            var error = JSONScanner.error(.duplicateField, at: name.quoteOffset, "the field appears more than once")
            error.path = field.jsonName
            throw error
        }
        seen |= bit
        do throws(CodecError) {
            return try scanner.consumeNull() ? nil : field
        } catch {
            throw error.prefixingPath(field.jsonName)
        }
    }
}
