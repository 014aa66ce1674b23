import NIOCore

/// The server side of the WebSocket opening handshake (RFC 6455 section 4.2): validates a client's upgrade
/// request and produces the response.
///
/// Checks, in order: the method is `GET` (else 405); `Upgrade` holds the token `websocket` and
/// `Connection` the token `upgrade`, case-insensitively (else 400); `Sec-WebSocket-Version` is `13` (else
/// 426 naming 13); `Sec-WebSocket-Key` appears once and is the base64 of 16 bytes (else 400). Headers are
/// `(name, value)` pairs as they arrived; names compare case-insensitively and list fields may be split
/// over several lines. The subprotocol is the first one the client offered that ``subprotocols`` supports.
public struct WebSocketServerHandshake: Sendable {
    /// The codecs this server speaks, as subprotocols.
    public var subprotocols: WebSocketSubprotocols

    /// A handshake that offers the subprotocols of `subprotocols` (none by default).
    public init(subprotocols: WebSocketSubprotocols = WebSocketSubprotocols([])) {
        self.subprotocols = subprotocols
    }

    /// The response to an upgrade request with `method` and header `fields`.
    public func respond(method: String, headers fields: [(name: String, value: String)]) -> WebSocketHandshakeResponse {
        guard method == "GET" else {
            return Self.reject(405, "Method Not Allowed", [("Allow", "GET")], "the method is \(method), not GET")
        }
        guard WebSocketHeaderFields.contains("Upgrade", token: "websocket", in: fields) else {
            return Self.reject(400, "Bad Request", [], "the Upgrade header does not name websocket")
        }
        guard WebSocketHeaderFields.contains("Connection", token: "upgrade", in: fields) else {
            return Self.reject(400, "Bad Request", [], "the Connection header does not hold the upgrade token")
        }
        let versions = WebSocketHeaderFields.tokens("Sec-WebSocket-Version", in: fields)
        guard versions == ["13"] else {
            let found = versions.isEmpty ? "missing" : versions.joined(separator: ", ")
            return Self.reject(
                426, "Upgrade Required", [("Sec-WebSocket-Version", "13")],
                "the WebSocket version is \(found); this server speaks 13")
        }
        let keys = WebSocketHeaderFields.values("Sec-WebSocket-Key", in: fields)
        guard keys.count == 1, let key = keys.first, Self.isValidKey(key) else {
            return Self.reject(400, "Bad Request", [], "Sec-WebSocket-Key is not one base64 value of 16 bytes")
        }
        var headers: [(name: String, value: String)] = [
            ("Upgrade", "websocket"),
            ("Connection", "Upgrade"),
            ("Sec-WebSocket-Accept", WebSocketAccept.value(forKey: key)),
        ]
        let offered = WebSocketHeaderFields.tokens("Sec-WebSocket-Protocol", in: fields)
        let selected = subprotocols.select(offered: offered)
        if let selected { headers.append(("Sec-WebSocket-Protocol", selected.name)) }
        return WebSocketHandshakeResponse(
            status: 101, reasonPhrase: "Switching Protocols", headers: headers, subprotocol: selected?.name,
            codec: selected?.codec, rejection: nil)
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
        _ status: Int,
        _ reasonPhrase: String,
        _ headers: [(name: String, value: String)],
        _ message: String
    ) -> WebSocketHandshakeResponse {
        WebSocketHandshakeResponse(
            status: status, reasonPhrase: reasonPhrase, headers: headers, subprotocol: nil, codec: nil,
            rejection: FramingError(.webSocketHandshakeFailed, message: message))
    }
}
