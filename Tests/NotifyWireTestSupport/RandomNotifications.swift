public import NotifyWireCore

/// Seeded random notifications covering every field, unicode, empty and extreme values.
public enum RandomNotifications {
    private static let alphabet: [String] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "ß", "€",
        "日", "本", "🚀", "👩‍💻", "\u{2028}", "\u{FEFF}", "<", "&", "'",
    ]

    /// A random string of 0 to `maxLength` characters drawn from ASCII, control characters, escapes and
    /// multi-byte UTF-8.
    public static func string(maxLength: Int = 24, using generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...maxLength, using: &generator)
        var text = ""
        for _ in 0..<length {
            text += alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
        }
        return text
    }

    /// A random valid timestamp, sometimes at the limits of the valid range.
    public static func timestamp(using generator: inout SeededGenerator) -> Timestamp {
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: return .min
        case 1: return .max
        case 2: return Timestamp(seconds: 0)
        default:
            let nanos: Int32
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: nanos = 0
            case 1: nanos = Int32.random(in: 0..<1000, using: &generator) * 1_000_000
            case 2: nanos = Int32.random(in: 0..<1_000_000, using: &generator) * 1000
            default: nanos = Int32.random(in: 0..<1_000_000_000, using: &generator)
            }
            return Timestamp(
                seconds: Int64.random(in: Timestamp.validSecondsRange, using: &generator),
                nanos: nanos
            )
        }
    }

    /// A random notification; each field is set or left at its default at random.
    public static func notification(using generator: inout SeededGenerator) -> NotificationMessage {
        func maybe(_ generator: inout SeededGenerator) -> Bool { Bool.random(using: &generator) }
        var value = NotificationMessage()
        if maybe(&generator) { value.id = string(using: &generator) }
        if maybe(&generator) {
            value.kind = NotificationKind(rawValue: Int32.random(in: -2...9, using: &generator))
        }
        if maybe(&generator) { value.createdAt = timestamp(using: &generator) }
        if maybe(&generator) { value.recipientID = string(using: &generator) }
        if maybe(&generator) {
            value.actor = NotificationActor(
                id: string(using: &generator),
                displayName: string(using: &generator),
                avatarURL: string(using: &generator)
            )
        }
        if maybe(&generator) { value.title = string(maxLength: 80, using: &generator) }
        if maybe(&generator) { value.body = string(maxLength: 400, using: &generator) }
        if maybe(&generator) {
            value.subject = NotificationSubject(
                type: string(using: &generator),
                id: string(using: &generator),
                parentID: string(using: &generator)
            )
        }
        if maybe(&generator) {
            value.priority = NotificationPriority(rawValue: Int32.random(in: -1...7, using: &generator))
        }
        value.read = maybe(&generator)
        if maybe(&generator) {
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                value.data[string(maxLength: 10, using: &generator)] = string(using: &generator)
            }
        }
        if maybe(&generator) {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: value.sequence = .max
            case 1: value.sequence = 1
            default: value.sequence = UInt64.random(in: 0...UInt64.max, using: &generator)
            }
        }
        if maybe(&generator) { value.url = string(using: &generator) }
        if maybe(&generator) {
            value.tags = (0..<Int.random(in: 0...5, using: &generator)).map { _ in string(using: &generator) }
        }
        return value
    }

    /// A random batch of up to `maxCount` notifications.
    public static func batch(maxCount: Int = 6, using generator: inout SeededGenerator) -> NotificationBatch {
        NotificationBatch(
            notifications: (0..<Int.random(in: 0...maxCount, using: &generator)).map { _ in
                notification(using: &generator)
            },
            cursor: Bool.random(using: &generator) ? string(using: &generator) : "",
            hasMore: Bool.random(using: &generator)
        )
    }
}
