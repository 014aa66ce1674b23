public import NotifyWireCore

/// The outcome of ``CodecRegistry/negotiate(accept:)-(String?)``.
public enum ContentNegotiation: Sendable {
    /// Respond with this codec, under its ``NotifyWireCore/NotificationCodec/mediaType``.
    case acceptable(any NotificationCodec)
    /// Nothing the client accepts is offered: answer `406 Not Acceptable` listing `offered`, the media
    /// types the server can write, in its order of preference.
    case notAcceptable(offered: [String])

    /// The chosen codec, or `nil` for ``notAcceptable(offered:)``.
    public var codec: (any NotificationCodec)? {
        if case .acceptable(let codec) = self { return codec }
        return nil
    }
}
