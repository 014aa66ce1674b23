/// What `notifywire bench` measured for one contestant on one corpus entry.
struct BenchResult: Encodable {
    /// The corpus entry (`typical`).
    let entry: String
    /// The contestant's stable identifier (`json`, `msgpack-names`, `msgpack-numbers`, `protobuf`, `foundation-json`).
    let codecID: String
    /// The contestant's display name (`MessagePack (numbers)`).
    let codec: String
    /// Bytes of one encoding.
    let bytes: Int
    /// Median nanoseconds per encode.
    let encodeNanoseconds: Double
    /// Median nanoseconds per decode.
    let decodeNanoseconds: Double
    /// Foundation's encode time divided by this one's (how many times faster than Foundation).
    let encodeSpeedupOverFoundation: Double
    /// Foundation's decode time divided by this one's.
    let decodeSpeedupOverFoundation: Double

    /// Encoded megabytes (10^6 bytes) per second.
    var encodeMegabytesPerSecond: Double { encodeNanoseconds > 0 ? Double(bytes) * 1000 / encodeNanoseconds : 0 }
    /// Decoded megabytes (10^6 bytes) per second.
    var decodeMegabytesPerSecond: Double { decodeNanoseconds > 0 ? Double(bytes) * 1000 / decodeNanoseconds : 0 }

    /// The keys of `--json` output, exactly: `codec`, `message`, `bytes`, `encodeNs`, `decodeNs`.
    private enum CodingKeys: String, CodingKey {
        case codec, message, bytes
        case encodeNanoseconds = "encodeNs"
        case decodeNanoseconds = "decodeNs"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(codecID, forKey: .codec)
        try container.encode(entry, forKey: .message)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(encodeNanoseconds, forKey: .encodeNanoseconds)
        try container.encode(decodeNanoseconds, forKey: .decodeNanoseconds)
    }
}
