/// The fields of `notify.v1.Notification`, numbered as in the `.proto`.
enum NotificationField: UInt8 {
    case id = 1, kind, createdAt, recipientID, actor, title, body, subject, priority, read, data, sequence, url, tags

    /// Matches a member name, lowerCamelCase or snake_case, by its bytes.
    static func named(_ name: UnsafeRawBufferPointer) -> NotificationField? {
        switch name.count {
        case 2: return name.isName("id") ? .id : nil
        case 3: return name.isName("url") ? .url : nil
        case 4:
            if name.isName("kind") { return .kind }
            if name.isName("body") { return .body }
            if name.isName("read") { return .read }
            if name.isName("data") { return .data }
            if name.isName("tags") { return .tags }
            return nil
        case 5:
            if name.isName("actor") { return .actor }
            if name.isName("title") { return .title }
            return nil
        case 7: return name.isName("subject") ? .subject : nil
        case 8:
            if name.isName("priority") { return .priority }
            if name.isName("sequence") { return .sequence }
            return nil
        case 9: return name.isName("createdAt") ? .createdAt : nil
        case 10: return name.isName("created_at") ? .createdAt : nil
        case 11: return name.isName("recipientId") ? .recipientID : nil
        case 12: return name.isName("recipient_id") ? .recipientID : nil
        default: return nil
        }
    }

    /// The lowerCamelCase JSON name, used in error paths.
    var jsonName: String {
        switch self {
        case .id: "id"
        case .kind: "kind"
        case .createdAt: "createdAt"
        case .recipientID: "recipientId"
        case .actor: "actor"
        case .title: "title"
        case .body: "body"
        case .subject: "subject"
        case .priority: "priority"
        case .read: "read"
        case .data: "data"
        case .sequence: "sequence"
        case .url: "url"
        case .tags: "tags"
        }
    }
}
