import ArgumentParser
import NotifyWireValidation

/// The payload format named on `validate`'s command line (`--format auto`).
enum ValidateFormat: String, CaseIterable, ExpressibleByArgument {
    case auto
    case json
    case msgpack
    case protobuf

    var payloadFormat: PayloadFormat {
        switch self {
        case .auto: .auto
        case .json: .json
        case .msgpack: .msgpack
        case .protobuf: .protobuf
        }
    }
}
