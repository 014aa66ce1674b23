/// A Codable mirror of the notification's canonical JSON shape, for the Foundation
/// `JSONEncoder`/`JSONDecoder` peer (the same type as `notifywire bench`'s baseline). It holds exactly
/// what the canonical JSON holds (enum names, `sequence` and `createdAt` as strings, default fields
/// omitted), so Foundation reads and writes a document of the same shape and size as `JSONCodec`.
struct FoundationMirrorNotification: Codable {
    /// `actor`.
    struct Actor: Codable {
        var id: String?
        var displayName: String?
        var avatarUrl: String?
    }

    /// `subject`.
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
