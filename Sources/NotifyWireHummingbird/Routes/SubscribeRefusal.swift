#if Hummingbird
    import Hummingbird

    /// A refused subscribe request and its answer.
    struct SubscribeRefusal: Error {
        var response: Response
    }
#endif
