import NIOCore
import NotifyWireFraming
import Testing

/// Feeds a whole stream to a fresh parser in pieces and collects what it dispatches.
enum SSEFeeding {
    /// The events, the final retry and the final last event ID of `input` split at `offsets`.
    static func parse(
        _ input: [UInt8],
        splitAt offsets: [Int] = [],
        limits: SSEParserLimits = .default
    ) throws(FramingError) -> (events: [SSEEvent], retry: Int?, lastEventID: String) {
        var parser = SSEEventParser(limits: limits)
        var events: [SSEEvent] = []
        var start = 0
        for end in offsets + [input.count] {
            var buffer = ByteBuffer(bytes: input[start..<end])
            while let event = try parser.decode(buffer: &buffer) { events.append(event) }
            #expect(buffer.readableBytes == 0, "the parser returned nil without consuming every byte")
            start = end
        }
        parser.finish()
        return (events, parser.retry, parser.lastEventID)
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
