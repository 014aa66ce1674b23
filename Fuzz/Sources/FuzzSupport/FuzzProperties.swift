import NIOCore
public import NotifyWire

/// The properties the fuzz targets check. A violated property is a finding: the target prints what was
/// violated and traps, and libFuzzer saves the input that did it.
public enum FuzzProperties {
    /// Every codec the cross-codec round trips go through, in the order of the chain JSON → MessagePack
    /// (names, then field numbers) → Protocol Buffers → JSON.
    public static let codecs: [any NotificationCodec] = [
        JSONCodec(), MessagePackCodec(keyStyle: .names), MessagePackCodec(keyStyle: .fieldNumbers), ProtobufCodec(),
    ]

    /// Reports a violated property and traps.
    public static func fail(_ message: String) -> Never {
        fatalError("NotifyWire fuzz property violated: \(message)")
    }

    /// Traps unless `condition` holds.
    public static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    /// A rejection must carry the format of the codec that rejected, say it was decoding, and give an offset
    /// within the input (`inputCount` itself is where a truncated input ends).
    public static func checkRejection(_ error: CodecError, by codec: any NotificationCodec, inputCount: Int) {
        check(
            error.format == codec.format, "\(codec.format) rejected with an error of format \(error.format): \(error)")
        check(error.operation == .decode, "a decode error says it was encoding: \(error)")
        guard let offset = error.offset else { fail("a decode error without an offset: \(error)") }
        check(offset >= 0 && offset <= inputCount, "offset \(offset) outside an input of \(inputCount) bytes: \(error)")
    }

    /// A framing rejection must give an offset within the input.
    public static func checkRejection(_ error: FramingError, inputCount: Int) {
        guard let offset = error.offset else { fail("a framing error without an offset: \(error)") }
        check(offset >= 0 && offset <= inputCount, "offset \(offset) outside an input of \(inputCount) bytes: \(error)")
    }

    /// A decoded notification re-encodes and decodes back to itself in every codec, and survives the chain
    /// JSON → MessagePack → Protocol Buffers → JSON.
    public static func checkRoundTrips(_ notification: NotificationMessage) {
        for codec in codecs {
            let back = roundTrip(notification, through: codec)
            check(back == notification, "\(describe(codec)) round trip changed \(notification) into \(back)")
        }
        var chained = notification
        for codec in codecs + [codecs[0]] { chained = roundTrip(chained, through: codec) }
        check(chained == notification, "the codec chain changed \(notification) into \(chained)")
    }

    /// A decoded batch re-encodes and decodes back to itself in every codec, and survives the chain.
    public static func checkRoundTrips(_ batch: NotificationBatch) {
        for codec in codecs {
            let back = roundTrip(batch, through: codec)
            check(back == batch, "\(describe(codec)) round trip changed \(batch) into \(back)")
        }
        var chained = batch
        for codec in codecs + [codecs[0]] { chained = roundTrip(chained, through: codec) }
        check(chained == batch, "the codec chain changed \(batch) into \(chained)")
    }

    private static func roundTrip(_ notification: NotificationMessage, through codec: any NotificationCodec)
        -> NotificationMessage
    {
        var buffer = ByteBuffer()
        do {
            try codec.encode(notification, into: &buffer)
        } catch {
            fail("\(describe(codec)) cannot encode a decoded notification: \(error); \(notification)")
        }
        do {
            return try codec.decodeNotification(from: buffer)
        } catch {
            fail("\(describe(codec)) rejects its own encoding: \(error); \(notification)")
        }
    }

    private static func roundTrip(_ batch: NotificationBatch, through codec: any NotificationCodec)
        -> NotificationBatch
    {
        var buffer = ByteBuffer()
        do {
            try codec.encode(batch, into: &buffer)
        } catch {
            fail("\(describe(codec)) cannot encode a decoded batch: \(error); \(batch)")
        }
        do {
            return try codec.decodeBatch(from: buffer)
        } catch {
            fail("\(describe(codec)) rejects its own encoding: \(error); \(batch)")
        }
    }

    private static func describe(_ codec: any NotificationCodec) -> String {
        if let messagePack = codec as? MessagePackCodec { return "MessagePack (\(messagePack.keyStyle))" }
        return codec.format.displayName
    }
}
