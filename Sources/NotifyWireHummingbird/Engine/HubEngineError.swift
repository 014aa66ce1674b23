#if Hummingbird
    /// The error of the engine layer (``HubEngine``, ``PostgresHubEngine``, ``PostgresURL``): a code and one
    /// sentence, never the database password.
    public struct HubEngineError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What kind of problem it is. Values are never renamed or removed; new ones may be added.
        public struct Code: Hashable, Sendable, CustomStringConvertible {
            /// A stable, machine-readable name.
            public let name: String

            private init(_ name: String) { self.name = name }

            /// The database could not be reached in time, or a statement or the commit failed: nothing may be
            /// assumed stored (answer 503 with `Retry-After`; retry a publication with its idempotency key).
            public static let unavailable = Code("unavailable")
            /// The database's schema was made by a newer NotifyWire (`notifywire_schema` holds a higher version):
            /// this version refuses to touch it.
            public static let newerSchema = Code("newerSchema")
            /// A PostgreSQL URL is malformed (the message names the part).
            public static let invalidURL = Code("invalidURL")
            /// A recipient or an idempotency key the engine cannot store (empty, too long, or containing NUL).
            public static let invalidInput = Code("invalidInput")
            /// A stored notification could not be decoded (the row was not written by this engine).
            public static let corruptRow = Code("corruptRow")

            /// The name.
            public var description: String { name }
        }

        /// What kind of problem it is.
        public var code: Code
        /// One sentence, starting lower-case, saying what was wrong: `the URL has no database name`.
        public var message: String

        /// Creates an error.
        public init(_ code: Code, _ message: String) {
            self.code = code
            self.message = message
        }

        /// `hub engine error (invalidURL): the URL has no database name`.
        public var description: String { "hub engine error (\(code)): \(message)" }
    }
#endif
