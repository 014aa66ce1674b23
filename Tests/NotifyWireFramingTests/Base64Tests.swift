import Foundation
import NIOCore
import NotifyWireTestSupport
import Testing

@testable import NotifyWireFraming

@Suite struct Base64Tests {
    /// RFC 4648 section 10.
    static let rfc4648Vectors: [(plain: String, encoded: String)] = [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ]

    static func encode(_ bytes: [UInt8]) -> String {
        var buffer = ByteBuffer()
        Base64.encode(bytes, into: &buffer)
        #expect(buffer.readableBytes == Base64.encodedLength(of: bytes.count))
        return String(buffer: buffer)
    }

    static func decode(_ text: String) throws(FramingError) -> [UInt8] {
        var buffer = ByteBuffer()
        let result: Result<Void, FramingError> = Array(text.utf8).withUnsafeBytes { raw in
            Result { () throws(FramingError) in try Base64.decode(raw, into: &buffer) }
        }
        try result.get()
        return Array(buffer.readableBytesView)
    }

    @Test(arguments: rfc4648Vectors)
    func rfc4648(plain: String, encoded: String) throws {
        #expect(Self.encode(Array(plain.utf8)) == encoded)
        #expect(try Self.decode(encoded) == Array(plain.utf8))
    }

    @Test func randomInputsMatchFoundation() throws {
        var generator = SeededGenerator(seed: 0xB64)
        for length in Array(0...64) + [255, 256, 257, 1000, 4099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let foundation = Data(bytes).base64EncodedString()
            #expect(Self.encode(bytes) == foundation, "length \(length)")
            #expect(try Self.decode(foundation) == bytes, "length \(length)")
        }
    }

    @Test func appendsAfterExistingBytes() throws {
        var buffer = ByteBuffer(string: "data: ")
        Base64.encode(Array("foobar".utf8), into: &buffer)
        #expect(String(buffer: buffer) == "data: Zm9vYmFy")
        var decoded = ByteBuffer(string: "x")
        let result: Result<Void, FramingError> = Array("Zm9v".utf8).withUnsafeBytes { raw in
            Result { () throws(FramingError) in try Base64.decode(raw, into: &decoded) }
        }
        try result.get()
        #expect(String(buffer: decoded) == "xfoo")
    }

    @Test(arguments: [
        "Zg=", "Zm9vY", "Zm9v\n", "Zm 9", "Zg==Zg==", "====", "Z===", "Zm=v", "Zm9-", "Zm9_", "Zm9v\r\n", "Zé==",
    ])
    func rejectsMalformedText(_ text: String) {
        let error = #expect(throws: FramingError.self) { try Self.decode(text) }
        #expect(error?.code == .invalidBase64)
    }

    @Test func failedDecodeLeavesBufferUnchanged() {
        var buffer = ByteBuffer(string: "keep")
        let text = Array("Zm9vZm9v!m9v".utf8)
        let result: Result<Void, FramingError> = text.withUnsafeBytes { raw in
            Result { () throws(FramingError) in try Base64.decode(raw, into: &buffer) }
        }
        #expect(throws: FramingError.self) { try result.get() }
        #expect(String(buffer: buffer) == "keep")
    }
}
