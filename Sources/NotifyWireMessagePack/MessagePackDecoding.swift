internal import CMsgPack
import NotifyWireCore

/// One decode call: the Swift pre-scan, then msgpack-c's unpacker into its zone (freed before returning),
/// then the walk of the object tree.
enum MessagePackDecoding {
    /// Decodes exactly one value from `bytes` with `read`, enforcing `limits`.
    static func decode<Value>(
        _ bytes: UnsafeRawBufferPointer,
        limits: DecodingLimits,
        _ read: (msgpack_object) throws(MessagePackDecodeFailure) -> Value
    ) throws(CodecError) -> Value {
        var scanner = MessagePackPreScanner(bytes: bytes, limits: limits)
        try scanner.validateSingleValue()
        guard let base = bytes.baseAddress else {
            throw CodecError(.truncated, format: .messagePack, offset: 0, message: "the input is empty")
        }
        var unpacked = msgpack_unpacked()
        msgpack_unpacked_init(&unpacked)
        defer { msgpack_unpacked_destroy(&unpacked) }
        var offset = 0
        let status = msgpack_unpack_next(&unpacked, base.assumingMemoryBound(to: CChar.self), bytes.count, &offset)
        guard status == MSGPACK_UNPACK_SUCCESS, offset == bytes.count else {
            // The pre-scan accepts only what msgpack-c parses, so this is memory exhaustion or a library bug.
            throw CodecError(
                .libraryFailure,
                format: .messagePack,
                offset: offset,
                message: "msgpack-c failed to unpack the value (status \(status.rawValue))"
            )
        }
        do {
            return try read(unpacked.data)
        } catch {
            throw error.codecError(in: bytes)
        }
    }
}
