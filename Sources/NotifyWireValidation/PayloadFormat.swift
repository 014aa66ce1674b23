public import NotifyWireCore

/// The format of a payload file, named on the command line or detected.
public enum PayloadFormat: String, Hashable, Sendable, CaseIterable {
    /// Decide by extension (`.json`, `.msgpack`, `.pb`), else by content.
    case auto
    /// proto3 canonical JSON.
    case json
    /// MessagePack (names or field numbers as keys).
    case msgpack
    /// Protocol Buffers binary.
    case protobuf

    /// The wire format of a file: the named one, or for ``auto`` by extension, else by the first byte
    /// that is not JSON whitespace (`{` is JSON, a MessagePack map header is MessagePack, anything else
    /// Protocol Buffers).
    public func resolve(fileName: String, bytes: [UInt8]) -> WireFormat {
        switch self {
        case .json: return .json
        case .msgpack: return .messagePack
        case .protobuf: return .protobuf
        case .auto: break
        }
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".json") { return .json }
        if lowered.hasSuffix(".msgpack") || lowered.hasSuffix(".mpk") { return .messagePack }
        if lowered.hasSuffix(".pb") || lowered.hasSuffix(".binpb") { return .protobuf }
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        guard let first = bytes.first(where: { !whitespace.contains($0) }) else { return .protobuf }
        if first == UInt8(ascii: "{") { return .json }
        if (0x80...0x8F).contains(first) || first == 0xDE || first == 0xDF { return .messagePack }
        return .protobuf
    }
}
