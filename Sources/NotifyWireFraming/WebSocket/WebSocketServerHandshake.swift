public import HTTPTypes
import NIOCore

/// The server side of the WebSocket opening handshake (RFC 6455 section 4.2): validates a client's upgrade
/// request and produces the response.
///
/// Checks, in order: the method is `GET` (else 405); `Upgrade` holds the token `websocket` and
/// `Connection` the token `upgrade`, case-insensitively (else 400); `Sec-WebSocket-Version` is `13` (else
/// 426 naming 13); `Sec-WebSocket-Key` appears once and is the base64 of 16 bytes (else 400). Header fields
/// are as they arrived; names compare case-insensitively and list fields may be split over several lines. The subprotocol is the first one the client offered that ``subprotocols`` supports.
public struct WebSocketServerHandshake: Sendable {
    /// The codecs this server speaks, as subprotocols.
    public var subprotocols: WebSocketSubprotocols

    /// A handshake that offers the subprotocols of `subprotocols` (none by default).
    public init(subprotocols: WebSocketSubprotocols = WebSocketSubprotocols([])) {
        self.subprotocols = subprotocols
    }

    /// The response to an upgrade request with `method` and header `fields`.
    public func respond(method: HTTPRequest.Method, headers fields: HTTPFields) -> WebSocketHandshakeResponse {
        guard method == .get else {
            return Self.reject(.methodNotAllowed, [.allow: "GET"], "the method is \(method), not GET")
        }
        guard WebSocketHeaderFields.contains(.upgrade, token: "websocket", in: fields) else {
            return Self.reject(.badRequest, [:], "the Upgrade header does not name websocket")
        }
        guard WebSocketHeaderFields.contains(.connection, token: "upgrade", in: fields) else {
            return Self.reject(.badRequest, [:], "the Connection header does not hold the upgrade token")
        }
        let versions = WebSocketHeaderFields.tokens(.secWebSocketVersion, in: fields)
        guard versions == ["13"] else {
            let found = versions.isEmpty ? "missing" : versions.joined(separator: ", ")
            return Self.reject(
                .upgradeRequired, [.secWebSocketVersion: "13"],
                "the WebSocket version is \(found); this server speaks 13")
        }
        let keys = WebSocketHeaderFields.values(.secWebSocketKey, in: fields)
        guard keys.count == 1, let key = keys.first, Self.isValidKey(key) else {
            return Self.reject(.badRequest, [:], "Sec-WebSocket-Key is not one base64 value of 16 bytes")
        }
        var headers: HTTPFields = [
            .upgrade: "websocket",
            .connection: "Upgrade",
            .secWebSocketAccept: WebSocketAccept.value(forKey: key),
        ]
        let offered = WebSocketHeaderFields.tokens(.secWebSocketProtocol, in: fields)
        let selected = subprotocols.select(offered: offered)
        if let selected { headers[.secWebSocketProtocol] = selected.name }
        return WebSocketHandshakeResponse(
            status: .switchingProtocols, headers: headers, subprotocol: selected?.name, codec: selected?.codec,
            rejection: nil)
    }

    /// Whether `key` is the standard padded base64 of exactly 16 bytes.
    static func isValidKey(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard bytes.count == 24 else { return false }
        var decoded = ByteBuffer()
        let succeeded = bytes.withUnsafeBytes { raw in
            (Result { () throws(FramingError) in try Base64.decode(raw, into: &decoded) }).map { true }
        }
        guard (try? succeeded.get()) == true else { return false }
        return decoded.readableBytes == 16
    }

    private static func reject(
        _ status: HTTPResponse.Status, _ headers: HTTPFields, _ message: String
    ) -> WebSocketHandshakeResponse {
        WebSocketHandshakeResponse(
            status: status, headers: headers, subprotocol: nil, codec: nil,
            rejection: FramingError(.webSocketHandshakeFailed, message: message))
    }
}
