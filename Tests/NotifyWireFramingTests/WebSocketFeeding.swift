import NIOCore
import NotifyWireFraming
import Testing

/// Feeds bytes to a fresh message decoder in pieces, the way a NIO pipeline does: each piece is appended to
/// the bytes the decoder left unconsumed, and the decoder is called until it returns `nil`.
enum WebSocketFeeding {
    /// What the decoder delivers for `input` split at `offsets`, stopping at the first error.
    static func decode(
        _ input: [UInt8],
        role: WebSocketRole,
        limits: WebSocketLimits = .default,
        splitAt offsets: [Int] = []
    ) -> WebSocketOutcome {
        var decoder = WebSocketMessageDecoder(role: role, limits: limits)
        var outcome = WebSocketOutcome()
        var buffer = ByteBuffer()
        var start = 0
        for end in offsets + [input.count] {
            buffer.writeBytes(input[start..<end])
            start = end
            do {
                while let message = try decoder.decode(buffer: &buffer) { outcome.record(message) }
            } catch {
                outcome.record(error)
                return outcome
            }
            buffer.discardReadBytes()
        }
        return outcome
    }

    /// The messages (no control frames) of `input` decoded whole; an error fails the test.
    static func messages(_ input: [UInt8], role: WebSocketRole) throws -> [WebSocketMessage] {
        var decoder = WebSocketMessageDecoder(role: role)
        var buffer = ByteBuffer(bytes: input)
        var messages: [WebSocketMessage] = []
        while let message = try decoder.decode(buffer: &buffer) { messages.append(message) }
        #expect(buffer.readableBytes == 0, "bytes were left undecoded")
        return messages
    }

    /// Offsets that split `count` bytes into pieces of `size` bytes.
    static func stride(of size: Int, count: Int) -> [Int] {
        Array(Swift.stride(from: size, to: count, by: size))
    }

    /// Seeded random split offsets of `count` bytes.
    static func randomOffsets(count: Int, using generator: inout some RandomNumberGenerator) -> [Int] {
        guard count > 1 else { return [] }
        let pieces = Int.random(in: 0...min(count - 1, 40), using: &generator)
        return Set((0..<pieces).map { _ in Int.random(in: 1..<count, using: &generator) }).sorted()
    }
}
