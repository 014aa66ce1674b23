import NIOCore
public import NotifyWire

/// The body of the two WebSocket targets, one per role.
///
/// Properties: the stream fed whole and fed in chunks gives the same messages and the same error (code,
/// offset); an error's offset lies within the stream and it implies a close code; text messages and close
/// reasons are valid UTF-8; no data message exceeds `maxMessageBytes`, no control payload 125 bytes.
public enum WebSocketFuzzing {
    /// Small limits, so that the fuzzer reaches them.
    public static let limits = WebSocketLimits(maxFramePayloadBytes: 256, maxMessageBytes: 512)

    /// Runs the properties over one fuzz input.
    public static func run(role: WebSocketRole, bytes: UnsafeRawBufferPointer) {
        let input = FuzzInput(bytes)
        let whole = decode([input.stream], role: role)
        let split = decode(input.chunks, role: role)
        FuzzProperties.check(
            whole.messages == split.messages && whole.error == split.error,
            "\(role): whole stream gave \(whole.messages) \(String(describing: whole.error)), split \(input.chunks) "
                + "gave \(split.messages) \(String(describing: split.error))")
        if let error = whole.error {
            FuzzProperties.checkRejection(error, inputCount: input.stream.count)
            FuzzProperties.check(error.closeCode != nil, "a WebSocket error implies no close code: \(error)")
        }
        for message in whole.messages { checkMessage(message) }
    }

    private static func checkMessage(_ message: WebSocketMessage) {
        switch message {
        case .text(let buffer):
            FuzzProperties.check(buffer.readableBytes <= limits.maxMessageBytes, "a text message over the limit")
            FuzzProperties.check(
                String(validating: buffer.readableBytesView, as: UTF8.self) != nil, "a text message of invalid UTF-8")
        case .binary(let buffer):
            FuzzProperties.check(buffer.readableBytes <= limits.maxMessageBytes, "a binary message over the limit")
        case .ping(let buffer), .pong(let buffer):
            FuzzProperties.check(buffer.readableBytes <= 125, "a control frame of \(buffer.readableBytes) bytes")
        case .close(let close):
            if let close {
                FuzzProperties.check(close.reason.utf8.count <= 123, "a close reason over 123 bytes")
            }
        }
    }

    private struct Outcome {
        var messages: [WebSocketMessage] = []
        var error: FramingError?
    }

    private static func decode(_ chunks: [[UInt8]], role: WebSocketRole) -> Outcome {
        var decoder = WebSocketMessageDecoder(role: role, limits: limits)
        var outcome = Outcome()
        var buffer = ByteBuffer()
        do {
            for chunk in chunks {
                buffer.writeBytes(chunk)
                while let message = try decoder.decode(buffer: &buffer) { outcome.messages.append(message) }
                buffer.discardReadBytes()
            }
        } catch {
            outcome.error = error
        }
        return outcome
    }
}
