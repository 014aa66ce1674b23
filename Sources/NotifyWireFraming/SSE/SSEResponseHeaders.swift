public import HTTPTypes

/// The HTTP response header fields of an event stream, with the reason each one is there.
///
/// ```swift
/// let response = Response(status: .ok, headers: SSEResponseHeaders.all, body: ...)
/// ```
public enum SSEResponseHeaders {
    /// `Content-Type: text/event-stream`: the media type `EventSource` requires; with any other type the
    /// browser fails the connection instead of parsing it. The stream is always UTF-8, so no charset is needed.
    public static let contentType = HTTPField(name: .contentType, value: "text/event-stream")
    /// `Cache-Control: no-cache`: the stream is live; a cache or proxy must neither store it nor answer a
    /// reconnect with a stored copy.
    public static let cacheControl = HTTPField(name: .cacheControl, value: "no-cache")
    // swift-format-ignore: NeverForceUnwrap
    // A valid field name by inspection (RFC 9110 section 5.1); `HTTPField.Name` has no non-failable initializer.
    /// `X-Accel-Buffering: no`: tells nginx (and proxies that copy its convention) not to buffer the
    /// response, which would hold events back until a buffer fills instead of delivering each at once.
    public static let accelBuffering = HTTPField(name: HTTPField.Name("X-Accel-Buffering")!, value: "no")

    /// The three fields, in the order above.
    public static let all = HTTPFields([contentType, cacheControl, accelBuffering])
}
