internal import CNotifyWireProto
internal import CProtobufC

/// The descriptor the encoder packs `data` map entries with.
///
/// protobuf-c treats the `key` and `value` of a map entry as proto3 fields with implicit presence and
/// leaves an empty one out, while `protoc` (and upb, Python's runtime) always writes both. To keep our
/// bytes identical to `protoc --encode`, entries are packed with a copy of the generated entry
/// descriptor whose two fields are marked `required`, which protobuf-c writes unconditionally. The copy
/// is made once, from the generated descriptor at run time (the generated files stay untouched), and
/// lives as long as the process. Decoding uses the generated descriptor.
enum MapEntryDescriptor {
    /// The generated `Notification.DataEntry` descriptor with `key` and `value` marked `required`.
    nonisolated(unsafe) static let writingEmptyFields: UnsafePointer<ProtobufCMessageDescriptor> = {
        var descriptor = notify__v1__notification__data_entry__descriptor
        let count = Int(descriptor.n_fields)
        if let generated = descriptor.fields, count > 0 {
            let fields = UnsafeMutablePointer<ProtobufCFieldDescriptor>.allocate(capacity: count)
            fields.initialize(from: generated, count: count)
            for index in 0..<count { fields[index].label = PROTOBUF_C_LABEL_REQUIRED }
            descriptor.fields = UnsafePointer(fields)
        }
        let copy = UnsafeMutablePointer<ProtobufCMessageDescriptor>.allocate(capacity: 1)
        copy.initialize(to: descriptor)
        return UnsafePointer(copy)
    }()
}
