#if Hummingbird
    import Hummingbird

    /// Hands a response body writer to the closure that writes an SSE stream (run in the response's own task, or
    /// in a child task while the response's task only waits for it): one task uses the writer at a time.
    final class ResponseWriterBox: @unchecked Sendable {
        var writer: any ResponseBodyWriter

        init(_ writer: any ResponseBodyWriter) { self.writer = writer }
    }
#endif
