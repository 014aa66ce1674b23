public import HTTPTypes
import NIOCore

/// The client side of the WebSocket opening handshake (RFC 6455 section 4.1): the request's headers with a
/// fresh random key, and the check of the server's response.
///
/// The key is 16 bytes from `SystemRandomNumberGenerator`, the standard library's cryptographically secure
/// generator (`getrandom(2)` on Linux), in base64.
public struct WebSocketClientHandshake: Sendable {
    /// The `Sec-WebSocket-Key` sent.
    public let key: String
    /// The subprotocols offered, most preferred first.
    public let offeredSubprotocols: [String]
    /// The server's host (and port), which HTTP/1.1 sends as the `Host` field before ``headers`` and
    /// swift-http-types as the request's authority (``request(path:)``).
    public let host: String
    /// The header fields of the `GET` request after `Host`, in order: `Upgrade`, `Connection`,
    /// `Sec-WebSocket-Key`, `Sec-WebSocket-Version` and, when any are offered, `Sec-WebSocket-Protocol`.
    public let headers: HTTPFields

    /// A request to `host` offering `subprotocols` (for example ``WebSocketSubprotocols/json``), with a
    /// random key unless `key` is given (tests only).
    public init(host: String, subprotocols: [String] = [], key: String? = nil) {
        let key = key ?? Self.randomKey()
        self.key = key
        self.host = host
        offeredSubprotocols = subprotocols
        var headers: HTTPFields = [
            .upgrade: "websocket",
            .connection: "Upgrade",
            .secWebSocketKey: key,
            .secWebSocketVersion: "13",
        ]
        if !subprotocols.isEmpty { headers[.secWebSocketProtocol] = subprotocols.joined(separator: ", ") }
        self.headers = headers
    }

    /// The upgrade request for `path` (`/ws?recipient=u-1`): `GET`, ``host`` as the authority, ``headers``.
    public func request(path: String) -> HTTPRequest {
        HTTPRequest(method: .get, scheme: nil, authority: host, path: path, headerFields: headers)
    }

    /// A fresh key: the base64 of 16 random bytes from the system's cryptographically secure generator.
    public static func randomKey() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for _ in 0..<2 {
            let word: UInt64 = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
        var text = ByteBuffer()
        bytes.withUnsafeBytes { Base64.encode($0, into: &text) }
        return String(buffer: text)
    }

    /// The `Sec-WebSocket-Accept` value the server must respond with.
    public var expectedAccept: String { WebSocketAccept.value(forKey: key) }

    /// Checks the server's response: status 101, `Upgrade: websocket`, `Connection: upgrade`, exactly one
    /// `Sec-WebSocket-Accept` equal to ``expectedAccept``, no extension, and at most one subprotocol, one
    /// that was offered. Returns that subprotocol, or `nil` when the server chose none.
    public func verify(status: HTTPResponse.Status, headers fields: HTTPFields) throws(FramingError) -> String? {
        guard status == .switchingProtocols else {
            throw Self.failure("the server responded \(status.code), not 101")
        }
        guard WebSocketHeaderFields.contains(.upgrade, token: "websocket", in: fields) else {
            throw Self.failure("the Upgrade header of the response does not name websocket")
        }
        guard WebSocketHeaderFields.contains(.connection, token: "upgrade", in: fields) else {
            throw Self.failure("the Connection header of the response does not hold the upgrade token")
        }
        let accepts = WebSocketHeaderFields.values(.secWebSocketAccept, in: fields)
        guard accepts == [expectedAccept] else {
            throw Self.failure("Sec-WebSocket-Accept does not match the key that was sent")
        }
        guard WebSocketHeaderFields.tokens(.secWebSocketExtensions, in: fields).isEmpty else {
            throw Self.failure("the server named an extension that was not offered")
        }
        let chosen = WebSocketHeaderFields.tokens(.secWebSocketProtocol, in: fields)
        guard let subprotocol = chosen.first else { return nil }
        guard chosen.count == 1, offeredSubprotocols.contains(subprotocol) else {
            throw Self.failure("the server chose a subprotocol that was not offered")
        }
        return subprotocol
    }

    private static func failure(_ message: String) -> FramingError {
        FramingError(.webSocketHandshakeFailed, message: message)
    }
}
