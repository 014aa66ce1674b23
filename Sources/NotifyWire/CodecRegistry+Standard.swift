public import NotifyWireFraming
import NotifyWireJSON
import NotifyWireMessagePack
import NotifyWireProtobuf

extension CodecRegistry {
    /// Every codec of the package, in the default order of preference: JSON (what browsers and `curl`
    /// read), then MessagePack (names as keys), then Protocol Buffers.
    public static let standard = CodecRegistry(codecs: [JSONCodec(), MessagePackCodec(), ProtobufCodec()])
}
