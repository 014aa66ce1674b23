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
                var notification = RandomNotifications.notification(using: &generator)
                notification.recipientID = recipient
                notification.sequence = 0
                return notification
            }
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

        /// A proto3 JSON object from a Python report, decoded with NotifyWire's JSON codec.
        static func decode(_ object: Any?) throws -> NotificationMessage {
            let object = try #require(object as? [String: Any], "not a JSON object: \(String(describing: object))")
            let data = try JSONSerialization.data(withJSONObject: object)
            return try JSONCodec().decodeNotification(from: [UInt8](data))
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
