import NIOCore
import NotifyWireCore
import NotifyWireProtobuf
import Testing

@Suite struct ProtobufEncodingErrorTests {
    let codec = ProtobufCodec()

    static let invalidTimestamps = [
        Timestamp(seconds: Timestamp.validSecondsRange.upperBound + 1),
        Timestamp(seconds: Timestamp.validSecondsRange.lowerBound - 1),
        Timestamp(seconds: 0, nanos: -1),
        Timestamp(seconds: 0, nanos: 1_000_000_000),
    ]

    @Test(arguments: invalidTimestamps)
    func invalidTimestampIsUnencodableAndLeavesTheBufferAlone(timestamp: Timestamp) throws {
        var buffer = ByteBuffer(bytes: [1, 2, 3])
        var notification = SampleCorpus.typical
        notification.createdAt = timestamp
        let error = try #require(throws: CodecError.self) { try codec.encode(notification, into: &buffer) }
        #expect(error.code == .unencodable)
        #expect(error.operation == .encode)
        #expect(error.path == "createdAt")
        #expect(buffer.readableBytesView.elementsEqual([1, 2, 3]))
    }

    @Test func invalidTimestampInABatchNamesTheNotification() throws {
        var batch = SampleCorpus.batch
        batch.notifications[2].createdAt = Timestamp(seconds: 0, nanos: -5)
        var buffer = ByteBuffer(bytes: [9])
        let error = try #require(throws: CodecError.self) { try codec.encode(batch, into: &buffer) }
        #expect(error.code == .unencodable)
        #expect(error.path == "notifications[2].createdAt")
        // The first two notifications had been written already: the writer index went back anyway.
        #expect(buffer.readableBytesView.elementsEqual([9]))
    }

    static let nulCases: [(String, @Sendable (inout NotificationMessage) -> Void)] = [
        ("id", { $0.id = "a\u{0}b" }),
        ("title", { $0.title = "\u{0}" }),
        ("actor.displayName", { $0.actor?.displayName = "Ana\u{0}" }),
        ("subject.parentId", { $0.subject?.parentID = "p\u{0}" }),
        ("tags[1]", { $0.tags[1] = "sa\u{0}fari" }),
        ("data[\"projectKey\"]", { $0.data["projectKey"] = "C\u{0}HK" }),
        ("data[0]", { $0.data["\u{0}"] = "x" }),
    ]

    @Test(arguments: 0..<nulCases.count)
    func stringsHoldingNULAreUnencodable(caseIndex: Int) throws {
        let (path, mutate) = Self.nulCases[caseIndex]
        var notification = SampleCorpus.typical
        mutate(&notification)
        var buffer = ByteBuffer(bytes: [7, 7])
        let error = try #require(throws: CodecError.self) { try codec.encode(notification, into: &buffer) }
        #expect(error.code == .unencodable)
        #expect(error.path == path)
        #expect(buffer.readableBytesView.elementsEqual([7, 7]))
    }

    @Test func nulInTheBatchCursorIsUnencodable() throws {
        var buffer = ByteBuffer()
        let batch = NotificationBatch(notifications: [SampleCorpus.minimal], cursor: "c\u{0}")
        let error = try #require(throws: CodecError.self) { try codec.encode(batch, into: &buffer) }
        #expect(error.code == .unencodable)
        #expect(error.path == "cursor")
        #expect(buffer.readableBytes == 0)
    }
}
