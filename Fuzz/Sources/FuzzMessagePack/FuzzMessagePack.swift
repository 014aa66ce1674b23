import FuzzSupport
import NotifyWire

/// Fuzzes `MessagePackCodec` in both key styles (names and field numbers), notifications and batches.
/// Properties: an accepted input decodes to a value that every codec round-trips (and the codec chain
/// JSON → MessagePack → Protocol Buffers → JSON keeps); a rejection is a `CodecError` of this codec
/// with an offset within the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    // Both key styles, notifications and batches: the same bytes go to all four decoders.
    for keyStyle in [MessagePackKeyStyle.names, .fieldNumbers] {
        let codec = MessagePackCodec(keyStyle: keyStyle)
        do {
            FuzzProperties.checkRoundTrips(try codec.decodeNotification(from: bytes))
        } catch {
            FuzzProperties.checkRejection(error, by: codec, inputCount: size)
        }
        do {
            FuzzProperties.checkRoundTrips(try codec.decodeBatch(from: bytes))
        } catch {
            FuzzProperties.checkRejection(error, by: codec, inputCount: size)
        }
    }
    return 0
}

FuzzDriver.run(fuzzOneInput)
