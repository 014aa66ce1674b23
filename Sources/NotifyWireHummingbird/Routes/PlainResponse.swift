#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import NIOCore

    /// Small, uniform answers of the routes.
    enum PlainResponse {
        /// A `text/plain` answer of one line.
        static func text(_ status: HTTPResponse.Status, _ sentence: String) -> Response {
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(
                status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: sentence + "\n")))
        }

        /// 401 with `WWW-Authenticate: Bearer`.
        static func unauthorized() -> Response {
            var response = text(.unauthorized, "a valid bearer token is required")
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }

        /// A body of `bytes` with `contentType`.
        static func bytes(_ status: HTTPResponse.Status, contentType: String, _ body: ByteBuffer) -> Response {
            var headers = HTTPFields()
            headers[.contentType] = contentType
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
        }
    }
#endif
