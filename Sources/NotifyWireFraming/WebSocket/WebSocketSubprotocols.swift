public import NotifyWireCore

/// The WebSocket subprotocols that select a NotifyWire codec (`Sec-WebSocket-Protocol`): `notifywire.v1.`
/// followed by the codec's format name, so `notifywire.v1.json`, `notifywire.v1.msgpack` and
/// `notifywire.v1.protobuf`.
///
/// A view of a ``CodecRegistry``, so that each codec is named in one place: ``select(offered:)`` picks the
/// first subprotocol in the client's list that the registry supports, or none.
public struct WebSocketSubprotocols: Sendable {
    /// `notifywire.v1.json`: proto3 canonical JSON in text messages.
    public static let json = name(for: .json)
    /// `notifywire.v1.msgpack`: MessagePack in binary messages.
    public static let messagePack = name(for: .messagePack)
    /// `notifywire.v1.protobuf`: Protocol Buffers in binary messages.
    public static let protobuf = name(for: .protobuf)

    private static let prefix = "notifywire.v1."

    /// The subprotocol name of a wire format: `notifywire.v1.<format name>`.
    public static func name(for format: WireFormat) -> String { prefix + format.name }

    /// The registry the subprotocols name.
    public let registry: CodecRegistry

    /// The registered codecs, in registration order.
    public var codecs: [any NotificationCodec] { registry.codecs }

    /// A registry of `codecs`; when two share a format, the first one wins.
    public init(_ codecs: [any NotificationCodec]) { self.registry = CodecRegistry(codecs: codecs) }

    /// The subprotocols of `registry`.
    public init(registry: CodecRegistry) { self.registry = registry }

    /// The subprotocol names the registry supports, in registration order.
    public var names: [String] { registry.names.map { Self.prefix + $0 } }

    /// The codec registered for subprotocol `name` (an exact, case-sensitive match), or `nil`.
    public func codec(forSubprotocol name: String) -> (any NotificationCodec)? {
        guard name.hasPrefix(Self.prefix) else { return nil }
        return registry.codec(named: String(name.dropFirst(Self.prefix.count)))
    }

    /// The first subprotocol of `offered` (the client's order) that the registry supports, with its codec.
    public func select(offered: [String]) -> (name: String, codec: any NotificationCodec)? {
        for name in offered {
            if let codec = codec(forSubprotocol: name) { return (name, codec) }
        }
        return nil
    }
}
