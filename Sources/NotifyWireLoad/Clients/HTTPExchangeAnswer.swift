#if Hummingbird
    import NIOCore

    /// The answer to an ``HTTPExchange``: its status and body.
    struct HTTPExchangeAnswer: Sendable {
        /// The status code.
        var status: Int
        /// The body.
        var body: ByteBuffer
    }
#endif
