internal import Crypto
import NIOCore

/// The `Sec-WebSocket-Accept` value of the opening handshake (RFC 6455 section 4.2.2): the base64 of the
/// SHA-1 digest of the client's key followed by the protocol's GUID.
///
/// SHA-1 is used here only because the protocol fixes it; it proves the server understood the handshake,
/// not anything about security. It comes from swift-crypto's `Insecure.SHA1`.
public enum WebSocketAccept {
    /// The GUID RFC 6455 appends to every key.
    public static let guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    /// The accept value for `key`, the `Sec-WebSocket-Key` exactly as the client sent it (trimmed):
    /// `dGhlIHNhbXBsZSBub25jZQ==` gives `s3pPLMBiTxaQ9kYGzzhZRbK+xOo=`.
    public static func value(forKey key: String) -> String {
        let digest = Insecure.SHA1.hash(data: Array((key + guid).utf8))
        var text = ByteBuffer()
        digest.withUnsafeBytes { Base64.encode($0, into: &text) }
        return String(buffer: text)
    }
}
