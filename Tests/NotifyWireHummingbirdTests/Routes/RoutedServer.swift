#if Hummingbird
    import HTTPTypes
    import Hummingbird
    import HummingbirdTesting
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// The NotifyWire routes served in process through HummingbirdTesting's router framework (`app.test(.router)`):
    /// no socket, no client process. For the routes that answer and finish; streams, disconnects and held
    /// long-polls stay with ``InProcessServer``, which serves them on a real socket.
    struct RoutedServer: Sendable {
        /// The hub behind the routes.
        let hub: NotificationHub
        /// The path the routes are mounted at (`""` for the root).
        let mountPath: String
        let client: any TestClientProtocol

        /// Serves `hub`'s routes (from `configuration`) at `mountPath` to `body`.
        static func with<T: Sendable>(
            _ configuration: NotifyWireServerConfiguration = NotifyWireServerConfiguration(), mountPath: String = "",
            _ body: @Sendable (RoutedServer) async throws -> T
        ) async throws -> T {
            let hub = NotificationHub(configuration: configuration)
            let router = Router(context: BasicNotifyWireRequestContext.self)
            router.addRoutes(NotifyWireRoutes(hub: hub).collection, atPath: RouterPath(mountPath))
            return try await Application(router: router).test(.router) { client in
                try await body(RoutedServer(hub: hub, mountPath: mountPath, client: client))
            }
        }

        /// `GET` of `path` (below the mount path).
        func get(_ path: String, headers: HTTPFields = [:]) async throws -> TestResponse {
            try await client.executeRequest(uri: mountPath + path, method: .get, headers: headers, body: nil)
        }

        /// `POST` of `body` to `path` (below the mount path), with `Content-Type` when given.
        func post(
            _ path: String, body: some Sequence<UInt8>, contentType: String? = "application/json",
            headers: HTTPFields = [:]
        ) async throws -> TestResponse {
            var fields = headers
            if let contentType { fields[.contentType] = contentType }
            return try await client.executeRequest(
                uri: mountPath + path, method: .post, headers: fields, body: ByteBuffer(bytes: Array(body)))
        }

        /// `POST` of the UTF-8 of `body` to `path`.
        func post(
            _ path: String, text body: String, contentType: String? = "application/json", headers: HTTPFields = [:]
        ) async throws -> TestResponse {
            try await post(path, body: Array(body.utf8), contentType: contentType, headers: headers)
        }

        /// Publishes a notification for `recipient` through the hub and returns its sequence.
        @discardableResult
        func publish(_ id: String, to recipient: String) async throws -> UInt64 {
            try await hub.publish(
                NotificationMessage(id: id, kind: .comment, recipientID: recipient, title: "title \(id)")
            )
            .sequence
        }
    }

    extension TestResponse {
        /// The body as UTF-8 text.
        var text: String { String(buffer: body) }
        /// The body's bytes.
        var bytes: [UInt8] { Array(body.readableBytesView) }
    }
#endif
