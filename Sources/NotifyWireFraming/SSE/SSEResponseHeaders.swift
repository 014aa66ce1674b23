/// The HTTP response headers of an event stream, with the reason each one is there.
///
/// ```swift
/// for (name, value) in SSEResponseHeaders.all { response.headers.add(name: name, value: value) }
/// ```
public enum SSEResponseHeaders {
    /// `Content-Type: text/event-stream`: the media type `EventSource` requires; with any other type the
    /// browser fails the connection instead of parsing it. The stream is always UTF-8, so no charset is needed.
    public static let contentType = (name: "Content-Type", value: "text/event-stream")
    /// `Cache-Control: no-cache`: the stream is live; a cache or proxy must neither store it nor answer a
    /// reconnect with a stored copy.
    public static let cacheControl = (name: "Cache-Control", value: "no-cache")
    /// `X-Accel-Buffering: no`: tells nginx (and proxies that copy its convention) not to buffer the
    /// response, which would hold events back until a buffer fills instead of delivering each at once.
    public static let accelBuffering = (name: "X-Accel-Buffering", value: "no")

    /// The three headers, in the order above.
    public static let all: [(name: String, value: String)] = [contentType, cacheControl, accelBuffering]
}
