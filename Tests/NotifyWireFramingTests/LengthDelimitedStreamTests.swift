import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import Testing

@Suite struct LengthDelimitedStreamTests {
    static let notifications =
        [SampleCorpus.minimal, SampleCorpus.typical, SampleCorpus.large]
        + SampleCorpus.batch.notifications

    /// Feeds `stream` in chunks of `chunkSize` bytes, decoding after each, then signals the end.
    static func dripFeed<Codec: NotificationCodec>(
        _ stream: [UInt8], chunkSize: Int, codec: Codec
    ) throws(FramingError) -> [NotificationMessage] {
        var decoder = LengthDelimitedNotificationDecoder(codec: codec)
        var buffer = ByteBuffer()
        var decoded: [NotificationMessage] = []
        var index = 0
        while index < stream.count {
            let end = min(stream.count, index + chunkSize)
            buffer.writeBytes(stream[index..<end])
            index = end
            while let notification = try decoder.decode(buffer: &buffer) { decoded.append(notification) }
        }
        if let last = try decoder.decodeLast(buffer: &buffer, seenEOF: true) { decoded.append(last) }
        return decoded
    }

    static func frame(_ notifications: [NotificationMessage], codec: some NotificationCodec) throws -> [UInt8] {
        let writer = LengthDelimitedWriter(codec: codec)
        var buffer = ByteBuffer()
        for notification in notifications { try writer.write(notification, into: &buffer) }
        return Array(buffer.readableBytesView)
    }

    @Test(arguments: [1, 2, 3, 7, 64, 100_000])
    func jsonIsNDJSONAndSurvivesAnySplit(chunkSize: Int) throws {
        let stream = try Self.frame(Self.notifications, codec: JSONCodec())
        let lines = stream.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.count == Self.notifications.count + 1)
        #expect(lines.last?.isEmpty == true)
        for (line, notification) in zip(lines, Self.notifications) {
            #expect(Array(line) == (try JSONCodec().encodedBytes(notification)))
        }
        #expect(try Self.dripFeed(stream, chunkSize: chunkSize, codec: JSONCodec()) == Self.notifications)
    }

    @Test(arguments: [1, 2, 5, 128, 100_000])
    func binaryIsVarintPrefixedAndSurvivesAnySplit(chunkSize: Int) throws {
        let codec = WrappedBinaryTestCodec()
        let stream = try Self.frame(Self.notifications, codec: codec)
        // Walk the prefixes independently: each announces the size of the codec's own encoding.
        var index = 0
        for notification in Self.notifications {
            let payload = try codec.encodedBytes(notification)
            var length = 0
            var shift = 0
            while true {
                let byte = stream[index]
                index += 1
                length |= Int(byte & 0x7F) << shift
                shift += 7
                if byte & 0x80 == 0 { break }
            }
            #expect(length == payload.count)
            #expect(Array(stream[index..<index + length]) == payload)
            index += length
        }
        #expect(index == stream.count)
        #expect(try Self.dripFeed(stream, chunkSize: chunkSize, codec: codec) == Self.notifications)
    }

    @Test(arguments: [-1, 0, 100, 16_200, 16_400, 70_000])
    func theWriterPrefixesThePayloadWithItsMinimalVarint(titleLength: Int) throws {
        var notification = titleLength < 0 ? NotificationMessage() : SampleCorpus.minimal
        if titleLength >= 0 { notification.title = String(repeating: "t", count: titleLength) }
        let codec = WrappedBinaryTestCodec()
        let payload = try codec.encodedBytes(notification)
        let stream = try Self.frame([notification], codec: codec)
        #expect(Array(stream.prefix(stream.count - payload.count)) == Self.varint(UInt64(payload.count)))
        #expect(Array(stream.suffix(payload.count)) == payload)
    }

    @Test func prefixSizesCoverOneTwoAndThreeBytes() throws {
        let codec = WrappedBinaryTestCodec()
        var sizes: Set<Int> = []
        for titleLength in [-1, 16_200, 70_000] {
            var notification = titleLength < 0 ? NotificationMessage() : SampleCorpus.minimal
            if titleLength >= 0 { notification.title = String(repeating: "t", count: titleLength) }
            sizes.insert(Self.varint(UInt64(try codec.encodedBytes(notification).count)).count)
        }
        #expect(sizes == [1, 2, 3])
    }

    @Test func aLargeMessageShiftsItsPayloadBehindAThreeBytePrefix() throws {
        var large = SampleCorpus.typical
        large.title = String(repeating: "x", count: 20_000)
        let codec = WrappedBinaryTestCodec()
        let stream = try Self.frame([SampleCorpus.minimal, large, SampleCorpus.minimal], codec: codec)
        let size = try codec.encodedBytes(large).count
        #expect(stream.count == (try codec.encodedBytes(SampleCorpus.minimal).count + 1) * 2 + size + 3)
        #expect(
            try Self.dripFeed(stream, chunkSize: 1000, codec: codec) == [
                SampleCorpus.minimal, large, SampleCorpus.minimal,
            ])
    }

    static func varint(_ value: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
        return bytes
    }

    @Test func anElevenByteVarintIsRejectedAtItsTenthByte() throws {
        var reader = LengthDelimitedReader(framing: .varintPrefixed)
        var buffer = ByteBuffer(bytes: Array(repeating: 0x80, count: 9))
        #expect(try reader.decode(buffer: &buffer) == nil)
        buffer.writeInteger(UInt8(0x80))
        let error = #expect(throws: FramingError.self) { try reader.decode(buffer: &buffer) }
        #expect(error?.code == .streamInvalidLength)
        #expect(error?.offset == 0)
    }

    @Test func aVarintAbove64BitsIsRejected() {
        var reader = LengthDelimitedReader(framing: .varintPrefixed)
        var buffer = ByteBuffer(bytes: Array(repeating: 0xFF, count: 9) + [0x02])
        let error = #expect(throws: FramingError.self) { try reader.decode(buffer: &buffer) }
        #expect(error?.code == .streamInvalidLength)
    }

    @Test(arguments: [UInt64(1025), 1 << 31, 1 << 40, UInt64.max])
    func hugeLengthsFailBeforeAnyPayloadArrives(length: UInt64) throws {
        var reader = LengthDelimitedReader(framing: .varintPrefixed, maxMessageBytes: 1024)
        // One valid message first, so the error offset is that of the second message.
        var buffer = ByteBuffer(bytes: [0x02, 0x41, 0x42] + Self.varint(length))
        #expect(try reader.decode(buffer: &buffer)?.readableBytesView.elementsEqual([0x41, 0x42]) == true)
        let error = #expect(throws: FramingError.self) { try reader.decode(buffer: &buffer) }
        #expect(error?.code == .streamMessageTooLarge)
        #expect(error?.offset == 3)
    }

    @Test func aMessageAtTheLimitIsAccepted() throws {
        var reader = LengthDelimitedReader(framing: .varintPrefixed, maxMessageBytes: 3)
        var buffer = ByteBuffer(bytes: [0x03, 1, 2, 3])
        #expect(try reader.decode(buffer: &buffer)?.readableBytes == 3)
    }

    @Test func aTruncatedBinaryStreamIsAnErrorAtTheEnd() throws {
        var reader = LengthDelimitedReader(framing: .varintPrefixed)
        var buffer = ByteBuffer(bytes: [0x05, 1, 2])
        #expect(try reader.decode(buffer: &buffer) == nil)
        let error = #expect(throws: FramingError.self) { try reader.decodeLast(buffer: &buffer, seenEOF: true) }
        #expect(error?.code == .streamTruncated)
        #expect(error?.offset == 3)
    }

    @Test func ndjsonSkipsEmptyLinesDropsCRAndTakesALastLineWithoutLF() throws {
        var reader = LengthDelimitedReader(framing: .newlineDelimited)
        let input = "\n\r\n{\"a\":1}\r\n\n{\"b\":2}"
        var buffer = ByteBuffer(string: input)
        #expect(try reader.decode(buffer: &buffer).map { String(buffer: $0) } == "{\"a\":1}")
        #expect(try reader.decode(buffer: &buffer) == nil)
        #expect(try reader.decodeLast(buffer: &buffer, seenEOF: true).map { String(buffer: $0) } == "{\"b\":2}")
        #expect(reader.streamOffset == input.utf8.count)
    }

    @Test func anNDJSONLineOverTheLimitFailsBeforeItsEnd() throws {
        var reader = LengthDelimitedReader(framing: .newlineDelimited, maxMessageBytes: 8)
        var buffer = ByteBuffer(string: "{\"a\":1}\n")
        #expect(try reader.decode(buffer: &buffer) != nil)
        buffer.writeString("[1,2,3,4,")
        #expect(try reader.decode(buffer: &buffer) == nil)
        buffer.writeString("5")
        let error = #expect(throws: FramingError.self) { try reader.decode(buffer: &buffer) }
        #expect(error?.code == .streamMessageTooLarge)
        #expect(error?.offset == 8)
    }

    /// Fuzz finding (FuzzLengthDelimited): a last line without LF of limit + 1 bytes, not ending in CR, was
    /// returned by `decodeLast` (`decode` waits for one byte more than the limit, as a CR may follow). The
    /// stream the fuzzer found: 301 bytes, limit 300. With a CR as byte 301 the line is at the limit.
    @Test func aLastLineWithoutLineFeedOverTheLimitIsRejected() throws {
        var bytes: [UInt8] = [0x7B] + [UInt8](repeating: 0, count: 15) + [0x04] + [UInt8](repeating: 0, count: 7)
        bytes += [UInt8](repeating: 0xD5, count: 301 - bytes.count)
        var reader = LengthDelimitedReader(framing: .newlineDelimited, maxMessageBytes: 300)
        var buffer = ByteBuffer(bytes: bytes)
        #expect(try reader.decode(buffer: &buffer) == nil)
        let error = #expect(throws: FramingError.self) { try reader.decodeLast(buffer: &buffer, seenEOF: true) }
        #expect(error?.code == .streamMessageTooLarge)
        #expect(error?.offset == 0)
        var withCR = LengthDelimitedReader(framing: .newlineDelimited, maxMessageBytes: 300)
        var atTheLimit = ByteBuffer(bytes: bytes.dropLast() + [0x0D])
        #expect(try withCR.decode(buffer: &atTheLimit) == nil)
        #expect(try withCR.decodeLast(buffer: &atTheLimit, seenEOF: true)?.readableBytes == 300)
    }

    @Test func theLargestLimitsDoNotOverflow() throws {
        var lines = LengthDelimitedReader(framing: .newlineDelimited, maxMessageBytes: .max)
        var buffer = ByteBuffer(string: "{\"partial\":")
        #expect(try lines.decode(buffer: &buffer) == nil)
        var prefixed = LengthDelimitedReader(framing: .varintPrefixed, maxMessageBytes: .max)
        var hostile = ByteBuffer(bytes: Self.varint(UInt64(Int.max)) + [1, 2, 3])
        #expect(try prefixed.decode(buffer: &hostile) == nil)
        #expect(hostile.readableBytes == Self.varint(UInt64(Int.max)).count + 3)
    }

    @Test func aTextCodecWritingALineFeedIsRefusedAndLeavesTheBufferAlone() {
        let writer = LengthDelimitedWriter(codec: LineBreakingJSONTestCodec())
        var buffer = ByteBuffer(string: "kept")
        let error = #expect(throws: FramingError.self) { try writer.write(SampleCorpus.typical, into: &buffer) }
        #expect(error?.code == .payloadEncodingFailed)
        #expect(String(buffer: buffer) == "kept")
    }

    @Test func aMessageTheCodecRejectsIsReportedWithItsOffset() throws {
        var decoder = LengthDelimitedNotificationDecoder(codec: JSONCodec())
        var buffer = ByteBuffer(
            string:
                "\(String(decoding: (try? JSONCodec().encodedBytes(SampleCorpus.minimal)) ?? [], as: UTF8.self))\n{\"id\":1}\n"
        )
        #expect(try decoder.decode(buffer: &buffer) == SampleCorpus.minimal)
        let error = #expect(throws: FramingError.self) { try decoder.decode(buffer: &buffer) }
        #expect(error?.code == .payloadDecodingFailed)
        #expect(error?.codecError != nil)
        #expect(error?.offset == (try? JSONCodec().encodedBytes(SampleCorpus.minimal).count + 1))
    }

    @Test func worksInsideNIOSingleStepByteToMessageProcessor() throws {
        let stream = try Self.frame(Self.notifications, codec: WrappedBinaryTestCodec())
        let processor = NIOSingleStepByteToMessageProcessor(
            LengthDelimitedNotificationDecoder(codec: WrappedBinaryTestCodec()))
        var decoded: [NotificationMessage] = []
        var index = 0
        while index < stream.count {
            let end = min(stream.count, index + 37)
            try processor.process(buffer: ByteBuffer(bytes: stream[index..<end])) { decoded.append($0) }
            index = end
        }
        try processor.finishProcessing(seenEOF: true) { decoded.append($0) }
        #expect(decoded == Self.notifications)
        let truncated = NIOSingleStepByteToMessageProcessor(LengthDelimitedReader(framing: .varintPrefixed))
        try truncated.process(buffer: ByteBuffer(bytes: [0x03, 0x01])) { _ in Issue.record("no message expected") }
        let error = #expect(throws: FramingError.self) {
            try truncated.finishProcessing(seenEOF: true) { _ in Issue.record("no message expected") }
        }
        #expect(error?.code == .streamTruncated)
    }

    @Test func mediaTypes() {
        #expect(LengthDelimitedWriter(codec: JSONCodec()).mediaType == "application/x-ndjson")
        #expect(
            LengthDelimitedFraming.mediaType(for: RenamedTestCodec.protobuf) == "application/protobuf; delimited=varint"
        )
    }
}
