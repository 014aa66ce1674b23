import NotifyWireCore
import NotifyWireJSON
import Testing

/// One input that must be refused, with the error it must produce.
struct RejectedInput: Sendable, CustomTestStringConvertible {
    let json: [UInt8]
    let code: CodecError.Code
    let offset: Int
    let path: String

    init(_ json: String, _ code: CodecError.Code, at offset: Int, path: String = "") {
        self.json = Array(json.utf8)
        self.code = code
        self.offset = offset
        self.path = path
    }

    init(bytes: [UInt8], _ code: CodecError.Code, at offset: Int, path: String = "") {
        self.json = bytes
        self.code = code
        self.offset = offset
        self.path = path
    }

    var testDescription: String { String(decoding: json, as: UTF8.self) }

    /// Decodes the input as a notification (or a batch) and checks code, offset and path of the error.
    func check(
        limits: DecodingLimits = .default, batch: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let codec = JSONCodec(limits: limits)
        let error = try #require(throws: CodecError.self, sourceLocation: sourceLocation) {
            if batch {
                _ = try codec.decodeBatch(from: json)
            } else {
                _ = try codec.decodeNotification(from: json)
            }
        }
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        #expect(error.offset == offset, "\(error)", sourceLocation: sourceLocation)
        #expect(error.path == path, "\(error)", sourceLocation: sourceLocation)
        #expect(error.format == .json, sourceLocation: sourceLocation)
        #expect(error.operation == .decode, sourceLocation: sourceLocation)
    }
}

/// Decodes `json` as a notification.
func decode(_ json: String, limits: DecodingLimits = .default) throws -> NotificationMessage {
    try JSONCodec(limits: limits).decodeNotification(from: Array(json.utf8))
}
