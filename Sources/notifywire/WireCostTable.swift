/// Renders ``WireCost`` rows as a fixed-width text table with the sentence that explains it.
enum WireCostTable {
    private static let headers = [
        "entry", "codec", "payload", "SSE", "WebSocket", "stream", "poll ×1", "poll ×10", "poll ×100",
    ]

    /// What the numbers mean, printed under the table.
    static let explanation = """
        Bytes on the wire per notification, computed (not timed) on the built-in corpus: SSE counts the \
        `id:` and `data:` field names, line ends and base64 for binary codecs; WebSocket is one unmasked \
        server frame; stream is the length-delimited form (varint prefix, or NDJSON's line feed); poll ×N is \
        one 200 response (status line, Content-Type, Content-Length, Cache-Control, Vary, ETag, X-Poll-Interval \
        and the encoded batch) for N such notifications, divided by N. TCP, TLS, HTTP/2 and chunked-encoding \
        overhead and compression are not counted.
        """

    /// The table, one row per codec and entry.
    static func render(_ costs: [WireCost]) -> String {
        let rows = costs.map { cost in
            [
                cost.entry, cost.codec, String(cost.payload), String(cost.sse), String(cost.webSocket),
                String(cost.stream), BenchTable.format(cost.poll1, decimals: 0),
                BenchTable.format(cost.poll10, decimals: 1), BenchTable.format(cost.poll100, decimals: 1),
            ]
        }
        return TextTable.render(headers: headers, rows: rows)
    }
}
