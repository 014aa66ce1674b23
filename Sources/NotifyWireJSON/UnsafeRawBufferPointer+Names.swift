extension UnsafeRawBufferPointer {
    /// Whether these bytes are exactly the UTF-8 of `name` (used to match member names without Strings).
    func isName(_ name: StaticString) -> Bool {
        guard count == name.utf8CodeUnitCount else { return false }
        return UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount).elementsEqual(self)
    }
}
