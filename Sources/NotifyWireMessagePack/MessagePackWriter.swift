internal import CMsgPack
import NIOCore
import NotifyWireCore

/// msgpack-c's packer, writing through its callback straight into the memory reserved in a `ByteBuffer`.
///
/// The packer's `data` pointer points at a ``MessagePackOutput`` on the stack for the duration of
/// ``write(into:bound:keyStyle:_:)`` only; it never escapes. The callback is a bounds-checked copy, so the
/// packer's status codes carry nothing the output's ``MessagePackOutput/overflowed`` flag does not.
struct MessagePackWriter: ~Copyable {
    private var packer: msgpack_packer
    /// Which keys ``writeKey(_:)`` writes.
    let keyStyle: MessagePackKeyStyle

    private init(packer: msgpack_packer, keyStyle: MessagePackKeyStyle) {
        self.packer = packer
        self.keyStyle = keyStyle
    }

    /// Runs `body` with a writer filling at least `bound` bytes reserved at `buffer`'s writer index, then
    /// moves the writer index past what it wrote; on error nothing is appended.
    ///
    /// `bound` must be at least the encoded size (``MessagePackSizeBound``); should it ever be too small,
    /// the encoding is refused as `.unencodable` rather than written out of bounds.
    static func write(
        into buffer: inout ByteBuffer,
        bound: Int,
        keyStyle: MessagePackKeyStyle,
        _ body: (inout MessagePackWriter) throws(CodecError) -> Void
    ) throws(CodecError) {
        var failure: CodecError?
        var overflowed = false
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { memory in
            var output = MessagePackOutput(memory: memory)
            withUnsafeMutablePointer(to: &output) { pointer in
                var packer = msgpack_packer()
                msgpack_packer_init(&packer, UnsafeMutableRawPointer(pointer), copyIntoOutput)
                var writer = MessagePackWriter(packer: packer, keyStyle: keyStyle)
                do throws(CodecError) {
                    try body(&writer)
                } catch {
                    failure = error
                }
            }
            overflowed = output.overflowed
            return failure == nil && !overflowed ? output.written : 0
        }
        if let failure { throw failure }
        guard !overflowed else {
            throw CodecError(
                .unencodable,
                format: .messagePack,
                operation: .encode,
                message: "internal error: the size bound was miscomputed"
            )
        }
    }

    /// A map header for `count` entries.
    mutating func writeMapHeader(_ count: Int) {
        _ = msgpack_pack_map(&packer, count)
    }

    /// An array header for `count` elements; more than 2^32 - 1 is unencodable.
    mutating func writeArrayHeader(_ count: Int, path: @autoclosure () -> String) throws(CodecError) {
        guard count <= Int(UInt32.max) else {
            throw Self.unencodable(path(), "an array of \(count) elements is longer than MessagePack allows")
        }
        _ = msgpack_pack_array(&packer, count)
    }

    /// The key of `field` in ``keyStyle``: its name as a str, or its number as a positive fixint.
    mutating func writeKey(_ field: MessagePackField) {
        switch keyStyle {
        case .names:
            _ = msgpack_pack_str_with_body(&packer, field.name.utf8Start, field.name.utf8CodeUnitCount)
        case .fieldNumbers:
            _ = msgpack_pack_uint8(&packer, UInt8(truncatingIfNeeded: field.number))
        }
    }

    /// A str; longer than 2^32 - 1 bytes is unencodable.
    mutating func writeString(_ value: String, path: @autoclosure () -> String) throws(CodecError) {
        let fits = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.count <= Int(UInt32.max) else { return false }
            _ = msgpack_pack_str_with_body(&packer, utf8.baseAddress, utf8.count)
            return true
        }
        if let fits {
            guard fits else { throw Self.stringTooLong(value, path: path()) }
            return
        }
        // A string without contiguous UTF-8 (bridged from another representation): copy it once.
        var copy = value
        let written = copy.withUTF8 { utf8 -> Bool in
            guard utf8.count <= Int(UInt32.max) else { return false }
            _ = msgpack_pack_str_with_body(&packer, utf8.baseAddress, utf8.count)
            return true
        }
        guard written else { throw Self.stringTooLong(value, path: path()) }
    }

    private static func stringTooLong(_ value: String, path: String) -> CodecError {
        unencodable(path, "a string of \(value.utf8.count) bytes is longer than MessagePack allows")
    }

    /// An unsigned integer in its smallest form.
    mutating func writeUnsigned(_ value: UInt64) {
        _ = msgpack_pack_uint64(&packer, value)
    }

    /// A signed integer in its smallest form (non-negative values as unsigned, as every packer does).
    mutating func writeSigned(_ value: Int32) {
        _ = msgpack_pack_int32(&packer, value)
    }

    /// `true` or `false`.
    mutating func writeBool(_ value: Bool) {
        _ = value ? msgpack_pack_true(&packer) : msgpack_pack_false(&packer)
    }

    /// The Timestamp extension (type -1) in its smallest form; a timestamp outside 0001–9999 is unencodable.
    mutating func writeTimestamp(_ value: Timestamp, path: @autoclosure () -> String) throws(CodecError) {
        guard value.isValid else {
            throw Self.unencodable(
                path(),
                "timestamp \(value.seconds)s \(value.nanos)ns is outside 0001-01-01 to 9999-12-31"
            )
        }
        // msgpack-c picks the 32-bit form when nanos == 0 and seconds fit 32 bits unsigned, the 64-bit form
        // when seconds fit 34 bits unsigned, else the 96-bit form: the spec's smallest form.
        var timestamp = msgpack_timestamp(tv_sec: value.seconds, tv_nsec: UInt32(truncatingIfNeeded: value.nanos))
        _ = msgpack_pack_timestamp(&packer, &timestamp)
    }

    private static func unencodable(_ path: String, _ message: String) -> CodecError {
        CodecError(.unencodable, format: .messagePack, operation: .encode, path: path, message: message)
    }
}

/// The packer's write callback: copies `length` bytes into the ``MessagePackOutput`` that `data` points at;
/// -1 (which the packer passes on, and the encoder ignores in favour of ``MessagePackOutput/overflowed``)
/// when they do not fit.
private let copyIntoOutput: msgpack_packer_write = { data, bytes, length in
    guard let data else { return -1 }
    let output = data.assumingMemoryBound(to: MessagePackOutput.self)
    return output.pointee.append(bytes, count: length) ? 0 : -1
}
