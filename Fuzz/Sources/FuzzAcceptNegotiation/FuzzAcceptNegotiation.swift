import FuzzSupport
import NotifyWire

/// Fuzzes `AcceptHeader(parsing:)` and content negotiation over the standard codecs.
///
/// Properties: parsing the ranges' descriptions joined with commas gives the same ranges (so a range
/// prints as something that means the same); every weight lies in 0...1000; a negotiated codec is one
/// whose media type the header gives a weight above 0, and no offered codec has a higher weight; a header
/// that accepts none of the offered media types negotiates nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    let header = AcceptHeader(parsing: text)
    for range in header.ranges {
        FuzzProperties.check((0...1000).contains(range.qualityThousandths), "weight \(range.qualityThousandths)")
    }
    let printed = header.ranges.map(\.description).joined(separator: ", ")
    let reparsed = AcceptHeader(parsing: printed)
    FuzzProperties.check(
        reparsed == header,
        "\(text.debugDescription) parsed to \(header.ranges), printed as "
            + "\(printed.debugDescription), which parses to \(reparsed.ranges)")

    let registry = CodecRegistry.standard
    let weights = registry.codecs.map { codec in
        codec.acceptedMediaTypes.map(header.qualityThousandths(for:)).max() ?? 0
    }
    let best = weights.max() ?? 0
    switch registry.negotiate(accept: text) {
    case .acceptable(let codec):
        let weight = codec.acceptedMediaTypes.map(header.qualityThousandths(for:)).max() ?? 0
        FuzzProperties.check(weight > 0, "negotiated \(codec.mediaType), which \(text.debugDescription) weighs 0")
        FuzzProperties.check(weight == best, "negotiated \(codec.mediaType) at \(weight), another is at \(best)")
    case .notAcceptable:
        FuzzProperties.check(best == 0, "nothing negotiated, though a codec has weight \(best)")
    }
    return 0
}

FuzzDriver.run(fuzzOneInput)
