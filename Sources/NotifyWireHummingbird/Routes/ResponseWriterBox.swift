#if Hummingbird
    import Hummingbird

    /// Moves a response body writer into the child task that writes the stream, while the parent task only
    /// waits for that child: one task uses the writer at a time.
    final class ResponseWriterBox: @unchecked Sendable {
        var writer: any ResponseBodyWriter

        init(_ writer: any ResponseBodyWriter) { self.writer = writer }
    }
#endif
