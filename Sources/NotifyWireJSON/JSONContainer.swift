/// The state of one open JSON object or array while its entries are read.
struct JSONContainer {
    /// Whether it is an object (else an array).
    let isObject: Bool
    /// The offset of its opening bracket.
    let start: Int
    /// The entries read so far.
    var count = 0
}
