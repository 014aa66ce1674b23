import NotifyWireCore

/// Writes a ``Timestamp`` as a quoted RFC 3339 string in UTC (`"2026-01-01T12:02:03.123Z"`), the proto3
/// JSON form of `google.protobuf.Timestamp`: 0, 3, 6 or 9 fractional digits, the fewest that are exact.
enum RFC3339Writer {
    /// The length of the quoted output: `"YYYY-MM-DDTHH:MM:SSZ"` plus `.` and the fractional digits.
    static func length(of timestamp: Timestamp) -> Int {
        22 + (fractionDigits(of: timestamp.nanos).map { $0 + 1 } ?? 0)
    }

    /// How many fractional digits `nanos` needs (3, 6 or 9), or `nil` for none.
    private static func fractionDigits(of nanos: Int32) -> Int? {
        if nanos == 0 { return nil }
        if nanos % 1_000_000 == 0 { return 3 }
        if nanos % 1000 == 0 { return 6 }
        return 9
    }

    /// Writes `timestamp` with its quotes. The caller has checked ``Timestamp/isValid``.
    static func write(_ timestamp: Timestamp, to cursor: inout JSONOutputCursor) {
        let seconds = timestamp.seconds
        var days = seconds / CivilCalendar.secondsPerDay
        var secondOfDay = seconds % CivilCalendar.secondsPerDay
        if secondOfDay < 0 {
            secondOfDay += CivilCalendar.secondsPerDay
            days -= 1
        }
        let date = CivilCalendar.date(days: days)
        cursor.put(UInt8(ascii: "\""))
        cursor.putDigits(UInt64(clamping: date.year), count: 4)
        cursor.put(UInt8(ascii: "-"))
        cursor.putDigits(UInt64(clamping: date.month), count: 2)
        cursor.put(UInt8(ascii: "-"))
        cursor.putDigits(UInt64(clamping: date.day), count: 2)
        cursor.put(UInt8(ascii: "T"))
        cursor.putDigits(UInt64(clamping: secondOfDay / 3600), count: 2)
        cursor.put(UInt8(ascii: ":"))
        cursor.putDigits(UInt64(clamping: secondOfDay / 60 % 60), count: 2)
        cursor.put(UInt8(ascii: ":"))
        cursor.putDigits(UInt64(clamping: secondOfDay % 60), count: 2)
        if let digits = fractionDigits(of: timestamp.nanos) {
            var fraction = UInt64(clamping: timestamp.nanos)
            for _ in digits..<9 { fraction /= 10 }
            cursor.put(UInt8(ascii: "."))
            cursor.putDigits(fraction, count: digits)
        }
        cursor.put(UInt8(ascii: "Z"))
        cursor.put(UInt8(ascii: "\""))
    }
}
