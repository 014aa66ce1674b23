#if Hummingbird
    /// Runs the load scenarios against a server.
    package enum LoadLab {
        /// Runs every scenario × transport × codec of `configuration` against `server`, in that order.
        package static func run(_ configuration: LoadConfiguration, server: any LoadServer) async throws(LoadError)
            -> LoadResults
        {
            // Contract placeholder: the scenario engine replaces this body.
            throw LoadError("the load scenarios are not built yet")
        }
    }
#endif
