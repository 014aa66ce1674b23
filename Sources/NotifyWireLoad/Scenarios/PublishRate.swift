#if Hummingbird
    /// How fast a case publishes, in ticks of 100 ms (ten per second).
    enum PublishRate: Sendable {
        /// Every established subscriber receives this many notifications per second, spread over the ticks
        /// (at one per second, a tenth of the subscribers receive one in each tick).
        case eachPerSecond(Int)
        /// This many notifications per second in all, each to the next established subscriber in turn.
        case totalPerSecond(Int)

        /// Ticks per second.
        static let ticksPerSecond = 10

        /// How many notifications subscriber `index` receives in tick `tick` at `perSecond` each.
        static func share(of index: Int, tick: Int, perSecond: Int) -> Int {
            let phase = index % ticksPerSecond
            return (tick + 1 + phase) * perSecond / ticksPerSecond - (tick + phase) * perSecond / ticksPerSecond
        }

        /// How many notifications tick `tick` publishes in all at `perSecond`.
        static func total(tick: Int, perSecond: Int) -> Int {
            (tick + 1) * perSecond / ticksPerSecond - tick * perSecond / ticksPerSecond
        }
    }
#endif
