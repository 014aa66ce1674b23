#if Hummingbird
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Testing

    /// `GET /ws` against the real application in-process: Python's `websockets` client for upgrades, curl for
    /// plain requests.
    @Suite struct WebSocketRouteTests {
        /// Connects offering `argv[2]` (comma-separated, may be empty), prints the chosen subprotocol, the
        /// first message as `text <…>` or `binary <hex>`, then sends a text frame and prints the close code.
        static let client = """
            import asyncio, sys, websockets
            async def main():
                offered = [p for p in sys.argv[2].split(",") if p] or None
                async with websockets.connect(sys.argv[1], subprotocols=offered) as ws:
                    print("subprotocol", ws.subprotocol)
                    message = await asyncio.wait_for(ws.recv(), 30)
                    print("text", message) if isinstance(message, str) else print("binary", message.hex())
                    await ws.send("hello")
                    try:
                        await asyncio.wait_for(ws.recv(), 30)
                        print("close none")
                    except websockets.ConnectionClosed as closed:
                        print("close", closed.rcvd.code if closed.rcvd else None)
            asyncio.run(main())
            """

        /// Connects to `argv[1]` and prints `open`, or `status N` when the upgrade is refused.
        static let statusClient = """
            import asyncio, sys, websockets
            async def main():
                try:
                    async with websockets.connect(sys.argv[1]):
                        print("open")
                except websockets.InvalidStatus as refused:
                    print("status", refused.response.status_code)
            asyncio.run(main())
            """

        static func connect(_ url: String, offering subprotocols: [String]) async throws -> [String] {
            let output = try await ChildProcess.output(
                of: PythonPeer.interpreter, arguments: ["-c", client, url, subprotocols.joined(separator: ",")])
            return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        }

        static func hex(_ bytes: [UInt8]) -> String {
            bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }

        @Test(arguments: [
            (["notifywire.v1.msgpack"], "notifywire.v1.msgpack", "msgpack"),
            (["x.other", "notifywire.v1.protobuf", "notifywire.v1.json"], "notifywire.v1.protobuf", "protobuf"),
            (["notifywire.v1.json"], "notifywire.v1.json", "json"),
            ([], "None", "json"),
            (["chat"], "None", "json"),
        ])
        func theSubprotocolPicksTheCodecAndADataFrameCloses1008(
            offered: [String], answered: String, codec: String
        ) async throws {
            try await InProcessServer.with { server in
                try await server.publish("b1", to: "bob")
                try await server.publish("a1", to: "alice")
                let wsURL = "ws://" + server.url.dropFirst("http://".count)
                let lines = try await Self.connect("\(wsURL)/ws?recipient=alice&after=0", offering: offered)
                let stored = try #require(server.hub.stored(for: "alice").last)
                let codecValue = try #require(CodecRegistry.standard.codec(named: codec))
                let encoded = try codecValue.encodedBytes(stored)
                let message =
                    codecValue.payloadKind == .text
                    ? "text \(String(decoding: encoded, as: UTF8.self))" : "binary \(Self.hex(encoded))"
                #expect(lines == ["subprotocol \(answered)", message, "close 1008"])
                try await server.waitUntil("the session ended") { server.hub.subscriberCount == 0 }
            }
        }

        @Test func plainRequestsToTheWebSocketRouteAreAnswered() async throws {
            try await RoutedServer.with { server in
                let withoutRecipient = try await server.get("/ws")
                #expect(withoutRecipient.status == .badRequest)
                let notUpgraded = try await server.get("/ws?recipient=alice")
                #expect(notUpgraded.status == .upgradeRequired)
            }
        }

        /// Mounted under a prefix and authenticated by the app's own middleware, the upgrade is routed like every
        /// other request: at the prefix, through the app's authenticator.
        @Test func theUpgradeFollowsTheMountPathAndTheAppsAuthenticator() async throws {
            try await InProcessServer.with(mountPath: "/api/notify", appSessions: true) { server in
                try await server.publish("a1", to: "alice")
                let wsURL = "ws://" + server.url.dropFirst("http://".count)
                let lines = try await Self.connect(
                    "\(wsURL)/ws?recipient=alice&after=0&session=alice", offering: ["notifywire.v1.json"])
                #expect(lines.first == "subprotocol notifywire.v1.json")
                #expect(lines.dropFirst().first?.hasPrefix("text {\"id\":\"a1\"") == true, "\(lines)")
                let refused = try await ChildProcess.output(
                    of: PythonPeer.interpreter,
                    arguments: ["-c", Self.statusClient, "\(wsURL)/ws?recipient=alice&after=0&session=bob"])
                #expect(
                    String(decoding: refused, as: UTF8.self) == "status 401\n",
                    "bob's session may not read alice's notifications")
                try await server.waitUntil("the session ended") { server.hub.subscriberCount == 0 }
            }
        }
    }
#endif
