#if Hummingbird
    public import Hummingbird
    public import HummingbirdAuth
    public import HummingbirdWebSocket
    public import NIOCore

    /// The request context that ``NotifyWireRoutes`` need: an authenticated ``NotifyWireIdentity`` (set by an
    /// authenticator middleware), the connection's channel, and the WebSocket upgrade's handler reference.
    ///
    /// The channel lets an SSE stream or a held long-poll notice its client leaving, and tick heartbeats and
    /// deadlines, on the connection's event loop instead of in tasks of their own (less memory per connection),
    /// and keeps the connection for the next request. Use ``BasicNotifyWireRequestContext``, or add the three
    /// stored properties to your app's own context:
    ///
    /// ```swift
    /// struct AppRequestContext: NotifyWireRequestContext {
    ///     var coreContext: CoreRequestContextStorage
    ///     var identity: NotifyWireIdentity?
    ///     let channel: any Channel
    ///     let webSocket = WebSocketHandlerReference<Self>()
    ///     init(source: ApplicationRequestContextSource) {
    ///         (coreContext, channel) = (.init(source: source), source.channel)
    ///     }
    /// }
    /// ```
    public protocol NotifyWireRequestContext: AuthRequestContext, WebSocketRequestContext
    where Identity == NotifyWireIdentity {
        /// The connection's channel.
        var channel: any Channel { get }
    }

    /// The request context for a router serving ``NotifyWireRoutes``: Hummingbird's basic context plus the
    /// identity, the channel and the WebSocket handler reference. Use it with
    /// `Router(context: BasicNotifyWireRequestContext.self)`.
    public struct BasicNotifyWireRequestContext: NotifyWireRequestContext {
        /// The core context storage.
        public var coreContext: CoreRequestContextStorage
        /// The identity an authenticator middleware found, or `nil`.
        public var identity: NotifyWireIdentity?
        /// The connection's channel.
        public let channel: any Channel
        /// The WebSocket handler reference of an upgrade.
        public let webSocket: WebSocketHandlerReference<Self>

        /// Creates the context of a request arriving on `source.channel`.
        public init(source: ApplicationRequestContextSource) {
            self.coreContext = .init(source: source)
            self.identity = nil
            self.channel = source.channel
            self.webSocket = .init()
        }
    }
#endif
