import NIOCore
import NotifyWireFraming
import Testing

/// Parser behaviour beyond the conformance vectors: limits, stepping, finishing, retry overflow.
@Suite struct SSEEventParserTests {
    static let shortLines = SSEParserLimits(maxLineBytes: 16)
    static let smallEvents = SSEParserLimits(maxEventDataBytes: 10)

    @Test func lineAtTheLimitIsAccepted() throws {
        // "data: 0123456789" is 16 bytes.
        let result = try SSEFeeding.parse(Array("data: 0123456789\n\n".utf8), limits: Self.shortLines)
        #expect(result.events == [SSEEvent(data: "0123456789")])
    }

    /// The offset is where the long line starts: 9 bytes of a first event come before it.
    @Test(arguments: [[], [3, 10, 12, 20], Array(1..<30)])
    func lineTooLongReportsWhereTheLineStarts(offsets: [Int]) {
        let input = Array("data: a\n\n: comment of 17 bytes\n".utf8)
        let error = #expect(throws: FramingError.self) {
            try SSEFeeding.parse(input, splitAt: offsets, limits: Self.shortLines)
        }
        #expect(error?.code == .lineTooLong)
        #expect(error?.offset == 9)
    }

    /// Fuzz finding (FuzzSSEParser): the data limit counts bytes received, and each invalid UTF-8 byte is
    /// dispatched as U+FFFD, 3 bytes, so an event's data can reach 3 × `maxEventDataBytes` bytes of UTF-8 (as
    /// `SSEParserLimits` documents). 9 bytes 0xFF and the LF are 10 bytes received: at the limit, accepted; the
    /// data is 27 bytes.
    @Test func invalidUTF8DataStaysWithinThreeTimesTheLimitOfBytesReceived() throws {
        let input: [UInt8] = Array("data:".utf8) + Array(repeating: 0xFF, count: 9) + [0x0A, 0x0A]
        let result = try SSEFeeding.parse(input, limits: Self.smallEvents)
        let data = try #require(result.events.first?.data)
        #expect(data == String(repeating: "\u{FFFD}", count: 9))
        #expect(data.utf8.count == 27)
        #expect(data.utf8.count <= 3 * Self.smallEvents.maxEventDataBytes)
        let oneMore: [UInt8] = Array("data:".utf8) + Array(repeating: 0xFF, count: 10) + [0x0A, 0x0A]
        let error = #expect(throws: FramingError.self) { try SSEFeeding.parse(oneMore, limits: Self.smallEvents) }
        #expect(error?.code == .eventTooLarge, "11 bytes received: over the limit, whatever they decode to")
    }

    @Test func unterminatedLongLineFailsBeforeItEnds() throws {
        var parser = SSEEventParser(limits: Self.shortLines)
        var first = ByteBuffer(string: "\r\ndata: 01234567")
        #expect(try parser.decode(buffer: &first) == nil)
        var second = ByteBuffer(string: "89")
        #expect(try parser.decode(buffer: &second) == nil, "16 bytes: at the limit")
        second = ByteBuffer(string: "0")
        let error = #expect(throws: FramingError.self) { try parser.decode(buffer: &second) }
        #expect(error?.code == .lineTooLong)
        #expect(error?.offset == 2)
        var more = ByteBuffer(string: "\n\n")
        let again = #expect(throws: FramingError.self) { try parser.decode(buffer: &more) }
        #expect(again == error, "after an error the parser keeps failing until finish()")
        parser.finish()
        var fresh = ByteBuffer(string: "data: ok\n\n")
        #expect(try parser.decode(buffer: &fresh) == SSEEvent(data: "ok"))
    }

    /// "data: 12345" and "data: 678" fill the 10-byte data buffer exactly (values plus one LF each); the
    /// third data line, at byte 22, goes over.
    @Test(arguments: [[], [5, 23, 24], Array(1..<34)])
    func eventTooLargeReportsTheLineThatGoesOver(offsets: [Int]) {
        let input = Array("data: 12345\ndata: 678\ndata: 9\n\n".utf8)
        let error = #expect(throws: FramingError.self) {
            try SSEFeeding.parse(input, splitAt: offsets, limits: Self.smallEvents)
        }
        #expect(error?.code == .eventTooLarge)
        #expect(error?.offset == 22)
    }

    @Test func eventAtTheDataLimitIsDispatched() throws {
        let result = try SSEFeeding.parse(Array("data: 12345\ndata: 678\n\n".utf8), limits: Self.smallEvents)
        #expect(result.events == [SSEEvent(data: "12345\n678")])
    }

    @Test func oneEventPerCallAndTheRestStaysInTheBuffer() throws {
        var parser = SSEEventParser()
        var buffer = ByteBuffer(string: "id: 1\ndata: a\n\ndata: b\n\ndata: partial")
        #expect(try parser.decode(buffer: &buffer) == SSEEvent(data: "a", lastEventID: "1"))
        #expect(String(buffer: buffer) == "data: b\n\ndata: partial")
        #expect(try parser.decode(buffer: &buffer) == SSEEvent(data: "b", lastEventID: "1"))
        #expect(try parser.decode(buffer: &buffer) == nil)
        #expect(buffer.readableBytes == 0)
        var rest = ByteBuffer(string: "\n\n")
        #expect(try parser.decode(buffer: &rest) == SSEEvent(data: "partial", lastEventID: "1"))
    }

    @Test func idIsCommittedOnlyByTheBlankLine() throws {
        var parser = SSEEventParser()
        var buffer = ByteBuffer(string: "id: 5\n")
        #expect(try parser.decode(buffer: &buffer) == nil)
        #expect(parser.lastEventID == "")
        buffer = ByteBuffer(string: "\n")
        #expect(try parser.decode(buffer: &buffer) == nil)
        #expect(parser.lastEventID == "5")
    }

    @Test func finishDiscardsTheIncompleteEventAndStartsANewStream() throws {
        var parser = SSEEventParser()
        var buffer = ByteBuffer(string: "id: 1\nretry: 10\ndata: a\n\nid: 2\ndata: lost\n")
        #expect(try parser.decode(buffer: &buffer) == SSEEvent(data: "a", lastEventID: "1"))
        #expect(try parser.decode(buffer: &buffer) == nil)
        parser.finish()
        #expect(parser.lastEventID == "1")
        #expect(parser.retry == 10)
        var next = ByteBuffer(bytes: [0xEF, 0xBB, 0xBF] + Array("data: b\n\n".utf8))
        #expect(try parser.decode(buffer: &next) == SSEEvent(data: "b", lastEventID: "1"))
    }

    @Test(arguments: [
        ("retry: 99999999999999999999999999\n", 7),
        ("retry: 9223372036854775808\n", 7),
        ("retry: 9223372036854775807\n", Int.max),
        ("retry: 18446744073709551616\n", 7),
    ])
    func retryTooLargeForIntIsIgnored(line: String, expected: Int) throws {
        let result = try SSEFeeding.parse(Array(("retry: 7\n" + line).utf8))
        #expect(result.retry == expected)
    }

    @Test func errorDescriptionIsOneSentence() {
        let error = FramingError(.lineTooLong, offset: 17, message: "the line is longer than the limit of 16 bytes")
        #expect(error.description == "framing error at byte 17: the line is longer than the limit of 16 bytes")
        #expect(FramingError.Code.eventTooLarge.description == "eventTooLarge")
    }

    @Test func defaultLimits() {
        #expect(SSEParserLimits.default.maxLineBytes == 1 << 20)
        #expect(SSEParserLimits.default.maxEventDataBytes == 4 << 20)
    }
}

/// The parser plugs into SwiftNIO's single-step decoding machinery.
@Suite struct SSEEventParserNIOTests {
    @Test func worksInsideNIOSingleStepByteToMessageProcessor() throws {
        let processor = NIOSingleStepByteToMessageProcessor(SSEEventParser())
        var events: [SSEEvent] = []
        for chunk in ["id: 1\r", "\ndata: a", "\r\n\r", "\ndata: cut off\n"] {
            try processor.process(buffer: ByteBuffer(string: chunk)) { events.append($0) }
        }
        try processor.finishProcessing(seenEOF: true) { events.append($0) }
        #expect(events == [SSEEvent(data: "a", lastEventID: "1")])
    }
}
