/// The memory msgpack-c's packer writes into: the writable bytes the encoder reserved in the caller's
/// buffer (at least ``MessagePackSizeBound`` bytes), filled front to back by plain copies.
///
/// Every append checks the remaining space; an append that would not fit sets ``overflowed`` instead of
/// writing, so a mistake in the size bound can never write out of bounds.
struct MessagePackOutput {
    /// The first writable byte.
    private let base: UnsafeMutableRawPointer?
    /// How many bytes may be written.
    private let capacity: Int
    /// How many bytes have been written.
    private(set) var written = 0
    /// Whether an append did not fit (a size-bound bug; the encoder reports it instead of returning bad output).
    private(set) var overflowed = false

    /// Starts at the beginning of `memory`.
    init(memory: UnsafeMutableRawBufferPointer) {
        base = memory.baseAddress
        capacity = memory.count
    }

    /// Copies `count` bytes from `bytes`; returns `false` (and writes nothing) when they do not fit.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawPointer?, count: Int) -> Bool {
        guard count > 0 else { return true }
        guard let base, let bytes, count <= capacity - written else {
            overflowed = true
            return false
        }
        let target = base + written
        // Headers, keys and small integers are 1 to 9 bytes: two overlapping unaligned moves cost less than
        // a call to memcpy.
        switch count {
        case 1:
            target.storeBytes(of: bytes.load(as: UInt8.self), as: UInt8.self)
        case 2...3:
            target.storeBytes(of: bytes.loadUnaligned(as: UInt16.self), as: UInt16.self)
            let tail = count - 2
            let last = bytes.loadUnaligned(fromByteOffset: tail, as: UInt16.self)
            target.storeBytes(of: last, toByteOffset: tail, as: UInt16.self)
        case 4...8:
            target.storeBytes(of: bytes.loadUnaligned(as: UInt32.self), as: UInt32.self)
            let tail = count - 4
            let last = bytes.loadUnaligned(fromByteOffset: tail, as: UInt32.self)
            target.storeBytes(of: last, toByteOffset: tail, as: UInt32.self)
        default:
            target.copyMemory(from: bytes, byteCount: count)
        }
        written += count
        return true
    }
}
