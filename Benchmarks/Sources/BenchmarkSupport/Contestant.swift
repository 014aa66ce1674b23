/// One timed operation of one library on one payload: `encode` or `decode`, with the size of the encoding
/// it writes or reads.
struct Contestant {
    /// The benchmark's name: `<library> <format> <operation>` (`ours msgpack-names encode`).
    let name: String
    /// The size of the encoding written or read, in bytes (the custom metric `encodedBytes`).
    let encodedSize: Int
    /// One operation; throws only when something is broken (the suite then fails).
    let run: () throws -> Void
}
