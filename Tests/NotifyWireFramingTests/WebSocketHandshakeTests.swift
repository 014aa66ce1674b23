import HTTPTypes
import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import Testing

/// The opening handshake on both sides (RFC 6455 section 4) and subprotocol selection.
@Suite struct WebSocketHandshakeTests {
    static let rfcKey = "dGhlIHNhbXBsZSBub25jZQ=="

    /// The request of RFC 6455 section 1.3 after its `Host` line (swift-http-types carries the host as the
    /// request's authority, not as a field).
    static func request(
        key: String = rfcKey,
        version: String = "13",
        protocols: String? = nil
    ) -> HTTPFields {
        var fields: HTTPFields = [
            .upgrade: "websocket", .connection: "Upgrade", .secWebSocketKey: key,
            .origin: "http://example.com", .secWebSocketVersion: version,
        ]
        if let protocols { fields.append(HTTPField(name: .secWebSocketProtocol, value: protocols)) }
        return fields
    }

    /// Fields named as they arrived on the wire, in any case.
    static func fields(_ pairs: [(name: String, value: String)]) throws -> HTTPFields {
        HTTPFields(try pairs.map { HTTPField(name: try #require(HTTPField.Name($0.name)), value: $0.value) })
    }

    @Test func rfcExampleAcceptValue() {
        #expect(WebSocketAccept.value(forKey: Self.rfcKey) == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test func serverAcceptsTheRFCRequest() {
        let response = WebSocketServerHandshake().respond(method: .get, headers: Self.request())
        #expect(response.isAccepted && response.status == 101 && response.rejection == nil)
        #expect(response.status.reasonPhrase == "Switching Protocols")
        #expect(response.headers[.secWebSocketAccept] == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
        #expect(response.headers[.upgrade] == "websocket")
        #expect(response.headers[.connection] == "Upgrade")
        #expect(response.headers[.secWebSocketProtocol] == nil && response.subprotocol == nil)
    }

    @Test func tokensAndNamesAreCaseInsensitiveAndMayBeLists() throws {
        let fields = try Self.fields([
            ("upgrade", "WebSocket"), ("CONNECTION", "keep-alive, Upgrade"), ("sec-websocket-key", Self.rfcKey),
            ("SEC-WEBSOCKET-VERSION", " 13 "),
        ])
        #expect(WebSocketServerHandshake().respond(method: .get, headers: fields).isAccepted)
    }

    @Test func rejectionsSayWhy() {
        let server = WebSocketServerHandshake()
        let post = server.respond(method: .post, headers: Self.request())
        #expect(post.status == 405 && post.headers[.allow] == "GET")
        #expect(post.rejection?.code == .webSocketHandshakeFailed)
        var noUpgrade = Self.request()
        noUpgrade[.upgrade] = nil
        #expect(server.respond(method: .get, headers: noUpgrade).status == 400)
        var noConnection = Self.request()
        noConnection[.connection] = "keep-alive"
        #expect(server.respond(method: .get, headers: noConnection).status == 400)
        for version in ["8", "14", "", "13, 8"] {
            let response = server.respond(method: .get, headers: Self.request(version: version))
            #expect(response.status == 426, "version \(version)")
            #expect(response.headers[.secWebSocketVersion] == "13")
            #expect(response.rejection?.message.contains("13") == true)
        }
        // AAAA is 3 bytes, the 24-character keys decode to 17 or 18 bytes or are not base64.
        for key in [
            "AAAA", "", "dGhlIHNhbXBsZSBub25jZQ", "dGhlIHNhbXBsZSBub25jZQ=!", "dGhlIHNhbXBsZSBub25jZRE=",
            "dGhlIHNhbXBsZSBub25jZREx",
        ] {
            #expect(server.respond(method: .get, headers: Self.request(key: key)).status == 400, "key \(key)")
        }
        let twoKeys = Self.request() + [HTTPField(name: .secWebSocketKey, value: Self.rfcKey)]
        #expect(server.respond(method: .get, headers: twoKeys).status == 400)
    }

    @Test func subprotocolNamesFollowTheFormats() {
        #expect(WebSocketSubprotocols.json == "notifywire.v1.json")
        #expect(WebSocketSubprotocols.messagePack == "notifywire.v1.msgpack")
        #expect(WebSocketSubprotocols.protobuf == "notifywire.v1.protobuf")
    }

    @Test func serverPicksTheFirstOfferedSubprotocolItSupports() throws {
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
            let response = server.respond(method: .get, headers: Self.request(protocols: offer))
            #expect(response.isAccepted)
            #expect(response.subprotocol == expected, "offer \(offer)")
            #expect(response.headers[.secWebSocketProtocol] == expected)
            #expect(response.codec?.format.name == expected.map { String($0.dropFirst("notifywire.v1.".count)) })
        }
        // Offers split over two header lines keep their order.
        let split =
            try Self.request()
            + Self.fields([("Sec-WebSocket-Protocol", "x"), ("Sec-WebSocket-Protocol", "notifywire.v1.json")])
        #expect(server.respond(method: .get, headers: split).subprotocol == "notifywire.v1.json")
    }

    @Test func clientRequestIsAcceptedAndItsResponseVerified() throws {
        let client = WebSocketClientHandshake(host: "example.com", subprotocols: [WebSocketSubprotocols.json])
        #expect(client.headers[.secWebSocketVersion] == "13")
        #expect(client.headers[.secWebSocketKey] == client.key)
        #expect(client.headers[.secWebSocketProtocol] == "notifywire.v1.json")
        let server = WebSocketServerHandshake(subprotocols: WebSocketSubprotocols([JSONCodec()]))
        let response = server.respond(method: .get, headers: client.headers)
        #expect(response.isAccepted)  // so the random key is the base64 of 16 bytes
        #expect(try client.verify(status: response.status, headers: response.headers) == "notifywire.v1.json")
    }

    @Test func clientKeysAreRandom() {
        let keys = Set((0..<16).map { _ in WebSocketClientHandshake.randomKey() })
        #expect(keys.count == 16)
        #expect(keys.allSatisfy { $0.count == 24 && $0.hasSuffix("==") })
    }

    @Test func clientRejectsABadResponse() {
        let client = WebSocketClientHandshake(host: "h", subprotocols: ["notifywire.v1.json"], key: Self.rfcKey)
        let good: HTTPFields = [
            .upgrade: "websocket", .connection: "Upgrade", .secWebSocketAccept: "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
        ]
        #expect((try? client.verify(status: .switchingProtocols, headers: good)) == .some(nil))
        let bad: [(HTTPResponse.Status, HTTPFields)] = [
            (.ok, good),
            (
                101,
                HTTPFields([
                    good[0], good[1], HTTPField(name: .secWebSocketAccept, value: "s3pPLMBiTxaQ9kYGzzhZRbK+xOp="),
                ])
            ),
            (101, HTTPFields([good[1], good[2]])),
            (101, HTTPFields([good[0], good[2]])),
            (101, good + [HTTPField(name: .secWebSocketProtocol, value: "notifywire.v1.protobuf")]),
            (101, good + [HTTPField(name: .secWebSocketExtensions, value: "permessage-deflate")]),
            (101, good + [HTTPField(name: .secWebSocketAccept, value: "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")]),
        ]
        for (status, fields) in bad {
            #expect {
                try client.verify(status: status, headers: fields)
            } throws: { ($0 as? FramingError)?.code == .webSocketHandshakeFailed }
        }
    }
}
