/// The field names an event stream interprets, recognized from a line's raw bytes (exact, case-sensitive).
enum SSEFieldName {
    case data
    case event
    case id
    case retry

    /// The field named by `name`, or `nil` for a name the standard says to ignore.
    init?(_ name: UnsafeBufferPointer<UInt8>) {
        switch name.count {
        case 2 where name[0] == UInt8(ascii: "i") && name[1] == UInt8(ascii: "d"):
            self = .id
        case 4 where name.elementsEqual("data".utf8):
            self = .data
        case 5 where name.elementsEqual("event".utf8):
            self = .event
        case 5 where name.elementsEqual("retry".utf8):
            self = .retry
        default:
            return nil
        }
    }
}
