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
}
