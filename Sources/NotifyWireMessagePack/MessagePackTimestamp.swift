import NotifyWireCore

/// Reads the data of the MessagePack Timestamp extension (type -1) in any of its three forms.
enum MessagePackTimestamp {
    /// Decodes 4, 8 or 12 bytes of extension data; any other length, nanoseconds of a billion or more, or
    /// a time outside 0001–9999 is `.invalidValue`.
    static func decode(_ bytes: UnsafeRawBufferPointer) throws(MessagePackDecodeFailure) -> Timestamp {
        let seconds: Int64
        let nanos: UInt64
        switch bytes.count {
        case 4:
            seconds = Int64(bigEndian(bytes, from: 0, count: 4))
            nanos = 0
        case 8:
            let value = bigEndian(bytes, from: 0, count: 8)
            nanos = value >> 34
            seconds = Int64(value & 0x3_FFFF_FFFF)
        case 12:
            nanos = bigEndian(bytes, from: 0, count: 4)
            seconds = Int64(bitPattern: bigEndian(bytes, from: 4, count: 8))
        default:
            throw MessagePackDecodeFailure(
                .invalidValue,
                "a timestamp extension has 4, 8 or 12 bytes of data, not \(bytes.count)"
            )
        }
        guard nanos < 1_000_000_000 else {
            throw MessagePackDecodeFailure(.invalidValue, "the timestamp's nanoseconds \(nanos) are a second or more")
        }
        let timestamp = Timestamp(seconds: seconds, nanos: Int32(truncatingIfNeeded: nanos))
        guard timestamp.isValid else {
            throw MessagePackDecodeFailure(
                .invalidValue,
                "the timestamp \(seconds)s is outside 0001-01-01 to 9999-12-31"
            )
        }
        return timestamp
    }

    /// `count` bytes from `offset` as a big-endian unsigned integer; the caller has checked the length.
    private static func bigEndian(_ bytes: UnsafeRawBufferPointer, from offset: Int, count: Int) -> UInt64 {
        var value: UInt64 = 0
        for byte in bytes[offset..<(offset + count)] {
            value = value << 8 | UInt64(byte)
        }
        return value
    }
}
