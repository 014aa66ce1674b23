#if Hummingbird
    import HTTPTypes
    import Hummingbird
    import HummingbirdAuth
    import NotifyWireHummingbird

    /// An app's own authentication, as a user's app would write it: the session (an `X-Session` header, or a
    /// `session` query parameter for browsers' `EventSource` and `WebSocket`) names the user, and the user
    /// `publisher` may publish. It replaces NotifyWire's JWT authenticator.
    struct AppSessionAuthenticator<Context: NotifyWireRequestContext>: AuthenticatorMiddleware {
        typealias Identity = NotifyWireIdentity

        static var header: HTTPField.Name { HTTPField.Name("X-Session") ?? .cookie }

        func authenticate(request: Request, context: Context) async throws -> NotifyWireIdentity? {
            guard let session = request.headers[Self.header] ?? request.uri.queryParameters.get("session") else {
                return nil
            }
            return session == "publisher" ? .publisher : .subscriber(session)
        }
    }
#endif
