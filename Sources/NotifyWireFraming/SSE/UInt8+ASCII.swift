extension UInt8 {
    /// LF, U+000A.
    static let lineFeed = UInt8(ascii: "\n")
    /// CR, U+000D.
    static let carriageReturn = UInt8(ascii: "\r")
    /// `:`, which separates a field's name from its value.
    static let colon = UInt8(ascii: ":")
    /// U+0020, removed once after a field's colon.
    static let space = UInt8(ascii: " ")
}
