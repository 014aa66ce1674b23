/// The one error type of the codec layer: every codec throws it, for encoding and decoding alike.
///
/// It says what was wrong (``code`` and ``message``), in which format, and where: the byte ``offset``
/// in the input and, when known, the field ``path`` (`actor.displayName`, `notifications[2].tags[0]`).
///
/// ```
/// JSON decode error at byte 17 (actor.displayName): expected a string, found a number
/// ```
public struct CodecError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is. Values are never renamed or removed; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A stable, machine-readable name.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// The input ended before the value was complete.
        public static let truncated = Code("truncated")
        /// The bytes are not valid in the format (bad JSON syntax, malformed MessagePack or protobuf).
        public static let malformed = Code("malformed")
        /// A string is not valid UTF-8, or a JSON escape names a lone surrogate.
        public static let invalidUTF8 = Code("invalidUTF8")
        /// A known field holds a value of the wrong type.
        public static let typeMismatch = Code("typeMismatch")
        /// A known field holds a value of the right type that is out of range or not allowed
        /// (an unknown enum name, a timestamp outside 0001–9999, a number that does not fit).
        public static let invalidValue = Code("invalidValue")
        /// A known field appears twice in one object or map.
        public static let duplicateField = Code("duplicateField")
        /// Bytes follow the complete value.
        public static let trailingBytes = Code("trailingBytes")
        /// A ``DecodingLimits`` limit was exceeded (size, depth, string length or entry count).
        public static let limitExceeded = Code("limitExceeded")
        /// The value cannot be written in the format (for example a timestamp outside 0001–9999).
        public static let unencodable = Code("unencodable")
        /// The underlying C library reported a failure that none of the codes above describes.
        public static let libraryFailure = Code("libraryFailure")

        /// The name.
        public var description: String { name }
    }

    /// Whether the error happened while encoding or decoding.
    public enum Operation: Hashable, Sendable {
        /// Writing a value.
        case encode
        /// Reading bytes.
        case decode
    }

    /// What kind of problem it is.
    public var code: Code
    /// The format being written or read.
    public var format: WireFormat
    /// Encoding or decoding.
    public var operation: Operation
    /// The byte offset in the input where the problem was found (`nil` when encoding).
    public var offset: Int?
    /// The field path (`actor.displayName`, `notifications[2].id`); empty at the top level.
    public var path: String
    /// One sentence, starting lower-case, saying what was wrong: `expected a string, found a number`.
    public var message: String

    /// Creates an error.
    public init(
        _ code: Code,
        format: WireFormat,
        operation: Operation = .decode,
        offset: Int? = nil,
        path: String = "",
        message: String
    ) {
        self.code = code
        self.format = format
        self.operation = operation
        self.offset = offset
        self.path = path
        self.message = message
    }

    /// `JSON decode error at byte 17 (actor.displayName): expected a string, found a number`.
    public var description: String {
        var text = "\(format.displayName) \(operation == .encode ? "encode" : "decode") error"
        if let offset { text += " at byte \(offset)" }
        if !path.isEmpty { text += " (\(path))" }
        return text + ": " + message
    }
}
