#if Hummingbird
    import NIOCore
    import NIOHTTP1
    import NIOPosix
    import Synchronization

    /// One keep-alive HTTP/1.1 connection to the server, opened on first use and again after it failed (the
    /// server may be restarted): the publisher's connection, and the reader of `GET /metrics`.
    ///
    /// Use it from one task at a time: each request waits for its response.
    final class LoadHTTPClient: Sendable {
        private let group: any EventLoopGroup
        private let host: String
        private let port: Int
        private let channel = Mutex<(any Channel)?>(nil)

        /// A client of `host:port` on `group`.
        init(group: any EventLoopGroup, host: String, port: Int) {
            self.group = group
            self.host = host
            self.port = port
        }

        /// Sends a request and returns its response; `nil` when the connection failed or no response came within
        /// `timeout` (the connection is then dropped and the next request opens a new one).
        func send(
            _ method: HTTPMethod, _ uri: String, contentType: String? = nil, body: ByteBuffer? = nil,
            timeout: TimeAmount = .seconds(10)
        ) async -> HTTPExchangeResponse? {
            guard let channel = await connectedChannel() else { return nil }
            var headers = HTTPHeaders()
            headers.add(name: "Host", value: "\(host):\(port)")
            if let contentType { headers.add(name: "Content-Type", value: contentType) }
            if let body { headers.add(name: "Content-Length", value: String(body.readableBytes)) }
            let head = HTTPRequestHead(version: .http1_1, method: method, uri: uri, headers: headers)
            let response = channel.eventLoop.makePromise(of: HTTPExchangeResponse.self)
            let deadline = channel.eventLoop.scheduleTask(in: timeout) {
                response.fail(HTTPExchangeFailure("no response in time"))
            }
            channel.writeAndFlush(HTTPExchange(head: head, body: body, response: response), promise: nil)
            do {
                let result = try await response.futureResult.get()
                deadline.cancel()
                return result
            } catch {
                deadline.cancel()
                drop(channel)
                return nil
            }
        }

        /// Closes the connection.
        func close() async {
            let current = channel.withLock { channel in
                defer { channel = nil }
                return channel
            }
            try? await current?.close()
        }

        private func connectedChannel() async -> (any Channel)? {
            if let current = channel.withLock({ $0 }), current.isActive { return current }
            let opened = try? await ClientBootstrap(group: group)
                .connectTimeout(.seconds(5))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        try channel.pipeline.syncOperations.addHandler(HTTPExchangeHandler())
                    }
                }
                .connect(host: host, port: port).get()
            channel.withLock { $0 = opened }
            return opened
        }

        private func drop(_ failed: any Channel) {
            channel.withLock { current in
                if let existing = current, existing === failed { current = nil }
            }
            failed.close(promise: nil)
        }
    }
#endif
