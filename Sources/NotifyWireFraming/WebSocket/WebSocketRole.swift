/// Which end of a WebSocket connection a decoder or encoder sits on (RFC 6455 section 5.1).
///
/// A client masks every frame it sends and a server never does; so a server's decoder requires masked
/// frames and a client's decoder requires unmasked ones.
public enum WebSocketRole: Hashable, Sendable {
    /// The end that accepted the connection: sends unmasked frames, receives masked ones.
    case server
    /// The end that opened the connection: sends masked frames, receives unmasked ones.
    case client

    /// Whether frames arriving at this end must be masked.
    var expectsMaskedFrames: Bool { self == .server }

    /// Whether frames sent by this end are masked.
    var masksOutgoingFrames: Bool { self == .client }
}
