import NotifyWireValidation
import Testing

@Suite struct TextPositionTests {
    @Test(arguments: [
        ("abc", 0, 1, 1),
        ("abc", 2, 1, 3),
        ("a\nbc", 2, 2, 1),
        ("a\nbc", 4, 2, 3),
        ("\n\n\n", 3, 4, 1),
        // "é" is two bytes and one column; the byte after it is in column 2.
        ("é!", 2, 1, 2),
    ])
    func positionOfAnOffset(text: String, offset: Int, line: Int, column: Int) {
        let position = TextPosition(offset: offset, in: Array(text.utf8))
        #expect(position == TextPosition(line: line, column: column))
    }

    @Test func offsetOutsideTheInputHasNoPosition() {
        #expect(TextPosition(offset: 4, in: Array("abc".utf8)) == nil)
        #expect(TextPosition(offset: -1, in: Array("abc".utf8)) == nil)
    }
}
