import NotifyWireCore

extension CodecError {
    /// The same error one level further out: `component` (`actor`, `[2]`, `["key"]`) goes in front of the
    /// path, joined with a dot unless the path already starts with a subscript.
    func prefixingPath(_ component: String) -> CodecError {
        var error = self
        if path.isEmpty {
            error.path = component
        } else if path.utf8.first == UInt8(ascii: "[") {
            error.path = component + path
        } else {
            error.path = component + "." + path
        }
        return error
    }
}
