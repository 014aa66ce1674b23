#if Hummingbird
    public import Hummingbird
    public import NIOCore

    /// A request context that knows its connection's channel.
    ///
    /// The routes use the channel to notice a client that goes away during a held long-poll without reading the
    /// connection's request stream, so that the connection stays open for the next request (keep-alive); with a
    /// context that does not conform, a held long-poll watches the request stream instead, and Hummingbird then
    /// closes the connection after the answer.
    public protocol NotifyWireChannelContext: RequestContext {
        /// The connection's channel.
        var channel: any Channel { get }
    }

    /// The request context for the HTTP router of ``Hummingbird/Router/addNotifyWireRoutes(hub:)``: the basic
    /// context plus the connection's channel, so that long-polls keep their connection (see
    /// ``NotifyWireChannelContext``). Use it with `Router(context: NotifyWireRequestContext.self)`.
    public struct NotifyWireRequestContext: NotifyWireChannelContext {
        /// The core context storage.
        public var coreContext: CoreRequestContextStorage
        /// The connection's channel.
        public let channel: any Channel

        /// Creates the context of a request arriving on `source.channel`.
        public init(source: ApplicationRequestContextSource) {
            self.coreContext = .init(source: source)
            self.channel = source.channel
        }
    }
#endif
