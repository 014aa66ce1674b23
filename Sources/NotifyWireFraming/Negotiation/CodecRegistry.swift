public import NotifyWireCore

/// The codecs a server offers, each named in one place: by its format name (`json`, `msgpack`,
/// `protobuf`), which also gives its WebSocket subprotocol (``WebSocketSubprotocols``), and by its media
/// types, which content negotiation (``negotiate(accept:)``) and request bodies (``codec(forContentType:)``)
/// use. The same registry picks the payload codec of a Server-Sent Events stream or a length-delimited
/// stream, by name (``codec(named:)``, for example from a `?format=msgpack` query parameter) or by
/// negotiation.
///
/// The order of registration is the server's preference: it breaks ties between equally acceptable codecs
/// and gives the default when the client states no preference. When two codecs share a format name, the
/// first one wins everywhere.
///
/// ```swift
/// let registry = CodecRegistry(codecs: [JSONCodec(), MessagePackCodec(), ProtobufCodec()])
/// switch registry.negotiate(accept: request.headers["Accept"]) { ... }
/// ```
public struct CodecRegistry: Sendable {
    /// The registered codecs, in the server's order of preference.
    public let codecs: [any NotificationCodec]

    /// A registry of `codecs`, the preferred first.
    public init(codecs: [any NotificationCodec]) { self.codecs = codecs }

    /// The format names, in order of preference, each once.
    public var names: [String] {
        var seen: Set<String> = []
        return codecs.map(\.format.name).filter { seen.insert($0).inserted }
    }

    /// The media types written in `Content-Type`, in order of preference: what a 406 response lists.
    public var offeredMediaTypes: [String] {
        var seen: Set<String> = []
        return codecs.map(\.mediaType).filter { seen.insert($0.lowercased()).inserted }
    }

    /// The codec whose format is named `name` (`json`, `msgpack`, `protobuf`; an exact match), or `nil`.
    public func codec(named name: String) -> (any NotificationCodec)? {
        codecs.first { $0.format.name == name }
    }

    /// The codec that reads a request body of `contentType` (`application/x-msgpack; charset=...`: the
    /// parameters are ignored, the type compared without regard to case) among every codec's
    /// ``NotifyWireCore/NotificationCodec/acceptedMediaTypes``, or `nil`.
    public func codec(forContentType contentType: String) -> (any NotificationCodec)? {
        let essence =
            contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
            .first.map { $0.trimmingWhitespace().lowercased() } ?? ""
        return codecs.first { codec in codec.acceptedMediaTypes.contains { $0.lowercased() == essence } }
    }

    /// Picks the codec for a response from the request's `Accept` header value (`nil` when absent).
    ///
    /// Each codec gets the weight of the most specific range that covers any of its accepted media types
    /// (`application/x-msgpack` selects MessagePack, answered as `application/vnd.msgpack`); the highest
    /// weight above 0 wins, ties going to the earlier codec of the registry. No codec above 0 gives
    /// ``ContentNegotiation/notAcceptable(offered:)``.
    public func negotiate(accept: String?) -> ContentNegotiation {
        negotiate(accept: AcceptHeader(parsing: accept))
    }

    /// Picks the codec for a response from a parsed `Accept` header (see ``negotiate(accept:)-(String?)``).
    public func negotiate(accept: AcceptHeader) -> ContentNegotiation {
        var best: (codec: any NotificationCodec, quality: Int)?
        for codec in codecs {
            let quality = codec.acceptedMediaTypes.map { accept.qualityThousandths(for: $0) }.max() ?? 0
            guard quality > 0 else { continue }
            if let current = best, current.quality >= quality { continue }
            best = (codec, quality)
        }
        guard let best else { return .notAcceptable(offered: offeredMediaTypes) }
        return .acceptable(best.codec)
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
