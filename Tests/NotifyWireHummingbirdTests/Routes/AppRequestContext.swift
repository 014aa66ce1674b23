#if Hummingbird
    import Hummingbird
    import HummingbirdWebSocket
    import NIOCore
    import NotifyWireHummingbird

    /// An app's own request context adopting ``NotifyWireRequestContext``: the README's example, verbatim between
    /// the markers (`ReadmeExampleTests` compares them), and the context of the route tests' `.appOwn` case, so
    /// the routes are shown to work with it exactly as with ``BasicNotifyWireRequestContext``.
    // README block 7 begins
    struct AppRequestContext: NotifyWireRequestContext {
        var coreContext: CoreRequestContextStorage
        var identity: NotifyWireIdentity?  // set by the authenticator
        let channel: any Channel  // the connection: client gone, heartbeats, deadlines
        let webSocket = WebSocketHandlerReference<Self>()  // the upgrade of GET /ws
        init(source: ApplicationRequestContextSource) {
            (coreContext, channel) = (.init(source: source), source.channel)
        }
    }
// README block 7 ends
#endif
