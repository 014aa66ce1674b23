#if Hummingbird
    /// Why a load run could not go on (the server could not be reached, a publish was refused, …): the error
    /// type of the load lab.
    package struct LoadError: Error, Sendable, CustomStringConvertible {
        /// What went wrong, one lower-case sentence.
        package var message: String

        /// An error saying `message`.
        package init(_ message: String) { self.message = message }

        /// The message.
        package var description: String { message }
    }
#endif
