import NotifyWireCore
import NotifyWireMessagePack
import Testing

/// Input written to make a decoder allocate, recurse or read on an attacker's word.
@Suite struct MessagePackHostileInputTests {
    typealias B = MessagePackBytes

    @Test func anArrayClaimingFourBillionElementsInFiveBytes() {
        expectDecodeError([0xDD, 0xFF, 0xFF, 0xFF, 0xFF], .truncated, offset: 0)
        let prefix = B.map(1) + B.str("zzz")
        expectDecodeError(prefix + [0xDD, 0xFF, 0xFF, 0xFF, 0xFF], .truncated, offset: prefix.count)
        expectDecodeError(prefix + [0xDF, 0xFF, 0xFF, 0xFF, 0xFF, 0xC0], .truncated, offset: prefix.count)
    }

    @Test func aMapNeedsTwoBytesPerEntry() {
        // map16 of 3 entries followed by 5 bytes: each entry needs a key and a value.
        let prefix = B.map(1) + B.str("zzz")
        expectDecodeError(
            prefix + [0xDE, 0x00, 0x03] + [0x01, 0x02, 0x03, 0x04, 0x05], .truncated, offset: prefix.count)
    }

    @Test func aStringClaimingOneGibibyte() {
        let prefix = B.map(1) + B.str("id")
        expectDecodeError(
            prefix + [0xDB, 0x40, 0x00, 0x00, 0x00] + Array("abc".utf8), .truncated, offset: prefix.count)
        // The same claim for binary data and an extension value in an unknown field.
        let unknown = B.map(1) + B.str("zzz")
        expectDecodeError(unknown + [0xC6, 0x40, 0x00, 0x00, 0x00, 0x00], .truncated, offset: unknown.count)
        expectDecodeError(unknown + [0xC9, 0x40, 0x00, 0x00, 0x00, 0x01, 0x00], .truncated, offset: unknown.count)
    }

    @Test func aThousandNestedArrays() {
        let prefix = B.map(1) + B.str("z")
        let bytes = prefix + [UInt8](repeating: 0x91, count: 1000) + [0xC0]
        // The top-level map is depth 1; msgpack-c stops at 32 containers, so the 32nd array (depth 33) fails.
        expectDecodeError(bytes, .limitExceeded, offset: prefix.count + 31)
        let maps = [UInt8](repeating: 0x81, count: 1) + (0..<1000).flatMap { _ in [0xA1, 0x7A, 0x81] } + [0xA0, 0xC0]
        expectDecodeError(maps, .limitExceeded, offset: 3 * 32)
    }

    @Test func nestingUpToThirtyTwoDecodes() throws {
        let bytes = B.map(2) + B.str("z") + [UInt8](repeating: 0x91, count: 31) + [0xC0] + B.str("id") + B.str("x")
        #expect(try MessagePackCodec().decodeNotification(from: bytes) == NotificationMessage(id: "x"))
    }

    @Test func theDepthLimitIsConfigurable() throws {
        let codec = MessagePackCodec(limits: DecodingLimits(maxDepth: 5))
        let prefix = B.map(1) + B.str("z")
        let fine = prefix + [UInt8](repeating: 0x91, count: 4) + [0xC0]
        #expect(try codec.decodeNotification(from: fine) == NotificationMessage())
        let tooDeep = prefix + [UInt8](repeating: 0x91, count: 5) + [0xC0]
        expectDecodeError(tooDeep, .limitExceeded, offset: prefix.count + 4, codec: codec)
    }

    @Test func theReservedByte() {
        expectDecodeError([0xC1], .malformed, offset: 0)
        let prefix = B.map(2) + B.str("id") + B.str("x") + B.str("zzz")
        expectDecodeError(prefix + [0xC1], .malformed, offset: prefix.count)
        expectDecodeError(B.map(1) + [0xC1, 0xC0], .malformed, offset: 1)
    }

    @Test func entryAndStringLimits() throws {
        let codec = MessagePackCodec(limits: DecodingLimits(maxStringBytes: 4, maxEntries: 3))
        let tags = B.map(1) + B.str("tags")
        let four = tags + B.array(4) + [UInt8](repeating: 0xA0, count: 4)
        expectDecodeError(four, .limitExceeded, offset: tags.count, codec: codec)
        let three = tags + B.array(3) + [UInt8](repeating: 0xA0, count: 3)
        #expect(try codec.decodeNotification(from: three).tags == ["", "", ""])

        let id = B.map(1) + B.str("id")
        expectDecodeError(id + B.str("hello"), .limitExceeded, offset: id.count, codec: codec)
        #expect(try codec.decodeNotification(from: id + B.str("hell")).id == "hell")
        // Skipped values count too.
        let unknown = B.map(1) + [0x63]
        expectDecodeError(unknown + [0xC4, 0x05, 1, 2, 3, 4, 5], .limitExceeded, offset: unknown.count, codec: codec)
    }

    @Test func theMessageSizeLimit() throws {
        let codec = MessagePackCodec(limits: DecodingLimits(maxMessageBytes: 10))
        let bytes = B.map(1) + B.str("id") + B.str("12345678")
        expectDecodeError(bytes, .limitExceeded, offset: 10, codec: codec)
        #expect(try codec.decodeNotification(from: B.map(1) + B.str("id") + B.str("12345")).id == "12345")
    }
}
