extension UInt64 {
    /// The value of one or more ASCII digits, or `nil` for anything else (a sign, a space, an empty string) or a
    /// value above `UInt64.max`: the one rule for every decimal sequence, cursor, limit and wait the transports
    /// read (`UInt64(_:)` would also accept a leading `+`).
    public init?(decimalDigits text: String) {
        guard !text.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
            guard !overflow1 && !overflow2 else { return nil }
            value = sum
        }
        self = value
    }
}
