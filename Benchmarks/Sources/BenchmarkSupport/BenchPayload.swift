import NotifyWire

/// What one suite encodes and decodes: one notification or one batch of the built-in corpus.
public enum BenchPayload {
    case notification(NotificationMessage)
    case batch(NotificationBatch)

    /// The payload of a suite: `minimal`, `typical`, `large` (Schemas/vectors/) or `batch100`
    /// (100 notifications shaped like `typical`).
    public static func named(_ name: String) -> BenchPayload? {
        switch name {
        case "minimal": .notification(SampleCorpus.minimal)
        case "typical": .notification(SampleCorpus.typical)
        case "large": .notification(SampleCorpus.large)
        case "batch100": .batch(SampleCorpus.typicalBatch(count: 100))
        default: nil
        }
    }

    /// The payload encoded with `codec` into a new array (setup only, never timed).
    func encoded(with codec: some NotificationCodec) throws -> [UInt8] {
        switch self {
        case .notification(let notification): try codec.encodedBytes(notification)
        case .batch(let batch): try codec.encodedBytes(batch)
        }
    }

    var isBatch: Bool {
        if case .batch = self { return true }
        return false
    }

    /// Strings of the payload longer than 15 UTF-8 bytes (Swift stores up to 15 inline, without a malloc):
    /// the decode allocation budget is this count plus 2 per message.
    var longStringCount: Int {
        func count(_ message: NotificationMessage) -> Int {
            var strings = [message.id, message.recipientID, message.title, message.body, message.url] + message.tags
            if let actor = message.actor { strings += [actor.id, actor.displayName, actor.avatarURL] }
            if let subject = message.subject { strings += [subject.type, subject.id, subject.parentID] }
            for (key, value) in message.data { strings += [key, value] }
            return strings.filter { $0.utf8.count > 15 }.count
        }
        switch self {
        case .notification(let notification): return count(notification)
        case .batch(let batch): return batch.notifications.map(count).reduce(batch.cursor.utf8.count > 15 ? 1 : 0, +)
        }
    }
}
