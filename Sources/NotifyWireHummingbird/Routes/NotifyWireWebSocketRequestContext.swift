#if Hummingbird
    public import Hummingbird
    public import HummingbirdWebSocket
    public import NIOCore

    /// The request context of the WebSocket router that ``HummingbirdCore/HTTPServerBuilder/notifyWire(hub:)``
    /// builds: the basic WebSocket context plus the connection's channel, which is closed at once when the
    /// subscriber is dropped as a slow consumer (its socket is full, so not even a close frame could be sent).
    public struct NotifyWireWebSocketRequestContext: NotifyWireChannelContext, WebSocketRequestContext {
        /// The core context storage.
        public var coreContext: CoreRequestContextStorage
        /// The WebSocket handler reference of the upgrade.
        public let webSocket: WebSocketHandlerReference<Self>
        /// The connection's channel.
        public let channel: any Channel

        /// Creates the context of a request arriving on `source.channel`.
        public init(source: ApplicationRequestContextSource) {
            self.coreContext = .init(source: source)
            self.webSocket = .init()
            self.channel = source.channel
        }
    }
#endif
