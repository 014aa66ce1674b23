import NIOCore
import NotifyWireCore

/// Writes a ``Timestamp`` as a quoted RFC 3339 string in UTC (`"2026-01-01T12:02:03.123Z"`), the proto3
/// JSON form of `google.protobuf.Timestamp`: 0, 3, 6 or 9 fractional digits, the fewest that are exact.
enum RFC3339Writer {
    /// The longest output: `"YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ"` with its quotes.
    static let maximumLength = 32

    /// Appends `timestamp` with its quotes. The caller has checked ``Timestamp/isValid``.
    static func write(_ timestamp: Timestamp, into buffer: inout ByteBuffer) {
        let seconds = timestamp.seconds
        var days = seconds / CivilCalendar.secondsPerDay
        var secondOfDay = seconds % CivilCalendar.secondsPerDay
        if secondOfDay < 0 {
            secondOfDay += CivilCalendar.secondsPerDay
            days -= 1
        }
        let date = CivilCalendar.date(days: days)
        let nanos = Int64(timestamp.nanos)
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: maximumLength) { output in
            var cursor = DigitCursor(output: output)
            cursor.put(UInt8(ascii: "\""))
            cursor.putDigits(date.year, count: 4)
            cursor.put(UInt8(ascii: "-"))
            cursor.putDigits(date.month, count: 2)
            cursor.put(UInt8(ascii: "-"))
            cursor.putDigits(date.day, count: 2)
            cursor.put(UInt8(ascii: "T"))
            cursor.putDigits(secondOfDay / 3600, count: 2)
            cursor.put(UInt8(ascii: ":"))
            cursor.putDigits(secondOfDay / 60 % 60, count: 2)
            cursor.put(UInt8(ascii: ":"))
            cursor.putDigits(secondOfDay % 60, count: 2)
            if nanos != 0 {
                cursor.put(UInt8(ascii: "."))
                if nanos % 1_000_000 == 0 {
                    cursor.putDigits(nanos / 1_000_000, count: 3)
                } else if nanos % 1000 == 0 {
                    cursor.putDigits(nanos / 1000, count: 6)
                } else {
                    cursor.putDigits(nanos, count: 9)
                }
            }
            cursor.put(UInt8(ascii: "Z"))
            cursor.put(UInt8(ascii: "\""))
            return cursor.written
        }
    }
}

/// A bounds-checked cursor over writable buffer memory for fixed-width decimal output.
private struct DigitCursor {
    let output: UnsafeMutableRawBufferPointer
    var written = 0

    mutating func put(_ byte: UInt8) {
        guard written < output.count else { return }
        output[written] = byte
        written += 1
    }

    /// Writes the last `count` decimal digits of the non-negative `value`, zero-padded.
    mutating func putDigits(_ value: Int64, count: Int) {
        guard written + count <= output.count else { return }
        var remaining = value
        var index = written + count - 1
        while index >= written {
            output[index] = UInt8(truncatingIfNeeded: remaining % 10) &+ UInt8(ascii: "0")
            remaining /= 10
            index -= 1
        }
        written += count
    }
}
