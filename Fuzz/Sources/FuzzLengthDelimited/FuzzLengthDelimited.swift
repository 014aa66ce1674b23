import FuzzSupport
import NIOCore
import NotifyWire

/// Fuzzes `LengthDelimitedReader` in both framings (varint-prefixed and newline-delimited), with a small
/// message limit, and `LengthDelimitedNotificationDecoder` over the codec each framing carries.
///
/// Properties: the stream fed whole and fed in chunks (``FuzzInput``) gives the same messages and the same
/// error (code, offset); an error's offset lies within the stream; no message exceeds the limit; every
/// notification decoded from the stream round-trips in every codec.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(UnsafeRawBufferPointer(start: data, count: size))
    for framing in [LengthDelimitedFraming.varintPrefixed, .newlineDelimited] {
        let whole = read([input.stream], framing: framing)
        let split = read(input.chunks, framing: framing)
        FuzzProperties.check(
            whole.messages == split.messages && whole.error == split.error,
            "\(framing): whole stream gave \(whole.messages) \(String(describing: whole.error)), split "
                + "\(input.chunks) gave \(split.messages) \(String(describing: split.error))")
        if let error = whole.error { FuzzProperties.checkRejection(error, inputCount: input.stream.count) }
        for message in whole.messages {
            FuzzProperties.check(message.count <= maxMessageBytes, "a message of \(message.count) bytes")
        }
    }
    decodeNotifications(input.wholeBuffer, codec: JSONCodec(), count: input.stream.count)
    decodeNotifications(input.wholeBuffer, codec: ProtobufCodec(), count: input.stream.count)
    decodeNotifications(input.wholeBuffer, codec: MessagePackCodec(), count: input.stream.count)
    return 0
}

private let maxMessageBytes = 300

private struct Outcome {
    var messages: [[UInt8]] = []
    var error: FramingError?
}

private func read(_ chunks: [[UInt8]], framing: LengthDelimitedFraming) -> Outcome {
    var reader = LengthDelimitedReader(framing: framing, maxMessageBytes: maxMessageBytes)
    var outcome = Outcome()
    var buffer = ByteBuffer()
    do {
        for chunk in chunks {
            buffer.writeBytes(chunk)
            while let message = try reader.decode(buffer: &buffer) {
                outcome.messages.append(Array(message.readableBytesView))
            }
            buffer.discardReadBytes()
        }
        while let message = try reader.decodeLast(buffer: &buffer, seenEOF: true) {
            outcome.messages.append(Array(message.readableBytesView))
        }
    } catch {
        outcome.error = error
    }
    return outcome
}

private func decodeNotifications(_ stream: ByteBuffer, codec: some NotificationCodec, count: Int) {
    var decoder = LengthDelimitedNotificationDecoder(codec: codec, maxMessageBytes: maxMessageBytes)
    do {
        for notification in try decoder.decodeAll(stream) { FuzzProperties.checkRoundTrips(notification) }
    } catch {
        FuzzProperties.checkRejection(error, inputCount: count)
        if let codecError = error.codecError {
            FuzzProperties.checkRejection(codecError, by: codec, inputCount: count)
        }
    }
}

FuzzDriver.run(fuzzOneInput)
