#if Hummingbird
    public import Hummingbird
    public import HTTPTypes
    import NIOCore

    /// The error the NotifyWire routes throw to refuse a request: its status, extra header fields, and one
    /// sentence that says what was wrong, answered as a `text/plain` body by the router (as Hummingbird answers
    /// any `HTTPResponseError`), so that the app's middleware sees it on its way out.
    public struct NotifyWireHTTPError: HTTPResponseError, CustomStringConvertible {
        /// The status of the response.
        public var status: HTTPResponse.Status
        /// Header fields added to the response (`WWW-Authenticate`, `Upgrade`).
        public var headers: HTTPFields
        /// What was wrong, one sentence: the response body (with a final line feed).
        public var message: String

        /// Creates an error answered with `status` and `message`.
        public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
            self.status = status
            self.message = message
            self.headers = headers
        }

        /// 401 with `WWW-Authenticate: Bearer`.
        public static let unauthorized = NotifyWireHTTPError(
            .unauthorized, "a valid bearer token is required", headers: [.wwwAuthenticate: "Bearer"])

        /// 401 for a held long-poll whose credential expired while it waited.
        public static let credentialExpired = NotifyWireHTTPError(
            .unauthorized, "the token expired: reconnect with a fresh one and the same cursor",
            headers: [.wwwAuthenticate: #"Bearer error="invalid_token""#])

        /// `status code: message`.
        public var description: String { "\(status.code): \(message)" }

        /// The `text/plain` response: `message` and a line feed, not to be cached.
        public func response(from request: Request, context: some RequestContext) throws -> Response {
            response
        }

        /// The `text/plain` response, for places without a request (a refused WebSocket upgrade).
        var response: Response {
            var fields = headers
            fields[.contentType] = "text/plain; charset=utf-8"
            fields[.cacheControl] = "no-store"
            return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }

        /// The body: `message` and a line feed.
        var body: String { message + "\n" }
    }
#endif
