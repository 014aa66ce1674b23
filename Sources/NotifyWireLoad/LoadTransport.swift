#if Hummingbird
    /// A transport the load lab drives: what `--transport` names.
    package enum LoadTransport: String, CaseIterable, Sendable, Codable {
        /// Server-Sent Events: `GET /events`, one long response per subscriber.
        case sse
        /// WebSocket: `GET /ws` upgraded, one connection per subscriber.
        case ws
        /// Long-poll: `GET /notifications?wait=…`, re-issued on a keep-alive connection after every response.
        case longPoll = "longpoll"
    }
#endif
