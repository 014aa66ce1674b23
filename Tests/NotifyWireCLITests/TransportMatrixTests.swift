import HTTPTypes
import NIOCore
import NotifyWire
import Testing

/// One codec under test, named for the test report.
struct MatrixCodec: Sendable, CustomTestStringConvertible {
    let name: String
    let codec: any NotificationCodec

    var testDescription: String { name }

    static let all = [
        MatrixCodec(name: "json", codec: JSONCodec()),
        MatrixCodec(name: "msgpack-names", codec: MessagePackCodec(keyStyle: .names)),
        MatrixCodec(name: "msgpack-numbers", codec: MessagePackCodec(keyStyle: .fieldNumbers)),
        MatrixCodec(name: "protobuf", codec: ProtobufCodec()),
    ]
}

/// The transports of the matrix.
enum MatrixTransport: String, CaseIterable, Sendable {
    case sse, webSocketServer, webSocketClient, pollBody, lengthDelimited
}

/// Every corpus notification through every real codec and every transport: frame, parse, decode, compare.
@Suite struct TransportMatrixTests {
    /// Every notification of the built-in corpus, the batch's included.
    static let corpus: [NotificationMessage] = SampleCorpus.entries.flatMap { entry in
        (entry.notification.map { [$0] } ?? []) + (entry.batch?.notifications ?? [])
    }

    @Test(arguments: MatrixCodec.all, MatrixTransport.allCases)
    func everyCorpusNotificationSurvives(codec: MatrixCodec, transport: MatrixTransport) throws {
        #expect(Self.corpus.count >= 5)
        for notification in Self.corpus {
            let decoded = try Self.roundTrip(notification, codec: codec.codec, transport: transport)
            #expect(decoded == [notification], "\(codec.name) over \(transport): \(notification.id)")
        }
    }

    static func roundTrip(
        _ notification: NotificationMessage, codec: some NotificationCodec, transport: MatrixTransport
    ) throws -> [NotificationMessage] {
        var wire = ByteBuffer()
        switch transport {
        case .sse:
            try SSEEventWriter().write(notification, codec: codec, into: &wire)
            let parsed = try SSEParsedStream(parsing: wire)
            #expect(parsed.lastEventID == String(notification.sequence) || notification.sequence == 0)
            return try parsed.notifications(codec: codec)
        case .webSocketServer, .webSocketClient:
            let role: WebSocketRole = transport == .webSocketServer ? .server : .client
            try WebSocketFrameEncoder(role: role).write(notification, codec: codec, into: &wire)
            var decoder = WebSocketMessageDecoder(role: role == .server ? .client : .server)
            var messages: [NotificationMessage] = []
            while let message = try decoder.decode(buffer: &wire) {
                messages.append(try message.notification(codec: codec))
            }
            #expect(wire.readableBytes == 0)
            return messages
        case .pollBody:
            let log = ReplayLog<NotificationMessage>()
            log.append(notification, sequence: 1, byteCount: 0)
            let response = PollResponder(log: log, registry: CodecRegistry(codecs: [codec]))
                .respond(to: PollRequest(accept: codec.mediaType, cursor: "0"))
            #expect(response.status == 200)
            #expect(response.headers[.contentType] == codec.mediaType)
            let batch = try codec.decodeBatch(from: response.body)
            #expect(batch.cursor == "1")
            return batch.notifications
        case .lengthDelimited:
            try LengthDelimitedWriter(codec: codec).write(notification, into: &wire)
            var decoder = LengthDelimitedNotificationDecoder(codec: codec)
            // Drip-fed one byte at a time.
            var chunk = ByteBuffer()
            var messages: [NotificationMessage] = []
            while let byte = wire.readInteger(as: UInt8.self) {
                chunk.writeInteger(byte)
                if let message = try decoder.decode(buffer: &chunk) { messages.append(message) }
            }
            if let last = try decoder.decodeLast(buffer: &chunk, seenEOF: true) { messages.append(last) }
            return messages
        }
    }

    @Test func theStandardRegistryNegotiatesEveryAcceptedMediaType() {
        let registry = CodecRegistry.standard
        #expect(registry.names == ["json", "msgpack", "protobuf"])
        for codec in registry.codecs {
            for mediaType in codec.acceptedMediaTypes {
                #expect(registry.negotiate(accept: mediaType).codec?.format == codec.format, "\(mediaType)")
                #expect(registry.codec(forContentType: mediaType)?.format == codec.format)
            }
        }
        #expect(registry.negotiate(accept: "*/*").codec?.format == .json)
        let subprotocols = WebSocketSubprotocols(registry: registry)
        #expect(
            subprotocols.names == [
                WebSocketSubprotocols.json, WebSocketSubprotocols.messagePack, WebSocketSubprotocols.protobuf,
            ])
        #expect(subprotocols.select(offered: ["notifywire.v1.protobuf"])?.codec.mediaType == "application/protobuf")
    }

    @Test(arguments: MatrixCodec.all)
    func binaryStreamsCarryNoBase64(codec: MatrixCodec) throws {
        let stream = try Self.streamed(SampleCorpus.typical, codec: codec.codec)
        var sse = ByteBuffer()
        try SSEEventWriter().write(SampleCorpus.typical, codec: codec.codec, into: &sse)
        let payload = try codec.codec.encodedBytes(SampleCorpus.typical).count
        #expect(stream.readableBytes <= payload + 2)
        #expect(stream.readableBytes > payload)
        if codec.codec.payloadKind == .binary { #expect(sse.readableBytes > payload * 4 / 3) }
    }

    static func streamed(_ notification: NotificationMessage, codec: some NotificationCodec) throws -> ByteBuffer {
        var stream = ByteBuffer()
        try LengthDelimitedWriter(codec: codec).write(notification, into: &stream)
        return stream
    }
}
