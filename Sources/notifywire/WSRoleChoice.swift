import ArgumentParser
import NotifyWire

/// The end of a WebSocket connection named on the command line (`--role server`).
enum WSRoleChoice: String, CaseIterable, ExpressibleByArgument {
    case server
    case client

    var role: WebSocketRole {
        switch self {
        case .server: .server
        case .client: .client
        }
    }
}
