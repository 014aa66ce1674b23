import Foundation
import NIOCore
import NotifyWire

/// One encoder/decoder pair timed by `notifywire bench` on one corpus entry: one of our codecs, or the
/// Foundation `JSONEncoder`/`JSONDecoder` baseline over Codable mirror types.
struct BenchContestant {
    /// The stable identifier used in `--json` output (`msgpack-numbers`).
    let id: String
    /// The name shown in the table (`MessagePack (numbers)`).
    let name: String
    /// The size of one encoding of the entry, in bytes.
    let encodedSize: Int
    /// Encodes the entry once.
    let encode: () throws -> Void
    /// Decodes the entry's encoding once.
    let decode: () throws -> Void

    /// A contestant for one of our codecs: encodes into one reused buffer, decodes from one encoding.
    static func codec(
        id: String,
        name: String,
        _ codec: any NotificationCodec,
        entry: SampleCorpus.Entry
    ) throws -> BenchContestant {
        let encoded: [UInt8]
        if let notification = entry.notification {
            encoded = try codec.encodedBytes(notification)
        } else if let batch = entry.batch {
            encoded = try codec.encodedBytes(batch)
        } else {
            encoded = []
        }
        let output = ReusedBuffer(capacity: encoded.count * 2)
        let input = encoded
        if let notification = entry.notification {
            return BenchContestant(
                id: id,
                name: name,
                encodedSize: encoded.count,
                encode: {
                    output.buffer.clear()
                    try codec.encode(notification, into: &output.buffer)
                },
                decode: { _ = try codec.decodeNotification(from: input) }
            )
        }
        let batch = entry.batch ?? NotificationBatch()
        return BenchContestant(
            id: id,
            name: name,
            encodedSize: encoded.count,
            encode: {
                output.buffer.clear()
                try codec.encode(batch, into: &output.buffer)
            },
            decode: { _ = try codec.decodeBatch(from: input) }
        )
    }

    /// The Foundation baseline: `JSONEncoder`/`JSONDecoder` over Codable mirrors of the same JSON shape,
    /// filled by decoding `JSONCodec`'s canonical output once.
    static func foundation(entry: SampleCorpus.Entry) throws -> BenchContestant {
        let canonical: [UInt8]
        if let notification = entry.notification {
            canonical = try JSONCodec().encodedBytes(notification)
        } else if let batch = entry.batch {
            canonical = try JSONCodec().encodedBytes(batch)
        } else {
            canonical = []
        }
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        if entry.notification != nil {
            let mirror = try decoder.decode(FoundationMirrorNotification.self, from: Data(canonical))
            let encoded = try encoder.encode(mirror)
            return BenchContestant(
                id: "foundation-json",
                name: "Foundation JSON",
                encodedSize: encoded.count,
                encode: { _ = try encoder.encode(mirror) },
                decode: { _ = try decoder.decode(FoundationMirrorNotification.self, from: encoded) }
            )
        }
        let mirror = try decoder.decode(FoundationMirrorBatch.self, from: Data(canonical))
        let encoded = try encoder.encode(mirror)
        return BenchContestant(
            id: "foundation-json",
            name: "Foundation JSON",
            encodedSize: encoded.count,
            encode: { _ = try encoder.encode(mirror) },
            decode: { _ = try decoder.decode(FoundationMirrorBatch.self, from: encoded) }
        )
    }
}

/// A `ByteBuffer` that closures can reuse across calls.
final class ReusedBuffer {
    var buffer: ByteBuffer

    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }
}
