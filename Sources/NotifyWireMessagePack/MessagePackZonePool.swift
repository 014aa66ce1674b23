internal import CMsgPack
import Synchronization

/// msgpack-c zones kept between decode calls, so that decoding a message of ordinary size takes no memory
/// from `malloc` for msgpack-c's object tree.
///
/// A zone is taken by one decode call at a time and given back cleared (``MessagePackZonePool/recycle(_:)``
/// keeps its first chunk and frees any other). At most ``maxIdleZones`` zones of ``chunkSize`` bytes stay
/// idle; a message whose tree needs more than ``chunkSize`` bytes gets a zone of its own, sized exactly.
enum MessagePackZonePool {
    /// The bytes of each pooled zone's chunk: msgpack-c's default chunk size (`MSGPACK_ZONE_CHUNK_SIZE`),
    /// room for about 170 map entries.
    static let chunkSize = 8192
    /// How many idle zones are kept: enough for as many threads decoding at once as a server has cores.
    static let maxIdleZones = 16

    private static let idle = Mutex(MessagePackIdleZones())

    /// An idle zone, or a new one; `nil` when `malloc` fails.
    static func take() -> UnsafeMutablePointer<msgpack_zone>? {
        if let zone = idle.withLock({ $0.pop() }) { return zone.pointer }
        return msgpack_zone_new(chunkSize)
    }

    /// Clears `zone` and keeps it for the next decode call, or frees it when enough zones are idle.
    static func recycle(_ zone: UnsafeMutablePointer<msgpack_zone>) {
        msgpack_zone_clear(zone)
        let owned = MessagePackIdleZones.Zone(pointer: zone)
        let kept = idle.withLock { $0.push(owned, limit: maxIdleZones) }
        if !kept { msgpack_zone_free(zone) }
    }
}
