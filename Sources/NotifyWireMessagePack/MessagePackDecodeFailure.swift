import NotifyWireCore

/// An error found while walking msgpack-c's object tree, before its offset and path are known.
///
/// Each container on the way out adds its step and path component (innermost first), so the success path
/// pays nothing for locating errors; ``codecError(in:)`` turns the steps into a byte offset.
struct MessagePackDecodeFailure: Error {
    /// What kind of problem it is.
    var code: CodecError.Code
    /// One lower-case sentence.
    var message: String
    /// The steps from the top-level value to the value at fault, innermost first.
    var steps: [MessagePackValueStep] = []
    /// The field path, innermost first.
    var path: [MessagePackPathComponent] = []

    /// A failure in the value being read.
    init(_ code: CodecError.Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The same failure seen from the container one level out.
    func inside(_ step: MessagePackValueStep, _ component: MessagePackPathComponent?) -> Self {
        var failure = self
        failure.steps.append(step)
        if let component { failure.path.append(component) }
        return failure
    }

    /// The error to throw: the offset of the value at fault in `bytes` and the path, outermost first.
    func codecError(in bytes: UnsafeRawBufferPointer) -> CodecError {
        CodecError(
            code,
            format: .messagePack,
            offset: MessagePackPreScanner.offset(following: steps.reversed(), in: bytes),
            path: MessagePackPathComponent.join(path.reversed()),
            message: message
        )
    }
}
