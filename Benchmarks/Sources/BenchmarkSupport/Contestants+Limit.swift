import CLimit
import NotifyWire

/// The limit: msgpack-c and protobuf-c called from C on C structs built once (see `CLimit.h`), and a
/// `memcpy` of each encoded size. Setup checks that the C side writes exactly our codecs' bytes, so
/// both sides do the same work.
enum LimitContestants {
    static func make(payload: BenchPayload) throws -> [Contestant] {
        let protobuf = try payload.encoded(with: ProtobufCodec())
        let names = try payload.encoded(with: MessagePackCodec(keyStyle: .names))
        let numbers = try payload.encoded(with: MessagePackCodec(keyStyle: .fieldNumbers))
        let json = try payload.encoded(with: JSONCodec())
        let handle = try LimitHandle(protobuf: protobuf, isBatch: payload.isBatch)
        try handle.expect(climit_protobuf_encode(handle.pointer), equals: protobuf, "protobuf-c")
        try handle.expect(climit_msgpack_encode(handle.pointer, 0), equals: names, "msgpack-c (names)")
        try handle.expect(climit_msgpack_encode(handle.pointer, 1), equals: numbers, "msgpack-c (numbers)")
        let pointer = handle.pointer
        return [
            Contestant(name: "c protobuf-c encode", encodedSize: protobuf.count) {
                guard climit_protobuf_encode(pointer) == protobuf.count else { throw LimitFailure.failed }
            },
            Contestant(name: "c protobuf-c decode", encodedSize: protobuf.count) {
                try decode(handle, protobuf, climit_protobuf_decode)
            },
            Contestant(name: "c msgpack-c-names encode", encodedSize: names.count) {
                guard climit_msgpack_encode(pointer, 0) == names.count else { throw LimitFailure.failed }
            },
            Contestant(name: "c msgpack-c-names decode", encodedSize: names.count) {
                try decode(handle, names, climit_msgpack_decode)
            },
            Contestant(name: "c msgpack-c-numbers encode", encodedSize: numbers.count) {
                guard climit_msgpack_encode(pointer, 1) == numbers.count else { throw LimitFailure.failed }
            },
            Contestant(name: "c msgpack-c-numbers decode", encodedSize: numbers.count) {
                try decode(handle, numbers, climit_msgpack_decode)
            },
            Contestant(name: "c memcpy protobuf-size", encodedSize: protobuf.count) {
                protobuf.withUnsafeBufferPointer { climit_memcpy(pointer, $0.baseAddress, $0.count) }
            },
            Contestant(name: "c memcpy json-size", encodedSize: json.count) {
                json.withUnsafeBufferPointer { climit_memcpy(pointer, $0.baseAddress, $0.count) }
            },
        ]
    }

    private static func decode(
        _ handle: LimitHandle,
        _ input: [UInt8],
        _ function: (OpaquePointer?, UnsafePointer<UInt8>?, Int) -> Int
    ) throws {
        let result = input.withUnsafeBufferPointer { function(handle.pointer, $0.baseAddress, $0.count) }
        guard result >= 0 else { throw LimitFailure.failed }
        BenchSink.consume(result)
    }
}

/// Owns one `climit_message` for the life of the suite.
final class LimitHandle {
    let pointer: OpaquePointer

    init(protobuf: [UInt8], isBatch: Bool) throws {
        guard
            let pointer = protobuf.withUnsafeBufferPointer({
                climit_message_create($0.baseAddress, $0.count, isBatch ? 1 : 0)
            })
        else { throw LimitFailure.failed }
        self.pointer = pointer
    }

    deinit { climit_message_destroy(pointer) }

    /// Throws unless the last encode wrote exactly `expected`.
    func expect(_ size: Int, equals expected: [UInt8], _ library: String) throws {
        guard let output = climit_output(pointer) else { throw LimitFailure.failed }
        let written = Array(UnsafeBufferPointer(start: output, count: size))
        guard written == expected else { throw LimitFailure.differentBytes(library) }
    }
}

/// The C side failed, or wrote other bytes than our codec.
enum LimitFailure: Error {
    case failed
    case differentBytes(String)
}
