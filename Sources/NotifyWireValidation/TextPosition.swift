/// A 1-based line and column in a text file, computed from a byte offset.
public struct TextPosition: Hashable, Sendable {
    /// The line, counting from 1.
    public let line: Int
    /// The column in characters (Unicode scalars), counting from 1.
    public let column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of byte `offset` in UTF-8 `bytes` (an offset at the end is the position after the last
    /// byte); `nil` for an offset outside `0...bytes.count`.
    public init?(offset: Int, in bytes: [UInt8]) {
        guard offset >= 0, offset <= bytes.count else { return nil }
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Continuation bytes do not start a character.
                column += 1
            }
        }
        self.init(line: line, column: column)
    }
}
