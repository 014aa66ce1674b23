import FuzzSupport
import NIOCore
import NotifyWire

/// Fuzzes `SSEEventParser` with small limits, so that the fuzzer reaches them.
///
/// Properties: the stream fed whole and fed in chunks cut at points taken from the input (``FuzzInput``)
/// gives the same events, the same error (code and offset), the same last event ID and retry; an error's
/// offset lies within the stream; a dispatched event's data is at most 3 × `maxEventDataBytes` bytes of
/// UTF-8 (the limit counts bytes received, and each invalid byte becomes a 3-byte U+FFFD).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(UnsafeRawBufferPointer(start: data, count: size))
    let whole = parse([input.stream])
    let split = parse(input.chunks)
    FuzzProperties.check(whole == split, "whole stream gave \(whole), split \(input.chunks) gave \(split)")
    if let error = whole.error { FuzzProperties.checkRejection(error, inputCount: input.stream.count) }
    for event in whole.events {
        FuzzProperties.check(
            event.data.utf8.count <= 3 * limits.maxEventDataBytes,
            "event data of \(event.data.utf8.count) bytes, over 3 × the limit of \(limits.maxEventDataBytes)")
    }
    return 0
}

private let limits = SSEParserLimits(maxLineBytes: 64, maxEventDataBytes: 128)

private struct Outcome: Equatable, CustomStringConvertible {
    var events: [SSEEvent] = []
    var error: FramingError?
    var lastEventID = ""
    var retry: Int?

    var description: String { "\(events.count) events \(events), error \(String(describing: error))" }
}

private func parse(_ chunks: [[UInt8]]) -> Outcome {
    var parser = SSEEventParser(limits: limits)
    var outcome = Outcome()
    do {
        for chunk in chunks {
            var buffer = ByteBuffer(bytes: chunk)
            while let event = try parser.decode(buffer: &buffer) { outcome.events.append(event) }
            FuzzProperties.check(buffer.readableBytes == 0, "decode returned nil with bytes left in the buffer")
        }
    } catch {
        outcome.error = error
    }
    outcome.lastEventID = parser.lastEventID
    outcome.retry = parser.retry
    parser.finish()
    return outcome
}

FuzzDriver.run(fuzzOneInput)
