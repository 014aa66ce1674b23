#if Hummingbird
    import Foundation
    import JWTKit
    import Synchronization

    /// The public keys of an identity provider, read from a JSON Web Key Set file (RFC 7517), for subscribers'
    /// and publishers' RS256 and ES256 JWTs (each key needs its `kid`, which the token's header names).
    ///
    /// ``reload()`` reads the file again (`notifywire serve` does on SIGHUP), so that keys rotate without a
    /// restart; a file that cannot be read or parsed leaves the keys in force unchanged.
    public final class NotifyWireJWKS: Sendable {
        /// The file the keys are read from.
        public let path: String
        private let json: Mutex<String>

        /// Reads the key set at `path`; throws when it cannot be read or is not a JWKS jwt-kit accepts.
        public init(path: String) async throws {
            self.path = path
            let text = try Self.read(path)
            try await Self.check(text)
            self.json = Mutex(text)
        }

        /// Reads the file again and uses its keys from now on; throws, keeping the keys in force, when it cannot be
        /// read or parsed.
        public func reload() async throws {
            let text = try Self.read(path)
            try await Self.check(text)
            json.withLock { $0 = text }
        }

        /// The key set in force, as JSON.
        var current: String { json.withLock { $0 } }

        private static func read(_ path: String) throws -> String {
            try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        }

        private static func check(_ text: String) async throws {
            _ = try await JWTKeyCollection().add(jwksJSON: text)
        }
    }
#endif
