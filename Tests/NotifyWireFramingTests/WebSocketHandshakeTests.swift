import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import Testing

/// The opening handshake on both sides (RFC 6455 section 4) and subprotocol selection.
@Suite struct WebSocketHandshakeTests {
    static let rfcKey = "dGhlIHNhbXBsZSBub25jZQ=="

    /// The request of RFC 6455 section 1.3, as `(name, value)` pairs.
    static func request(
        key: String = rfcKey,
        version: String = "13",
        protocols: String? = nil
    ) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = [
            ("Host", "server.example.com"), ("Upgrade", "websocket"), ("Connection", "Upgrade"),
            ("Sec-WebSocket-Key", key), ("Origin", "http://example.com"), ("Sec-WebSocket-Version", version),
        ]
        if let protocols { fields.append(("Sec-WebSocket-Protocol", protocols)) }
        return fields
    }

    static func value(_ name: String, in fields: [(name: String, value: String)]) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    @Test func rfcExampleAcceptValue() {
        #expect(WebSocketAccept.value(forKey: Self.rfcKey) == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test func serverAcceptsTheRFCRequest() {
        let response = WebSocketServerHandshake().respond(method: "GET", headers: Self.request())
        #expect(response.isAccepted && response.status == 101 && response.rejection == nil)
        #expect(response.reasonPhrase == "Switching Protocols")
        #expect(Self.value("Sec-WebSocket-Accept", in: response.headers) == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
        #expect(Self.value("Upgrade", in: response.headers) == "websocket")
        #expect(Self.value("Connection", in: response.headers) == "Upgrade")
        #expect(Self.value("Sec-WebSocket-Protocol", in: response.headers) == nil && response.subprotocol == nil)
    }

    @Test func tokensAndNamesAreCaseInsensitiveAndMayBeLists() {
        let fields: [(name: String, value: String)] = [
            ("upgrade", "WebSocket"), ("CONNECTION", "keep-alive, Upgrade"), ("sec-websocket-key", Self.rfcKey),
            ("SEC-WEBSOCKET-VERSION", " 13 "),
        ]
        #expect(WebSocketServerHandshake().respond(method: "GET", headers: fields).isAccepted)
    }

    @Test func rejectionsSayWhy() {
        let server = WebSocketServerHandshake()
        let post = server.respond(method: "POST", headers: Self.request())
        #expect(post.status == 405 && Self.value("Allow", in: post.headers) == "GET")
        #expect(post.rejection?.code == .webSocketHandshakeFailed)
        var noUpgrade = Self.request()
        noUpgrade.removeAll { $0.name == "Upgrade" }
        #expect(server.respond(method: "GET", headers: noUpgrade).status == 400)
        var noConnection = Self.request()
        noConnection[2].value = "keep-alive"
        #expect(server.respond(method: "GET", headers: noConnection).status == 400)
        for version in ["8", "14", "", "13, 8"] {
            let response = server.respond(method: "GET", headers: Self.request(version: version))
            #expect(response.status == 426, "version \(version)")
            #expect(Self.value("Sec-WebSocket-Version", in: response.headers) == "13")
            #expect(response.rejection?.message.contains("13") == true)
        }
        // AAAA is 3 bytes, the 24-character keys decode to 17 or 18 bytes or are not base64.
        for key in [
            "AAAA", "", "dGhlIHNhbXBsZSBub25jZQ", "dGhlIHNhbXBsZSBub25jZQ=!", "dGhlIHNhbXBsZSBub25jZRE=",
            "dGhlIHNhbXBsZSBub25jZREx",
        ] {
            #expect(server.respond(method: "GET", headers: Self.request(key: key)).status == 400, "key \(key)")
        }
        let twoKeys = Self.request() + [("Sec-WebSocket-Key", Self.rfcKey)]
        #expect(server.respond(method: "GET", headers: twoKeys).status == 400)
    }

    @Test func subprotocolNamesFollowTheFormats() {
        #expect(WebSocketSubprotocols.json == "notifywire.v1.json")
        #expect(WebSocketSubprotocols.messagePack == "notifywire.v1.msgpack")
        #expect(WebSocketSubprotocols.protobuf == "notifywire.v1.protobuf")
    }

    @Test func serverPicksTheFirstOfferedSubprotocolItSupports() {
        let registry = WebSocketSubprotocols([JSONCodec(), WrappedBinaryTestCodec()])
        #expect(registry.names == ["notifywire.v1.json", "notifywire.v1.test-binary"])
        let server = WebSocketServerHandshake(subprotocols: registry)
        let offers: [(String, String?)] = [
            ("notifywire.v1.protobuf, notifywire.v1.test-binary, notifywire.v1.json", "notifywire.v1.test-binary"),
            ("chat, notifywire.v1.json", "notifywire.v1.json"),
            ("notifywire.v1.msgpack", nil),
            ("NOTIFYWIRE.V1.JSON", nil),
        ]
        for (offer, expected) in offers {
            let response = server.respond(method: "GET", headers: Self.request(protocols: offer))
            #expect(response.isAccepted)
            #expect(response.subprotocol == expected, "offer \(offer)")
            #expect(Self.value("Sec-WebSocket-Protocol", in: response.headers) == expected)
            #expect(response.codec?.format.name == expected.map { String($0.dropFirst("notifywire.v1.".count)) })
        }
        // Offers split over two header lines keep their order.
        let split =
            Self.request() + [("Sec-WebSocket-Protocol", "x"), ("Sec-WebSocket-Protocol", "notifywire.v1.json")]
        #expect(server.respond(method: "GET", headers: split).subprotocol == "notifywire.v1.json")
    }

    @Test func clientRequestIsAcceptedAndItsAnswerVerified() throws {
        let client = WebSocketClientHandshake(host: "example.com", subprotocols: [WebSocketSubprotocols.json])
        #expect(Self.value("Sec-WebSocket-Version", in: client.headers) == "13")
        #expect(Self.value("Sec-WebSocket-Key", in: client.headers) == client.key)
        #expect(Self.value("Sec-WebSocket-Protocol", in: client.headers) == "notifywire.v1.json")
        let server = WebSocketServerHandshake(subprotocols: WebSocketSubprotocols([JSONCodec()]))
        let response = server.respond(method: "GET", headers: client.headers)
        #expect(response.isAccepted)  // so the random key is the base64 of 16 bytes
        #expect(try client.verify(status: response.status, headers: response.headers) == "notifywire.v1.json")
    }

    @Test func clientKeysAreRandom() {
        let keys = Set((0..<16).map { _ in WebSocketClientHandshake.randomKey() })
        #expect(keys.count == 16)
        #expect(keys.allSatisfy { $0.count == 24 && $0.hasSuffix("==") })
    }

    @Test func clientRejectsABadAnswer() {
        let client = WebSocketClientHandshake(host: "h", subprotocols: ["notifywire.v1.json"], key: Self.rfcKey)
        let good: [(name: String, value: String)] = [
            ("Upgrade", "websocket"), ("Connection", "Upgrade"),
            ("Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="),
        ]
        #expect((try? client.verify(status: 101, headers: good)) == .some(nil))
        let bad: [(Int, [(name: String, value: String)])] = [
            (200, good),
            (101, [good[0], good[1], ("Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOp=")]),
            (101, [good[1], good[2]]),
            (101, [good[0], good[2]]),
            (101, good + [("Sec-WebSocket-Protocol", "notifywire.v1.protobuf")]),
            (101, good + [("Sec-WebSocket-Extensions", "permessage-deflate")]),
            (101, good + [("Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")]),
        ]
        for (status, fields) in bad {
            #expect {
                try client.verify(status: status, headers: fields)
            } throws: { ($0 as? FramingError)?.code == .webSocketHandshakeFailed }
        }
    }
}
