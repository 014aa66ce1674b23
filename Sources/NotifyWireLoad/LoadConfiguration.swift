#if Hummingbird
    package import NotifyWireCore

    /// What one `notifywire load` run measures.
    package struct LoadConfiguration: Sendable {
        /// The scenarios, in order.
        package var scenarios: [LoadScenario]
        /// The transports, in order.
        package var transports: [LoadTransport]
        /// The codecs, in order.
        package var codecs: [WireFormat]
        /// How long notifications are published per ramp step or per case; `nil`: the scenario's default.
        package var duration: Duration?
        /// The largest subscriber count any scenario opens (ramp stops at the last step within it); `nil`: none.
        package var maxSubscribers: Int?
        /// `outage`: what happens during each gap (``LoadFault/connections`` by default).
        package var fault: LoadFault
        /// The prefix of every recipient id: recipients are `PREFIX-SCENARIO-TRANSPORT-CODEC-INDEX` (index from
        /// 0, for example `load-ramp-sse-json-0`), so that another client can watch a sample of them.
        package var recipientPrefix: String
        /// `outage`: the gaps to run, in order; `nil`: the scenario's 1 s, 10 s and 60 s. (Tests use short ones.)
        package var outageGaps: [Duration]?
        /// `throughput`: the rates of its two phases, single publishes and notifications by batch per second;
        /// `nil`: 1,000 and 10,000. (Tests use lower ones.)
        package var throughputRates: (single: Int, batch: Int)?
        /// Receives one line per step as the run progresses (for standard error); `nil`: silent.
        package var progress: (@Sendable (String) -> Void)?

        /// A configuration; `recipientPrefix` defaults to `load`.
        package init(
            scenarios: [LoadScenario], transports: [LoadTransport], codecs: [WireFormat],
            duration: Duration? = nil, maxSubscribers: Int? = nil, fault: LoadFault = .connections,
            recipientPrefix: String = "load", progress: (@Sendable (String) -> Void)? = nil,
            outageGaps: [Duration]? = nil
        ) {
            self.outageGaps = outageGaps
            self.scenarios = scenarios
            self.transports = transports
            self.codecs = codecs
            self.duration = duration
            self.maxSubscribers = maxSubscribers
            self.fault = fault
            self.recipientPrefix = recipientPrefix
            self.progress = progress
        }
    }
#endif
