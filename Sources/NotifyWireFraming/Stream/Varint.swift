internal import NIOCore

/// Unsigned LEB128 varints, as Protocol Buffers writes lengths.
enum Varint {
    /// The most bytes a 64-bit varint takes.
    static let maxBytes = 10

    /// The number of bytes `value` takes.
    static func size(of value: UInt64) -> Int {
        var count = 1
        var rest = value >> 7
        while rest != 0 {
            count += 1
            rest >>= 7
        }
        return count
    }

    /// Appends `value`.
    static func write(_ value: UInt64, into buffer: inout ByteBuffer) {
        var rest = value
        while rest >= 0x80 {
            buffer.writeInteger(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        buffer.writeInteger(UInt8(truncatingIfNeeded: rest))
    }

    /// What the readable bytes of `buffer` start with.
    enum Prefix: Equatable {
        /// A complete varint of `byteCount` bytes.
        case value(UInt64, byteCount: Int)
        /// Every readable byte continues the varint; more bytes are needed.
        case incomplete
        /// Longer than ``Varint/maxBytes`` or above `UInt64.max`.
        case invalid
    }

    /// Reads a varint at the reader index without moving it.
    static func peek(_ buffer: ByteBuffer) -> Prefix {
        var value: UInt64 = 0
        let view = buffer.readableBytesView
        var shift: UInt64 = 0
        var count = 0
        for byte in view.prefix(maxBytes) {
            count += 1
            let bits = UInt64(byte & 0x7F)
            if count == maxBytes && bits > 1 { return .invalid }
            value |= bits << shift
            if byte & 0x80 == 0 { return .value(value, byteCount: count) }
            shift += 7
        }
        return count >= maxBytes ? .invalid : .incomplete
    }
}
