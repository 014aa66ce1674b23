import NotifyWireFraming
import NotifyWireTestSupport
import Testing

/// The word-at-a-time masking against the definition of RFC 6455 section 5.3, byte by byte.
@Suite struct WebSocketMaskingKeyTests {
    @Test func matchesTheByteByByteDefinitionAtEveryLengthPhaseAndAlignment() {
        var generator = SeededGenerator(seed: 5)
        let key = WebSocketMaskingKey(0x37, 0xFA, 0x21, 0x3D)
        let keyBytes: [UInt8] = [0x37, 0xFA, 0x21, 0x3D]
        for length in 0..<80 {
            let payload = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for phase in 0..<4 {
                for misalignment in 0..<8 {
                    var storage = [UInt8](repeating: 0xEE, count: misalignment) + payload + [0xEE]
                    storage.withUnsafeMutableBytes { raw in
                        key.apply(
                            to: UnsafeMutableRawBufferPointer(rebasing: raw[misalignment..<misalignment + length]),
                            phase: phase)
                    }
                    let expected = payload.enumerated().map { $0.element ^ keyBytes[($0.offset + phase) % 4] }
                    #expect(Array(storage[misalignment..<misalignment + length]) == expected)
                    #expect(storage.prefix(misalignment).allSatisfy { $0 == 0xEE } && storage.last == 0xEE)
                }
            }
        }
    }

    @Test func maskingTwiceGivesThePayloadBack() {
        var bytes = Array(0..<200).map { UInt8($0) }
        let key = WebSocketMaskingKey(value: 0xDEAD_BEEF)
        bytes.withUnsafeMutableBytes { key.apply(to: $0, phase: 3) }
        #expect(bytes != Array(0..<200).map { UInt8($0) })
        bytes.withUnsafeMutableBytes { key.apply(to: $0, phase: 3) }
        #expect(bytes == Array(0..<200).map { UInt8($0) })
    }

    @Test func keyBytesAreBigEndian() {
        #expect(WebSocketMaskingKey(0x37, 0xFA, 0x21, 0x3D).value == 0x37FA_213D)
    }
}
