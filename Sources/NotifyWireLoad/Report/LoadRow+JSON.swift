#if Hummingbird
    import NotifyWireValidation

    extension LoadRow {
        /// The names of the twelve fields every JSON row has, in the order of the issue.
        package static let jsonKeys = [
            "scenario", "transport", "codec", "subscribers", "delivered", "expected", "p50Ms", "p99Ms", "maxMs",
            "serverRssPerConnectionBytes", "serverCpuSeconds", "wireBytesPerNotification",
        ]

        /// The names of the scenario-specific fields, in the order they follow the twelve when present.
        package static let optionalJSONKeys = [
            "clientCpuSeconds", "durationSeconds", "pollRequestsPerSecond", "failedConnects", "duplicates",
            "liveAfterMs", "outageSeconds", "restarted", "replayCovered", "lostAfterResume", "catchUpMs", "fault",
            "nodes", "engine", "publishRoute", "publishedPerSecond", "databaseCpuSeconds",
        ]

        /// The row as one JSON object on one line: the twelve fields of ``jsonKeys`` always (an unknown
        /// measurement is `null`), then those of ``optionalJSONKeys`` that are not `nil` (absent otherwise), in
        /// that fixed order. Decimals are rounded to 3 places; numbers are JSON numbers.
        package var jsonObject: String {
            var fields: [(String, String)] = [
                ("scenario", Self.jsonString(scenario)), ("transport", Self.jsonString(transport)),
                ("codec", Self.jsonString(codec)), ("subscribers", "\(subscribers)"), ("delivered", "\(delivered)"),
                ("expected", "\(expected)"), ("p50Ms", Self.jsonNumber(p50Ms)), ("p99Ms", Self.jsonNumber(p99Ms)),
                ("maxMs", Self.jsonNumber(maxMs)),
                ("serverRssPerConnectionBytes", Self.jsonNumber(serverRssPerConnectionBytes)),
                ("serverCpuSeconds", Self.jsonNumber(serverCpuSeconds)),
                ("wireBytesPerNotification", Self.jsonNumber(wireBytesPerNotification)),
            ]
            let optional: [(String, String?)] = [
                ("clientCpuSeconds", clientCpuSeconds.map { Self.jsonNumber($0) }),
                ("durationSeconds", durationSeconds.map { Self.jsonNumber($0) }),
                ("pollRequestsPerSecond", pollRequestsPerSecond.map { Self.jsonNumber($0) }),
                ("failedConnects", failedConnects.map { "\($0)" }), ("duplicates", duplicates.map { "\($0)" }),
                ("liveAfterMs", liveAfterMs.map { Self.jsonNumber($0) }),
                ("outageSeconds", outageSeconds.map { Self.jsonNumber($0) }),
                ("restarted", restarted.map { "\($0)" }), ("replayCovered", replayCovered.map { "\($0)" }),
                ("lostAfterResume", lostAfterResume.map { "\($0)" }),
                ("catchUpMs", catchUpMs.map { Self.jsonNumber($0) }), ("fault", fault.map { Self.jsonString($0) }),
                ("nodes", nodes.map { "\($0)" }), ("engine", engine.map { Self.jsonString($0) }),
                ("publishRoute", publishRoute.map { Self.jsonString($0) }),
                ("publishedPerSecond", publishedPerSecond.map { Self.jsonNumber($0) }),
                ("databaseCpuSeconds", databaseCpuSeconds.map { Self.jsonNumber($0) }),
            ]
            for (key, value) in optional { if let value { fields.append((key, value)) } }
            return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }

        private static func jsonNumber(_ value: Double?) -> String {
            value.map { LoadNumberFormat.json($0) } ?? "null"
        }

        /// `text` as a JSON string literal (quotes, backslashes and control characters escaped): the validation
        /// layer's ``NotifyWireValidation/JSONValue/quoted(_:)``.
        package static func jsonString(_ text: String) -> String { JSONValue.quoted(text) }
    }
#endif
