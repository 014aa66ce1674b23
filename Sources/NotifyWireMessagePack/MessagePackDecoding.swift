internal import CMsgPack
import NotifyWireCore

/// One decode call: the Swift pre-scan, then msgpack-c's unpacker into a zone, then the walk of the object
/// tree.
///
/// `msgpack_unpack` parses the caller's bytes in place (strings point into them; nothing is copied) and
/// takes the memory for containers from the zone it is given: a pooled one (``MessagePackZonePool``) when
/// the tree the pre-scan measured fits its chunk, else one of exactly the measured size, freed before
/// returning. Either way msgpack-c never has to grow the zone while it parses.
enum MessagePackDecoding {
    /// Decodes exactly one value from `bytes` with `read`, enforcing `limits`.
    static func decode<Value>(
        _ bytes: UnsafeRawBufferPointer,
        limits: DecodingLimits,
        _ read: (msgpack_object) throws(MessagePackDecodeFailure) -> Value
    ) throws(CodecError) -> Value {
        var scanner = MessagePackPreScanner(bytes: bytes, limits: limits)
        try scanner.validateSingleValue()
        let zoneBytes = scanner.zoneBytes
        if zoneBytes <= MessagePackZonePool.chunkSize, let zone = MessagePackZonePool.take() {
            defer { MessagePackZonePool.recycle(zone) }
            return try unpack(bytes, into: zone, read)
        }
        var zone = msgpack_zone()
        guard msgpack_zone_init(&zone, zoneBytes) else {
            throw CodecError(
                .libraryFailure,
                format: .messagePack,
                offset: 0,
                message: "msgpack-c could not allocate \(zoneBytes) bytes for its zone"
            )
        }
        defer { msgpack_zone_destroy(&zone) }
        return try withUnsafeMutablePointer(to: &zone) { (zone) throws(CodecError) in
            try unpack(bytes, into: zone, read)
        }
    }

    /// Unpacks `bytes` (already pre-scanned) into `zone` and reads the tree with `read`.
    private static func unpack<Value>(
        _ bytes: UnsafeRawBufferPointer,
        into zone: UnsafeMutablePointer<msgpack_zone>,
        _ read: (msgpack_object) throws(MessagePackDecodeFailure) -> Value
    ) throws(CodecError) -> Value {
        guard let base = bytes.baseAddress else {
            throw CodecError(.truncated, format: .messagePack, offset: 0, message: "the input is empty")
        }
        var object = msgpack_object()
        var offset = 0
        let status = msgpack_unpack(base.assumingMemoryBound(to: CChar.self), bytes.count, &offset, zone, &object)
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
            return try read(object)
        } catch {
            throw error.codecError(in: bytes)
        }
    }
}
