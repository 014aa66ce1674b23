#if Hummingbird
    /// Why an ``HTTPExchange`` got no response.
    struct HTTPExchangeFailure: Error, CustomStringConvertible {
        /// What went wrong, one lower-case sentence.
        var description: String
        init(_ description: String) { self.description = description }
    }
#endif
