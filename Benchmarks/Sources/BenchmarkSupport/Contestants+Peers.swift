import Foundation
import NotifyWire
import SwiftProtobuf

/// The peers: Foundation's `JSONEncoder`/`JSONDecoder` over Codable mirrors, and apple/swift-protobuf's
/// binary and JSON coders over the generated `Notify_V1_*` messages. Each is filled once from our own
/// encoding of the same payload, so all carry exactly the same values.
enum PeerContestants {
    static func make(payload: BenchPayload) throws -> [Contestant] {
        try foundation(payload) + swiftProtobuf(payload)
    }

    private static func foundation(_ payload: BenchPayload) throws -> [Contestant] {
        let canonical = Data(try payload.encoded(with: JSONCodec()))
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        switch payload {
        case .notification:
            let mirror = try decoder.decode(FoundationMirrorNotification.self, from: canonical)
            let encoded = try encoder.encode(mirror)
            return [
                Contestant(name: "foundation json encode", encodedSize: encoded.count) {
                    BenchSink.consume(try encoder.encode(mirror))
                },
                Contestant(name: "foundation json decode", encodedSize: encoded.count) {
                    BenchSink.consume(try decoder.decode(FoundationMirrorNotification.self, from: encoded))
                },
            ]
        case .batch:
            let mirror = try decoder.decode(FoundationMirrorBatch.self, from: canonical)
            let encoded = try encoder.encode(mirror)
            return [
                Contestant(name: "foundation json encode", encodedSize: encoded.count) {
                    BenchSink.consume(try encoder.encode(mirror))
                },
                Contestant(name: "foundation json decode", encodedSize: encoded.count) {
                    BenchSink.consume(try decoder.decode(FoundationMirrorBatch.self, from: encoded))
                },
            ]
        }
    }

    private static func swiftProtobuf(_ payload: BenchPayload) throws -> [Contestant] {
        let binary = try payload.encoded(with: ProtobufCodec())
        switch payload {
        case .notification:
            return try contestants(Notify_V1_Notification(serializedBytes: binary))
        case .batch:
            return try contestants(Notify_V1_NotificationBatch(serializedBytes: binary))
        }
    }

    private static func contestants<M: SwiftProtobuf.Message>(_ message: M) throws -> [Contestant] {
        let binary: [UInt8] = try message.serializedBytes()
        let json: [UInt8] = try message.jsonUTF8Bytes()
        return [
            Contestant(name: "swift-protobuf binary encode", encodedSize: binary.count) {
                let bytes: [UInt8] = try message.serializedBytes()
                BenchSink.consume(bytes)
            },
            Contestant(name: "swift-protobuf binary decode", encodedSize: binary.count) {
                BenchSink.consume(try M(serializedBytes: binary))
            },
            Contestant(name: "swift-protobuf json encode", encodedSize: json.count) {
                let bytes: [UInt8] = try message.jsonUTF8Bytes()
                BenchSink.consume(bytes)
            },
            Contestant(name: "swift-protobuf json decode", encodedSize: json.count) {
                BenchSink.consume(try M(jsonUTF8Bytes: json))
            },
        ]
    }
}
