#if Hummingbird
    import NIOCore
    import NIOEmbedded
    import NotifyWire
    import NotifyWireHummingbird
    @testable import NotifyWireLoad
    import Testing

    /// The WebSocket subscriber on an in-memory channel, playing the server by hand: it writes a handshake
    /// offering the codec's subprotocol, takes a verified 101 as established, decodes the notifications that
    /// follow the head in the same read, answers a ping with a masked pong and a close with a close.
    @Suite struct WebSocketSubscriberHandlerTests {
        struct Harness {
            let channel = EmbeddedChannel()
            let tally = LoadTally(recipientCount: 1)
            let established: EventLoopPromise<Void>
            let request: String

            init(resumeAfter: HubCursor?) throws {
                established = channel.eventLoop.makePromise(of: Void.self)
                let endpoint = SubscriberEndpoint(
                    host: "127.0.0.1", port: 8080, recipient: "r 1", index: 0, tally: tally, codec: JSONCodec(),
                    resumeAfter: resumeAfter, established: established,
                    subscription: LoadSubscription(cursor: nil), reconnect: { _ in })
                try channel.pipeline.syncOperations.addHandler(
                    WebSocketSubscriberHandler(endpoint: endpoint, codec: JSONCodec()))
                try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8080)).wait()
                let written = try #require(try channel.readOutbound(as: ByteBuffer.self))
                request = String(buffer: written)
            }

            init(resumeAfter: UInt64? = nil) throws {
                try self.init(resumeAfter: resumeAfter.map { HubCursor(epoch: 0, sequence: $0) })
            }

            /// The 101 the server would answer, for the key the request sent (with `extra` header lines).
            func switchingProtocols(accept: String? = nil, extra: String = "") throws -> ByteBuffer {
                let keyLine = try #require(
                    request.split(separator: "\r\n").first { $0.hasPrefix("Sec-WebSocket-Key: ") })
                let key = String(keyLine.dropFirst("Sec-WebSocket-Key: ".count))
                return ByteBuffer(
                    string: "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: \(accept ?? WebSocketAccept.value(forKey: key))\r\n"
                        + "Sec-WebSocket-Protocol: notifywire.v1.json\r\n\(extra)\r\n")
            }
        }

        static let server = WebSocketFrameEncoder(role: .server)

        static func notificationFrame(number: Int, sequence: UInt64) throws -> ByteBuffer {
            let naming = LoadNaming(prefix: "t", scenario: .ramp, transport: .ws, codecName: "json")
            let message = NotificationMessage(
                id: naming.notificationID(number), kind: .comment, recipientID: "r 1", sequence: sequence)
            var frame = ByteBuffer()
            server.writeMessage(.text, payload: ByteBuffer(bytes: try JSONCodec().encodedBytes(message)), into: &frame)
            return frame
        }

        @Test func theHandshakeOffersTheCodecAndEscapesTheRecipient() throws {
            let harness = try Harness(resumeAfter: 41)
            #expect(harness.request.hasPrefix("GET /ws?recipient=r%201&after=41 HTTP/1.1\r\n"))
            #expect(harness.request.contains("\r\nSec-WebSocket-Protocol: notifywire.v1.json\r\n"))
            #expect(harness.request.contains("\r\nHost: 127.0.0.1:8080\r\n"))
            #expect(harness.request.hasSuffix("\r\n\r\n"))
        }

        @Test func notificationsAfterTheHeadAreRecordedAndPingsAnswered() throws {
            let harness = try Harness()
            var response = try harness.switchingProtocols()
            var first = try Self.notificationFrame(number: 1, sequence: 5)
            response.writeBuffer(&first)
            try harness.channel.writeInbound(response)
            try harness.established.futureResult.wait()
            #expect(harness.tally.snapshot().delivered == 1)

            var ping = ByteBuffer()
            try Self.server.writePing(payload: ByteBuffer(string: "hb"), into: &ping)
            try harness.channel.writeInbound(ping)
            var pong = try #require(try harness.channel.readOutbound(as: ByteBuffer.self))
            var decoder = WebSocketFrameDecoder(role: .server)  // requires masked frames, as a server does
            let frame = try #require(try decoder.decode(buffer: &pong))
            #expect(frame.opcode == .pong && String(buffer: frame.payload) == "hb")

            try harness.channel.writeInbound(try Self.notificationFrame(number: 2, sequence: 6))
            try harness.channel.writeInbound(try Self.notificationFrame(number: 2, sequence: 6))
            #expect(harness.tally.snapshot().delivered == 2)
            #expect(harness.tally.snapshot().duplicates == 1)
            #expect(harness.tally.lastCursor(of: 0).sequence == 6)

            var close = ByteBuffer()
            try Self.server.writeClose(code: .goingAway, into: &close)
            try harness.channel.writeInbound(close)
            var answered = try #require(try harness.channel.readOutbound(as: ByteBuffer.self))
            #expect(try decoder.decode(buffer: &answered)?.opcode == .close)
            #expect(!harness.channel.isActive)
        }

        /// Three frames in one stream, delivered in two reads split at every offset (as a burst or a replay
        /// arrives): every notification is decoded once, whichever read a frame starts or ends in.
        @Test func framesSplitAcrossReadsAreAllDecoded() throws {
            var stream = ByteBuffer()
            for number in 1...3 {
                var frame = try Self.notificationFrame(number: number, sequence: UInt64(number))
                stream.writeBuffer(&frame)
            }
            for split in 1..<stream.readableBytes {
                let harness = try Harness()
                try harness.channel.writeInbound(try harness.switchingProtocols())
                try harness.established.futureResult.wait()
                let head = try #require(stream.getSlice(at: stream.readerIndex, length: split))
                let tail = try #require(
                    stream.getSlice(at: stream.readerIndex + split, length: stream.readableBytes - split))
                try harness.channel.writeInbound(head)
                try harness.channel.writeInbound(tail)
                #expect(harness.tally.snapshot().delivered == 3, "split at \(split)")
                #expect(harness.tally.snapshot().decodeErrors == 0, "split at \(split)")
                #expect(harness.channel.isActive)
            }
        }

        @Test func aWrongAcceptIsRefused() throws {
            let harness = try Harness()
            try harness.channel.writeInbound(try harness.switchingProtocols(accept: "bm90IHRoZSBrZXk="))
            #expect(throws: SubscriberFailure.self) { try harness.established.futureResult.wait() }
            #expect(harness.tally.snapshot().delivered == 0)
            #expect(!harness.channel.isActive)
        }

        /// On PostgreSQL the 101 names the recipient's epoch: the subscriber resumes with `after=EPOCH-SEQ` and
        /// records its position in that epoch; a close with 4002 is a resync.
        @Test func theEpochOfThe101IsKeptAndA4002CloseIsAResync() throws {
            let harness = try Harness(resumeAfter: HubCursor(epoch: 77, sequence: 4))
            #expect(harness.request.hasPrefix("GET /ws?recipient=r%201&after=77-4 HTTP/1.1\r\n"))
            var response = try harness.switchingProtocols(extra: "NotifyWire-Epoch: 77\r\n")
            var first = try Self.notificationFrame(number: 1, sequence: 5)
            response.writeBuffer(&first)
            try harness.channel.writeInbound(response)
            #expect(harness.tally.lastCursor(of: 0) == HubCursor(epoch: 77, sequence: 5))
            #expect(harness.tally.snapshot().resyncs == 0, "5 follows 77-4")
            var close = ByteBuffer()
            try Self.server.writeClose(
                code: WebSocketCloseCode.resync, reason: "{\"reason\":\"too-old\"}", into: &close)
            try harness.channel.writeInbound(close)
            #expect(harness.tally.snapshot().resyncs == 1)
            #expect(!harness.channel.isActive)
        }

        @Test func aReplayGoingBackBelowTheResumePointIsAResync() throws {
            let harness = try Harness(resumeAfter: 100)
            var response = try harness.switchingProtocols()
            var first = try Self.notificationFrame(number: 1, sequence: 3)
            response.writeBuffer(&first)
            try harness.channel.writeInbound(response)
            #expect(harness.tally.snapshot().resyncs == 1)
            #expect(harness.tally.snapshot().delivered == 1)
        }
    }
#endif
