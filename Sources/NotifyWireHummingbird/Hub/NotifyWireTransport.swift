#if Hummingbird
    /// The transport a subscriber uses, as named in metrics labels (`transport="sse"`).
    public struct NotifyWireTransport: Hashable, Sendable, CustomStringConvertible {
        /// The metrics label value: `sse`, `ws` or `longpoll`.
        public let name: String

        /// Server-Sent Events (`GET /events`).
        public static let sse = NotifyWireTransport(name: "sse")
        /// WebSocket (`GET /ws`).
        public static let webSocket = NotifyWireTransport(name: "ws")
        /// A held long-poll (`GET /notifications?wait=`).
        public static let longPoll = NotifyWireTransport(name: "longpoll")
        /// Every transport, in the order above.
        public static let all: [NotifyWireTransport] = [.sse, .webSocket, .longPoll]

        /// The label value.
        public var description: String { name }
    }
#endif
