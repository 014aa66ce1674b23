/// A JSON number that the scanner has validated against the RFC 8259 grammar.
struct JSONNumberToken {
    /// The offsets of the number's bytes.
    let range: Range<Int>
    /// Whether it starts with `-`.
    let isNegative: Bool
    /// Whether it has neither a fraction nor an exponent.
    let isInteger: Bool
}
