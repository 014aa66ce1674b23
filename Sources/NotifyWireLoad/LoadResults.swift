#if Hummingbird
    /// What a load run measured: the rows, and per recipient how many notifications its subscriber received
    /// (so that an independent client watching a sample of recipients can be compared with it).
    package struct LoadResults: Sendable {
        /// One row per ramp step or case, in the order they ran.
        package var rows: [LoadRow]
        /// Distinct notifications received, by recipient id, over the whole run.
        package var deliveredByRecipient: [String: Int]

        /// Results with `rows` and `deliveredByRecipient`.
        package init(rows: [LoadRow] = [], deliveredByRecipient: [String: Int] = [:]) {
            self.rows = rows
            self.deliveredByRecipient = deliveredByRecipient
        }
    }
#endif
