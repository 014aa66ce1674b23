import FuzzSupport
import NotifyWire

/// Fuzzes `ProtobufCodec.decodeBatch(from:)`.
/// Properties: an accepted input decodes to a value that every codec round-trips (and the codec chain
/// JSON → MessagePack → Protocol Buffers → JSON keeps); a rejection is a `CodecError` of this codec
/// with an offset within the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let codec = ProtobufCodec()
    do {
        FuzzProperties.checkRoundTrips(try codec.decodeBatch(from: bytes))
    } catch {
        FuzzProperties.checkRejection(error, by: codec, inputCount: size)
    }
    return 0
}

FuzzDriver.run(fuzzOneInput)
