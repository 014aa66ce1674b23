#if Hummingbird
    /// A load scenario: what `--scenario` names. Each one's shape is fixed; `--duration` and
    /// ``LoadConfiguration/maxSubscribers`` scale it.
    package enum LoadScenario: String, CaseIterable, Sendable, Codable {
        /// 10 → 50 → 100 → 200 → 1,000 → 5,000 → 10,000 open subscribers, each receiving one notification per
        /// second while connected; stops after the first step whose delivery falls below 99 %. One row per step.
        case ramp
        /// 1,000 subscribers, one notification per subscriber per minute, time compressed: 60 notifications per
        /// second, each to the next recipient in turn.
        case quiet
        /// 50 subscribers, 100 notifications per second each.
        case busy
        /// 0 → 2,000 subscribers connecting within 10 seconds while notifications flow (one per second to each
        /// connected subscriber): failed connects, and the time until every subscriber receives live traffic.
        case burst
        /// Subscribers cut off for 1 s, 10 s and 60 s while publishing continues, then resumed from where they
        /// were: notifications lost after resume, and the time to catch up. One row per gap.
        case outage
        /// 2,000 subscribers spread over the nodes; 1,000 single publishes per second (`POST /notifications`,
        /// over 32 connections), then 10,000 notifications per second through the batch route, 10 s each by
        /// default: what the server acknowledges per second, and whether it all arrives in time. Two rows.
        case throughput
    }
#endif
