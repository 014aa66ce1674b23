extension UnsafeRawBufferPointer {
    /// Whether these bytes are exactly the UTF-8 of `name` (used to match member names without Strings).
    func isName(_ name: StaticString) -> Bool {
        guard count == name.utf8CodeUnitCount else { return false }
        let expected = UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for index in 0..<count where self[index] != expected[index] {
            return false
        }
        return true
    }
}
