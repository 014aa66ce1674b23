#if Hummingbird
    import Hummingbird
    import HummingbirdWebSocket
    import NIOCore
    import NotifyWireHummingbird

    /// An app's own request context adopting ``NotifyWireRequestContext``, as the README shows it: the routes must
    /// work with it exactly as with ``BasicNotifyWireRequestContext``.
    struct AppRequestContext: NotifyWireRequestContext {
        var coreContext: CoreRequestContextStorage
        var identity: NotifyWireIdentity?
        let channel: any Channel
        let webSocket = WebSocketHandlerReference<Self>()
        /// Something of the app's own, set by its middleware.
        var tenant: String?

        init(source: ApplicationRequestContextSource) {
            (coreContext, channel) = (.init(source: source), source.channel)
        }
    }
#endif
