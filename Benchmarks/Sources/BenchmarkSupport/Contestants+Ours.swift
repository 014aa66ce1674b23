import NIOCore
import NotifyWire

/// Our codecs: encode into one reused `ByteBuffer` (cleared before each call), decode from one array.
enum OursContestants {
    static func make(payload: BenchPayload) throws -> [Contestant] {
        try make("json", JSONCodec(), payload)
            + make("msgpack-names", MessagePackCodec(keyStyle: .names), payload)
            + make("msgpack-numbers", MessagePackCodec(keyStyle: .fieldNumbers), payload)
            + make("protobuf", ProtobufCodec(), payload)
    }

    private static func make(_ id: String, _ codec: some NotificationCodec, _ payload: BenchPayload) throws
        -> [Contestant]
    {
        let input = try payload.encoded(with: codec)
        let output = ReusedBuffer(capacity: input.count * 2)
        let encode: () throws -> Void
        let decode: () throws -> Void
        switch payload {
        case .notification(let notification):
            encode = {
                output.buffer.clear()
                try codec.encode(notification, into: &output.buffer)
            }
            decode = { BenchSink.consume(try codec.decodeNotification(from: input)) }
        case .batch(let batch):
            encode = {
                output.buffer.clear()
                try codec.encode(batch, into: &output.buffer)
            }
            decode = { BenchSink.consume(try codec.decodeBatch(from: input)) }
        }
        return [
            Contestant(name: "ours \(id) encode", encodedSize: input.count, run: encode),
            Contestant(name: "ours \(id) decode", encodedSize: input.count, run: decode),
        ]
    }
}

/// A `ByteBuffer` that closures reuse across calls.
final class ReusedBuffer {
    var buffer: ByteBuffer

    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }
}
