/// A JSON string that the scanner has validated: where its content lies and what it decodes to.
struct JSONStringToken {
    /// The offset of the opening quote.
    let quoteOffset: Int
    /// The offsets of the content between the quotes, still escaped.
    let content: Range<Int>
    /// Whether the content holds escapes (else it is its own UTF-8 value).
    let hasEscapes: Bool
    /// The length of the value in UTF-8 bytes after unescaping.
    let decodedLength: Int
}
