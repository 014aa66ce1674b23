internal import CMsgPack

/// The idle zones of ``MessagePackZonePool``, guarded by its mutex.
struct MessagePackIdleZones {
    /// A zone owned by the pool. Sendable because a zone has one owner at a time: the pool, under its lock,
    /// or the one decode call that took it out.
    struct Zone: @unchecked Sendable {
        /// The zone, from `msgpack_zone_new`.
        let pointer: UnsafeMutablePointer<msgpack_zone>
    }

    private var zones: [Zone] = []

    /// Removes and returns the zone given back last, if any.
    mutating func pop() -> Zone? {
        zones.popLast()
    }

    /// Keeps `zone` unless `limit` zones are kept already; returns whether it was kept.
    mutating func push(_ zone: Zone, limit: Int) -> Bool {
        guard zones.count < limit else { return false }
        if zones.capacity < limit { zones.reserveCapacity(limit) }
        zones.append(zone)
        return true
    }
}
