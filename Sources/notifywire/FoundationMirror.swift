import NotifyWire

/// Codable mirrors of the JSON shape, for the Foundation `JSONEncoder`/`JSONDecoder` baseline of
/// `notifywire bench`. They hold exactly what the canonical JSON holds (enum names, `sequence` and
/// `createdAt` as strings, optional fields omitted when default), so that Foundation writes and reads a
/// document of the same shape and size as `JSONCodec`. The bench fills them by decoding `JSONCodec`'s
/// output once, so both sides carry exactly the same text.
struct FoundationMirrorNotification: Codable {
    struct Actor: Codable {
        var id: String?
        var displayName: String?
        var avatarUrl: String?
    }

    struct Subject: Codable {
        var type: String?
        var id: String?
        var parentId: String?
    }

    var id: String?
    var kind: String?
    var createdAt: String?
    var recipientId: String?
    var actor: Actor?
    var title: String?
    var body: String?
    var subject: Subject?
    var priority: String?
    var read: Bool?
    var data: [String: String]?
    var sequence: String?
    var url: String?
    var tags: [String]?
}

/// The Codable mirror of a batch.
struct FoundationMirrorBatch: Codable {
    var notifications: [FoundationMirrorNotification]?
    var cursor: String?
    var hasMore: Bool?
}
