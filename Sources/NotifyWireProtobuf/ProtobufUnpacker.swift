internal import CNotifyWireProto
internal import CProtobufC
import NotifyWireCore

/// Unpacks pre-scanned input with protobuf-c into a per-call ``BumpArena`` and copies the result into
/// the model; the arena, and with it everything protobuf-c allocated, is released when the call returns.
enum ProtobufUnpacker {
    /// Unpacks a `notify.v1.Notification` that ``ProtobufWireScanner`` has validated.
    /// With `restoringNUL`, `bytes` went through ``ProtobufNULSubstitution/withSubstitutes(_:in:_:)``.
    static func unpackNotification(
        _ bytes: UnsafeRawBufferPointer,
        restoringNUL: Bool = false
    ) throws(CodecError) -> NotificationMessage {
        guard let data = bytes.assumingMemoryBound(to: UInt8.self).baseAddress, !bytes.isEmpty else {
            return NotificationMessage()
        }
        let result: Result<NotificationMessage, CodecError> = withArena(for: bytes.count) { allocator in
            guard let message = notify__v1__notification__unpack(allocator, bytes.count, data) else {
                return .failure(unpackFailure(bytes.count))
            }
            return Result { () throws(CodecError) in
                try ProtobufModelReader.notification(from: message, index: nil, restoringNUL: restoringNUL)
            }
        }
        return try result.get()
    }

    /// Unpacks a `notify.v1.NotificationBatch` that ``ProtobufWireScanner`` has validated.
    /// With `restoringNUL`, `bytes` went through ``ProtobufNULSubstitution/withSubstitutes(_:in:_:)``.
    static func unpackBatch(
        _ bytes: UnsafeRawBufferPointer,
        restoringNUL: Bool = false
    ) throws(CodecError) -> NotificationBatch {
        guard let data = bytes.assumingMemoryBound(to: UInt8.self).baseAddress, !bytes.isEmpty else {
            return NotificationBatch()
        }
        let result: Result<NotificationBatch, CodecError> = withArena(for: bytes.count) { allocator in
            guard let batch = notify__v1__notification_batch__unpack(allocator, bytes.count, data) else {
                return .failure(unpackFailure(bytes.count))
            }
            return Result { () throws(CodecError) in
                try ProtobufModelReader.batch(from: batch, restoringNUL: restoringNUL)
            }
        }
        return try result.get()
    }

    /// Runs `body` with an arena whose first chunk fits a typical unpack of `inputBytes` (the structs plus
    /// a copy of every string) and that stops well short of anything input-controlled could ask for.
    private static func withArena<Result>(
        for inputBytes: Int,
        _ body: (UnsafeMutablePointer<ProtobufCAllocator>) -> Result
    ) -> Result {
        BumpArena.withAllocator(
            initialCapacity: inputBytes * 4 + 1024,
            byteLimit: inputBytes * 128 + (1 << 20),
            body
        )
    }

    private static func unpackFailure(_ count: Int) -> CodecError {
        CodecError(
            .libraryFailure,
            format: .protobuf,
            operation: .decode,
            offset: 0,
            message: "protobuf-c could not unpack the \(count) bytes"
        )
    }
}
