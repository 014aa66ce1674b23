import NotifyWireCore

/// Parses the content of an RFC 3339 timestamp string (`2026-01-01T12:02:03.123+01:00`) into a
/// ``Timestamp``, as proto3 JSON reads `google.protobuf.Timestamp`: 0–9 fractional digits, `Z` or a
/// `±HH:MM` offset, and a result inside ``Timestamp/validSecondsRange``.
enum RFC3339Parser {
    /// Parses `text`; on failure returns a lower-case sentence that says what is wrong.
    static func parse(_ text: UnsafeRawBufferPointer) -> Result<Timestamp, Failure> {
        var cursor = Cursor(text: text)
        guard let year = cursor.number(digits: 4), cursor.skip("-"),
            let month = cursor.number(digits: 2), cursor.skip("-"),
            let day = cursor.number(digits: 2), cursor.skip("T"),
            let hour = cursor.number(digits: 2), cursor.skip(":"),
            let minute = cursor.number(digits: 2), cursor.skip(":"),
            let second = cursor.number(digits: 2)
        else {
            return .failure(Failure("expected an RFC 3339 timestamp such as 2026-01-01T12:00:00Z"))
        }
        var nanos: Int64 = 0
        if cursor.skip(".") {
            var digitCount = 0
            while let digit = cursor.digit() {
                digitCount += 1
                guard digitCount <= 9 else {
                    return .failure(Failure("a timestamp has at most 9 fractional digits"))
                }
                nanos = nanos * 10 + digit
            }
            guard digitCount > 0 else { return .failure(Failure("expected fractional digits after '.'")) }
            for _ in digitCount..<9 { nanos *= 10 }
        }
        var offsetSeconds: Int64 = 0
        if cursor.skip("Z") {
            offsetSeconds = 0
        } else if let sign: Int64 = cursor.skip("+") ? 1 : cursor.skip("-") ? -1 : nil {
            guard let offsetHours = cursor.number(digits: 2), cursor.skip(":"),
                let offsetMinutes = cursor.number(digits: 2), offsetHours < 24, offsetMinutes < 60
            else {
                return .failure(Failure("expected a time zone offset such as +01:00"))
            }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return .failure(Failure("expected 'Z' or a time zone offset such as +01:00"))
        }
        guard cursor.isAtEnd else { return .failure(Failure("unexpected characters after the timestamp")) }
        guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 60
        else {
            return .failure(Failure("the timestamp names a date or time that does not exist"))
        }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = days * CivilCalendar.secondsPerDay + hour * 3600 + minute * 60 + second - offsetSeconds
        guard Timestamp.validSecondsRange.contains(seconds) else {
            return .failure(Failure("the timestamp is outside 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z"))
        }
        return .success(Timestamp(seconds: seconds, nanos: Int32(truncatingIfNeeded: nanos)))
    }

    /// Why a timestamp was refused.
    struct Failure: Error {
        /// One lower-case sentence.
        let message: String

        init(_ message: String) { self.message = message }
    }

    /// A bounds-checked reader over the timestamp's bytes.
    private struct Cursor {
        let text: UnsafeRawBufferPointer
        var position = 0

        var isAtEnd: Bool { position >= text.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard position < text.count, text[position] == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        mutating func digit() -> Int64? {
            guard position < text.count, JSONScanner.isDigit(text[position]) else { return nil }
            position += 1
            return Int64(text[position - 1] &- UInt8(ascii: "0"))
        }

        mutating func number(digits: Int) -> Int64? {
            var value: Int64 = 0
            for _ in 0..<digits {
                guard let digit = digit() else { return nil }
                value = value * 10 + digit
            }
            return value
        }
    }
}
