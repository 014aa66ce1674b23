import NotifyWireCore
import NotifyWireMessagePack
import NotifyWireTestSupport
import Testing

/// Seeded random damage to the golden vectors: every result must be a clean error or a value that survives
/// encode-then-decode unchanged.
@Suite struct MessagePackMutationTests {
    @Test(arguments: MessagePackVector.all)
    func mutatedVectorsFailCleanlyOrRoundTrip(vector: MessagePackVector) throws {
        let original = try vector.bytes()
        var generator = SeededGenerator(seed: 0x4655_5A5A ^ UInt64(original.count))
        var decodedCount = 0
        for round in 0..<500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                Self.mutate(&bytes, using: &generator)
            }
            do {
                if vector.entry.notification != nil {
                    let value = try vector.codec.decodeNotification(from: bytes)
                    let again = try vector.codec.decodeNotification(from: vector.codec.encodedBytes(value))
                    #expect(again == value, "round \(round): \(bytes)")
                } else {
                    let value = try vector.codec.decodeBatch(from: bytes)
                    #expect(try vector.codec.decodeBatch(from: vector.codec.encodedBytes(value)) == value)
                }
                decodedCount += 1
            } catch {
                #expect(error.format == .messagePack)
                #expect(error.offset.map { $0 >= 0 && $0 <= bytes.count } == true, "round \(round): \(error)")
            }
        }
        // Most single-byte damage lands in string bodies, which still decode: the round trip is exercised.
        #expect(decodedCount > 0)
    }

    /// Flips a bit, overwrites, inserts or deletes a byte, or bumps a byte (often a length or count) up or down.
    static func mutate(_ bytes: inout [UInt8], using generator: inout SeededGenerator) {
        guard !bytes.isEmpty else {
            bytes.append(UInt8.random(in: 0...255, using: &generator))
            return
        }
        let index = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
        case 1: bytes[index] = UInt8.random(in: 0...255, using: &generator)
        case 2: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
        case 3: bytes.remove(at: index)
        default: bytes[index] &+= Bool.random(using: &generator) ? 1 : 0xFF
        }
    }
}
