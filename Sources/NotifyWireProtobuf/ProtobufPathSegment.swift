/// One step of the field path that decoding errors report (`notifications[2].actor.displayName`,
/// `data["key"]`).
enum ProtobufPathSegment: Sendable {
    /// A field, by its JSON name.
    case field(StaticString)
    /// An element of a repeated field or a map entry whose key is not known yet, by position.
    case index(Int)
    /// A map entry, by the bytes of its key in the input (rendered only when an error is reported).
    case key(Range<Int>)

    /// Renders `segments` as `notifications[2].tags[0]` or `data["key"]`, reading map keys from `input`.
    static func render(_ segments: [ProtobufPathSegment], input: UnsafeRawBufferPointer) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .field(let name):
                text += text.isEmpty ? name.description : "." + name.description
            case .index(let index):
                text += "[\(index)]"
            case .key(let range):
                let clamped = range.clamped(to: 0..<input.count)
                var key = ""
                for scalar in String(decoding: input[clamped], as: UTF8.self).unicodeScalars {
                    switch scalar {
                    case "\"": key += "\\\""
                    case "\\": key += "\\\\"
                    default: key.unicodeScalars.append(scalar)
                    }
                }
                text += "[\"" + key + "\"]"
            }
        }
        return text
    }
}
