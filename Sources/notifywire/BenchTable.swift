/// Renders bench results as a fixed-width text table.
enum BenchTable {
    private static let headers = [
        "entry", "codec", "bytes", "encode ns", "decode ns", "enc MB/s", "dec MB/s", "enc ×Fdn", "dec ×Fdn",
    ]

    /// The table, one row per result, numbers right-aligned.
    static func render(_ results: [BenchResult]) -> String {
        let rows = results.map { result in
            [
                result.entry, result.codec, String(result.bytes),
                format(result.encodeNanoseconds, decimals: 0), format(result.decodeNanoseconds, decimals: 0),
                format(result.encodeMegabytesPerSecond, decimals: 1),
                format(result.decodeMegabytesPerSecond, decimals: 1),
                format(result.encodeSpeedupOverFoundation, decimals: 2) + "×",
                format(result.decodeSpeedupOverFoundation, decimals: 2) + "×",
            ]
        }
        return TextTable.render(headers: headers, rows: rows)
    }

    /// A number with a fixed count of decimals, without Foundation's `String(format:)`.
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        let whole = Int(scaled / scale)
        guard decimals > 0 else { return String(whole) }
        let fraction = Int(abs(scaled) - abs(Double(whole)) * scale)
        let digits = String(fraction)
        return String(whole) + "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
    }
}
