#if Hummingbird
    import Foundation
    import NotifyWireCore
    import NotifyWireJSON
    import NotifyWireTestSupport
    import Testing

    /// Notifications the end-to-end tests publish, and their JSON form for the Python clients.
    enum TestNotifications {
        /// `count` seeded random notifications (every field, unicode, extremes) for `recipient`, without a
        /// sequence (the server assigns it).
        static func random(count: Int, recipient: String, seed: UInt64) -> [NotificationMessage] {
            var generator = SeededGenerator(seed: seed)
            return (0..<count).map { _ in
                var notification = withoutNUL(RandomNotifications.notification(using: &generator))
                notification.recipientID = recipient
                notification.sequence = 0
                return notification
            }
        }

        /// `notification` with U+0000 removed from every string. Every codec carries U+0000 now (issue #23); the
        /// end-to-end tests keep their strings free of it so that the clients they drive (curl, Python, Chromium)
        /// print and compare them as plain text.
        static func withoutNUL(_ notification: NotificationMessage) -> NotificationMessage {
            func clean(_ text: String) -> String { text.replacingOccurrences(of: "\u{0}", with: "") }
            var value = notification
            value.id = clean(value.id)
            value.title = clean(value.title)
            value.body = clean(value.body)
            value.url = clean(value.url)
            value.tags = value.tags.map(clean)
            value.data = Dictionary(value.data.map { (clean($0.key), clean($0.value)) }) { first, _ in first }
            if let actor = value.actor {
                value.actor = NotificationActor(
                    id: clean(actor.id), displayName: clean(actor.displayName), avatarURL: clean(actor.avatarURL))
            }
            if let subject = value.subject {
                value.subject = NotificationSubject(
                    type: clean(subject.type), id: clean(subject.id), parentID: clean(subject.parentID))
            }
            return value
        }

        /// A simple notification for `recipient`.
        static func simple(_ id: String, recipient: String) -> NotificationMessage {
            var notification = SampleCorpus.typical
            notification.id = id
            notification.recipientID = recipient
            notification.sequence = 0
            return notification
        }

        /// One canonical JSON document per line.
        static func jsonLines(_ notifications: [NotificationMessage]) throws -> [UInt8] {
            var lines: [UInt8] = []
            for notification in notifications {
                lines += try JSONCodec().encodedBytes(notification)
                lines.append(UInt8(ascii: "\n"))
            }
            return lines
        }

        /// A notification carried in a Python report (base64 of its proto3 JSON text, see `serve_common.carried`),
        /// decoded with NotifyWire's JSON codec.
        static func decode(_ carried: Any?) throws -> NotificationMessage {
            try JSONCodec().decodeNotification(from: try bytes(carried))
        }

        /// A batch carried in a Python report, decoded with NotifyWire's JSON codec.
        static func decodeBatch(_ carried: Any?) throws -> NotificationBatch {
            try JSONCodec().decodeBatch(from: try bytes(carried))
        }

        /// The JSON text of a carried notification or batch.
        static func bytes(_ carried: Any?) throws -> [UInt8] {
            let text = try #require(carried as? String, "not a carried document: \(String(describing: carried))")
            let data = try #require(Data(base64Encoded: text), "not base64: \(text)")
            return [UInt8](data)
        }

        /// The notifications under `key` of each event object in `events` (`[{"notification": {...}}]`).
        static func decodeEvents(_ events: Any?, key: String = "notification") throws -> [NotificationMessage] {
            let events = try #require(events as? [[String: Any]], "not a list of events")
            return try events.map { try decode($0[key]) }
        }

        /// A list of proto3 JSON objects from a Python report, each decoded with NotifyWire's JSON codec.
        static func decodeList(_ list: Any?) throws -> [NotificationMessage] {
            let list = try #require(list as? [Any], "not a list")
            return try list.map { try decode($0) }
        }

        /// `notifications` as stored by a server that assigned sequences from `first` on.
        static func stored(_ notifications: [NotificationMessage], from first: UInt64) -> [NotificationMessage] {
            notifications.enumerated().map { index, notification in
                var stored = notification
                stored.sequence = first + UInt64(index)
                return stored
            }
        }
    }
#endif
