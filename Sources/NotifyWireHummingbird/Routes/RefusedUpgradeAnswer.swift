#if Hummingbird
    import Hummingbird
    import NIOCore
    import NIOHTTP1

    /// Writes a refused WebSocket upgrade's answer (status, `text/plain` sentence) straight to the connection
    /// and closes it, before hummingbird-websocket would answer an empty 400.
    enum RefusedUpgradeAnswer {
        static func write(_ response: Response, to channel: any Channel) {
            let status = HTTPResponseStatus(statusCode: Int(response.status.code))
            let sentence =
                status == .unauthorized
                ? "a valid bearer token is required\n" : "the recipient query parameter is required\n"
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
            headers.add(name: "Content-Length", value: String(sentence.utf8.count))
            headers.add(name: "Connection", value: "close")
            if status == .unauthorized { headers.add(name: "WWW-Authenticate", value: "Bearer") }
            let head = HTTPResponseHead(version: .http1_1, status: status, headers: headers)
            channel.eventLoop.execute {
                channel.write(HTTPServerResponsePart.head(head), promise: nil)
                channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: sentence))), promise: nil)
                channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in
                    channel.close(promise: nil)
                }
            }
        }
    }
#endif
