/// The 4-byte masking key of a WebSocket frame (RFC 6455 section 5.3).
///
/// Clients must mask every frame with a fresh key that the server cannot predict; ``random()`` draws one
/// from `SystemRandomNumberGenerator`, which the standard library documents as cryptographically secure
/// (on Linux it reads `getrandom(2)`).
public struct WebSocketMaskingKey: Hashable, Sendable {
    /// The key as a big-endian number: the first key byte on the wire is the most significant byte.
    public let value: UInt32

    /// The key whose wire bytes are `first`, `second`, `third`, `fourth`.
    public init(_ first: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8) {
        value = UInt32(first) << 24 | UInt32(second) << 16 | UInt32(third) << 8 | UInt32(fourth)
    }

    /// The key whose wire bytes are `value` in big-endian order.
    public init(value: UInt32) { self.value = value }

    /// A fresh key from the system's cryptographically secure generator.
    public static func random() -> WebSocketMaskingKey {
        var generator = SystemRandomNumberGenerator()
        return WebSocketMaskingKey(value: generator.next())
    }

    /// The key's byte at `index` modulo 4, as it appears on the wire.
    func byte(at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(index & 3)))
    }

    /// XORs `bytes` with the key in place; `phase` is the position in the payload of `bytes`' first byte
    /// (only its value modulo 4 matters). Masking and unmasking are the same operation.
    ///
    /// Works eight bytes at a time with a 64-bit pattern of the key (unaligned loads and stores), 32 bytes
    /// per iteration, and byte by byte only for the last seven bytes at most.
    public func apply(to bytes: UnsafeMutableRawBufferPointer, phase: Int = 0) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var pattern: UInt64 = 0
        withUnsafeMutableBytes(of: &pattern) { raw in
            for index in 0..<8 { raw[index] = byte(at: phase &+ index) }
        }
        var index = 0
        while count - index >= 32 {
            let word0 = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let word1 = base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            let word2 = base.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
            let word3 = base.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            base.storeBytes(of: word0 ^ pattern, toByteOffset: index, as: UInt64.self)
            base.storeBytes(of: word1 ^ pattern, toByteOffset: index + 8, as: UInt64.self)
            base.storeBytes(of: word2 ^ pattern, toByteOffset: index + 16, as: UInt64.self)
            base.storeBytes(of: word3 ^ pattern, toByteOffset: index + 24, as: UInt64.self)
            index += 32
        }
        while count - index >= 8 {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            base.storeBytes(of: word ^ pattern, toByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < count {
            let masked = base.load(fromByteOffset: index, as: UInt8.self) ^ byte(at: phase &+ index)
            base.storeBytes(of: masked, toByteOffset: index, as: UInt8.self)
            index += 1
        }
    }
}
