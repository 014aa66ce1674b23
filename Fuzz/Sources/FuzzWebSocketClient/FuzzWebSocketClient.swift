import FuzzSupport
import NotifyWire

/// Fuzzes `WebSocketMessageDecoder` as the client end of a connection (see `WebSocketFuzzing` for the
/// properties).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    WebSocketFuzzing.run(role: .client, bytes: UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

FuzzDriver.run(fuzzOneInput)
