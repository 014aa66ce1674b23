import NotifyWireFraming
import Testing

/// The parser finds line ends eight bytes at a time: control bytes that are not line ends (they pass the
/// word test) must be kept, and a line end must be found at every position of a word, for CR, LF and CRLF.
@Suite struct SSELineEndSearchTests {
    /// Bytes below 0x0E that are not line ends, and one just above.
    static let controlBytes: [UInt8] = [0x00, 0x01, 0x09, 0x0B, 0x0C, 0x0E]
    static let lineEnds: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A]]

    /// A `data` value of every length up to 24 bytes with a control byte at every position, under every line
    /// end: the event carries the value unchanged, whole and split after every byte of the prefix.
    @Test(arguments: controlBytes)
    func controlBytesInsideLinesAreKept(control: UInt8) throws {
        for length in 1...24 {
            for position in 0..<length {
                var value = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                value[position] = control
                for end in Self.lineEnds {
                    let input = Array("data: ".utf8) + value + end + end
                    let expected = String(decoding: value, as: UTF8.self)
                    let whole = try SSEFeeding.parse(input)
                    #expect(whole.events == [SSEEvent(data: expected)], "length \(length), at \(position)")
                    let split = try SSEFeeding.parse(input, splitAt: [position + 6])
                    #expect(split.events == [SSEEvent(data: expected)], "length \(length), at \(position), split")
                }
            }
        }
    }

    /// Two data lines whose line end falls at every offset of a word: the values are joined with LF.
    @Test(arguments: lineEnds)
    func lineEndsAtEveryOffsetAreFound(end: [UInt8]) throws {
        for first in 0...17 {
            let firstValue = [UInt8](repeating: UInt8(ascii: "x"), count: first)
            let input = Array("data:".utf8) + firstValue + end + Array("data:y".utf8) + end + end
            let result = try SSEFeeding.parse(input)
            let expected = String(decoding: firstValue, as: UTF8.self) + "\ny"
            #expect(result.events == [SSEEvent(data: expected)], "first line of \(first) bytes")
        }
    }
}
