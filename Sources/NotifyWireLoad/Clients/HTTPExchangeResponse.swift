#if Hummingbird
    import NIOCore

    /// The response to an ``HTTPExchange``: its status and body.
    struct HTTPExchangeResponse: Sendable {
        /// The status code.
        var status: Int
        /// The body.
        var body: ByteBuffer
    }
#endif
