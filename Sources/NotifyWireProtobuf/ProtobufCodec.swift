public import NIOCore
public import NotifyWireCore

/// The Protocol Buffers codec: `notify.v1.Notification` and `notify.v1.NotificationBatch` in the proto3
/// binary wire format, packed and unpacked by protobuf-c from the committed protoc-c output.
///
/// Encoding points protobuf-c at the Swift strings' own UTF-8 storage (no copies), writes map entries
/// sorted by key bytes, reserves an upper bound of the packed size once at the buffer's writer index
/// and packs with `protobuf_c_message_pack_to_buffer` through a `ProtobufCBuffer` whose `append` copies
/// into that reserved memory; the bytes equal what `protoc --encode=notify.v1.Notification` makes of the
/// same values (map entries with an empty key or value included). A string holding U+0000, which
/// protobuf-c's NUL-terminated `char *` strings cannot carry as such, is read and written exactly through
/// a substitute byte (see ``ProtobufNULSubstitution``); only such a message is copied.
///
/// Decoding first checks the size against ``limits``, then pre-scans the wire format in Swift (varints,
/// lengths, wire types, UTF-8, timestamps, limits, with offsets and field paths), so that protobuf-c
/// only ever sees well-formed input, and unpacks with an allocator that bumps through one per-call
/// arena released at once. Unknown fields are skipped, unknown enum numbers kept; groups (wire types 3
/// and 4), which protobuf-c cannot read, are `.malformed`.
public struct ProtobufCodec: NotificationCodec {
    /// ``WireFormat/protobuf``.
    public var format: WireFormat { .protobuf }
    /// `application/protobuf`.
    public var mediaType: String { "application/protobuf" }
    /// `application/protobuf`, `application/x-protobuf` and `application/vnd.google.protobuf`.
    public var acceptedMediaTypes: [String] {
        ["application/protobuf", "application/x-protobuf", "application/vnd.google.protobuf"]
    }
    /// ``PayloadKind/binary``.
    public var payloadKind: PayloadKind { .binary }
    /// The limits the decoders enforce.
    public let limits: DecodingLimits

    /// Creates a codec that enforces `limits` when decoding.
    public init(limits: DecodingLimits = .default) {
        self.limits = limits
    }

    /// Appends the Protocol Buffers encoding of `notification` at `buffer`'s writer index.
    ///
    /// Throws `.unencodable` for a timestamp outside 0001–9999; the writer index is then where it was
    /// before the call.
    public func encode(_ notification: NotificationMessage, into buffer: inout ByteBuffer) throws(CodecError) {
        let start = buffer.writerIndex
        do {
            try ProtobufEncoder.pack(notification, into: &buffer)
        } catch {
            buffer.moveWriterIndex(to: start)
            throw error
        }
    }

    /// Appends the Protocol Buffers encoding of `batch` at `buffer`'s writer index.
    ///
    /// Throws `.unencodable` as ``encode(_:into:)-(NotificationMessage,_)`` does, with the path of the
    /// notification; the writer index is then where it was before the call.
    public func encode(_ batch: NotificationBatch, into buffer: inout ByteBuffer) throws(CodecError) {
        let start = buffer.writerIndex
        do {
            try ProtobufEncoder.pack(batch, into: &buffer)
        } catch {
            buffer.moveWriterIndex(to: start)
            throw error
        }
    }

    /// Decodes one complete `notify.v1.Notification` from `bytes`, enforcing ``limits``.
    public func decodeNotification(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationMessage {
        let nulStrings = try ProtobufWireScanner.validate(bytes, as: .notification, limits: limits)
        guard !nulStrings.isEmpty else { return try ProtobufUnpacker.unpackNotification(bytes) }
        return try ProtobufNULSubstitution.withSubstitutes(bytes, in: nulStrings) { copy in
            Result { () throws(CodecError) in try ProtobufUnpacker.unpackNotification(copy, restoringNUL: true) }
        }.get()
    }

    /// Decodes one complete `notify.v1.NotificationBatch` from `bytes`, enforcing ``limits``.
    public func decodeBatch(from bytes: UnsafeRawBufferPointer) throws(CodecError) -> NotificationBatch {
        let nulStrings = try ProtobufWireScanner.validate(bytes, as: .batch, limits: limits)
        guard !nulStrings.isEmpty else { return try ProtobufUnpacker.unpackBatch(bytes) }
        return try ProtobufNULSubstitution.withSubstitutes(bytes, in: nulStrings) { copy in
            Result { () throws(CodecError) in try ProtobufUnpacker.unpackBatch(copy, restoringNUL: true) }
        }.get()
    }
}
