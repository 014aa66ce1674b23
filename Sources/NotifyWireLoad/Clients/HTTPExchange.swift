#if Hummingbird
    import NIOCore
    import NIOHTTP1

    /// One request of the publisher's HTTP/1.1 client and the promise of its response.
    struct HTTPExchange: Sendable {
        /// The request head.
        var head: HTTPRequestHead
        /// The request body, if any.
        var body: ByteBuffer?
        /// Fulfilled with the response, failed when the connection fails first.
        var response: EventLoopPromise<HTTPExchangeResponse>
    }
#endif
