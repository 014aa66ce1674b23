public import NIOCore

extension LengthDelimitedReader: NIOSingleStepByteToMessageDecoder {
    /// The reader produces the bytes of each message.
    public typealias InboundOut = ByteBuffer
}
