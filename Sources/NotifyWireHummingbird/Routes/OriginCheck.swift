#if Hummingbird
    import Hummingbird
    import HTTPTypes

    /// Refuses, with 403, a request whose `Origin` is neither the server's own nor one of the allowed origins
    /// (``NotifyWireServerConfiguration/allowedOrigins``): the defence against cross-site WebSocket hijacking
    /// and cross-site reads once credentials travel in cookies. A request without `Origin` is not from a
    /// browser's cross-origin context and passes.
    ///
    /// A refused WebSocket upgrade is answered on the connection itself (``RefusedUpgradeResponse``), with the same
    /// 403 and sentence.
    struct OriginCheck<Context: NotifyWireRequestContext>: RouterMiddleware {
        let allowedOrigins: Set<String>

        func handle(
            _ request: Request, context: Context, next: (Request, Context) async throws -> Response
        ) async throws -> Response {
            guard let origin = request.headers[.origin] else { return try await next(request, context) }
            guard allowedOrigins.contains(origin) || Self.isSameOrigin(origin, as: request) else {
                let refusal = NotifyWireHTTPError(.forbidden, "the origin \(origin) is not allowed")
                if WebSocketUpgradeRole.isUpgrade {
                    RefusedUpgradeResponse.write(refusal, to: context.channel)
                    return Response(status: .forbidden)
                }
                throw refusal
            }
            return try await next(request, context)
        }

        /// Whether `origin`'s host and port are the request's own (`Host`): the scheme is left out, since a TLS
        /// proxy in front of the server changes it.
        static func isSameOrigin(_ origin: String, as request: Request) -> Bool {
            guard let host = request.head.authority, let scheme = origin.firstIndex(of: ":") else { return false }
            let authority = origin[scheme...].drop { $0 == ":" || $0 == "/" }
            return authority.lowercased() == host.lowercased()
        }
    }
#endif
