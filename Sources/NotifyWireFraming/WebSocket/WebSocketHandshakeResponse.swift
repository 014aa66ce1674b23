public import HTTPTypes
public import NotifyWireCore

/// A server's response to a WebSocket upgrade request: `101 Switching Protocols` with the headers to send,
/// or a rejection (400, 405 or 426) saying why.
public struct WebSocketHandshakeResponse: Sendable {
    /// The HTTP status, with its reason phrase: 101 when accepted; 400 for a malformed request, 405 for a
    /// method other than GET, 426 for a `Sec-WebSocket-Version` other than 13.
    public var status: HTTPResponse.Status
    /// The header fields to send, in order: for 101 `Upgrade`, `Connection`, `Sec-WebSocket-Accept` and, when
    /// one was chosen, `Sec-WebSocket-Protocol`; `Sec-WebSocket-Version: 13` with a 426; `Allow: GET` with a
    /// 405.
    public var headers: HTTPFields
    /// The subprotocol the server chose, or `nil` when the client offered none it supports.
    public var subprotocol: String?
    /// The codec of the chosen subprotocol.
    public var codec: (any NotificationCodec)?
    /// Why the request was rejected (``FramingError/Code/webSocketHandshakeFailed``), or `nil` when accepted.
    public var rejection: FramingError?

    /// Whether the upgrade is accepted (status 101).
    public var isAccepted: Bool { status == .switchingProtocols }
}
