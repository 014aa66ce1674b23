#if Hummingbird
    import Hummingbird

    /// A refused request (subscribe or publish) and the answer that says why.
    struct RouteRefusal: Error {
        var response: Response
    }
#endif
