import ArgumentParser
import NotifyWire

/// A codec named on the command line (`--from json`, `--to msgpack`).
enum CodecChoice: String, CaseIterable, ExpressibleByArgument {
    case json
    case msgpack
    case protobuf

    /// Makes the codec, with the MessagePack key style where it matters.
    func makeCodec(messagePackKeys: MessagePackKeyChoice, limits: DecodingLimits = .default) -> any NotificationCodec {
        switch self {
        case .json: JSONCodec(limits: limits)
        case .msgpack: MessagePackCodec(keyStyle: messagePackKeys.keyStyle, limits: limits)
        case .protobuf: ProtobufCodec(limits: limits)
        }
    }
}

/// The MessagePack key style named on the command line (`--msgpack-keys numbers`).
enum MessagePackKeyChoice: String, CaseIterable, ExpressibleByArgument {
    case names
    case numbers

    var keyStyle: MessagePackKeyStyle {
        switch self {
        case .names: .names
        case .numbers: .fieldNumbers
        }
    }
}
