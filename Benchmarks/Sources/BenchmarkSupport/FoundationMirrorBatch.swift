/// The Codable mirror of a batch's canonical JSON shape.
struct FoundationMirrorBatch: Codable {
    var notifications: [FoundationMirrorNotification]?
    var cursor: String?
    var hasMore: Bool?
}
