import NIOCore

/// The client side of the WebSocket opening handshake (RFC 6455 section 4.1): the request's headers with a
/// fresh random key, and the check of the server's answer.
///
/// The key is 16 bytes from `SystemRandomNumberGenerator`, the standard library's cryptographically secure
/// generator (`getrandom(2)` on Linux), in base64.
public struct WebSocketClientHandshake: Sendable {
    /// The `Sec-WebSocket-Key` sent.
    public let key: String
    /// The subprotocols offered, most preferred first.
    public let offeredSubprotocols: [String]
    /// The header fields of the `GET` request, in order: `Host`, `Upgrade`, `Connection`,
    /// `Sec-WebSocket-Key`, `Sec-WebSocket-Version` and, when any are offered, `Sec-WebSocket-Protocol`.
    public let headers: [(name: String, value: String)]

    /// A request to `host` offering `subprotocols` (for example ``WebSocketSubprotocols/json``), with a
    /// random key unless `key` is given (tests only).
    public init(host: String, subprotocols: [String] = [], key: String? = nil) {
        let key = key ?? Self.randomKey()
        self.key = key
        offeredSubprotocols = subprotocols
        var headers: [(name: String, value: String)] = [
            ("Host", host),
            ("Upgrade", "websocket"),
            ("Connection", "Upgrade"),
            ("Sec-WebSocket-Key", key),
            ("Sec-WebSocket-Version", "13"),
        ]
        if !subprotocols.isEmpty { headers.append(("Sec-WebSocket-Protocol", subprotocols.joined(separator: ", "))) }
        self.headers = headers
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

    /// The `Sec-WebSocket-Accept` value the server must answer with.
    public var expectedAccept: String { WebSocketAccept.value(forKey: key) }

    /// Checks the server's answer: status 101, `Upgrade: websocket`, `Connection: upgrade`, exactly one
    /// `Sec-WebSocket-Accept` equal to ``expectedAccept``, no extension, and at most one subprotocol, one
    /// that was offered. Returns that subprotocol, or `nil` when the server chose none.
    public func verify(status: Int, headers fields: [(name: String, value: String)]) throws(FramingError) -> String? {
        guard status == 101 else { throw Self.failure("the server answered \(status), not 101") }
        guard WebSocketHeaderFields.contains("Upgrade", token: "websocket", in: fields) else {
            throw Self.failure("the Upgrade header of the answer does not name websocket")
        }
        guard WebSocketHeaderFields.contains("Connection", token: "upgrade", in: fields) else {
            throw Self.failure("the Connection header of the answer does not hold the upgrade token")
        }
        let accepts = WebSocketHeaderFields.values("Sec-WebSocket-Accept", in: fields)
        guard accepts == [expectedAccept] else {
            throw Self.failure("Sec-WebSocket-Accept does not match the key that was sent")
        }
        guard WebSocketHeaderFields.tokens("Sec-WebSocket-Extensions", in: fields).isEmpty else {
            throw Self.failure("the server named an extension that was not offered")
        }
        let chosen = WebSocketHeaderFields.tokens("Sec-WebSocket-Protocol", in: fields)
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
