#if Hummingbird
    /// The names a case gives its recipients and notifications: recipients
    /// `PREFIX-SCENARIO-TRANSPORT-CODEC-INDEX`, notifications `PREFIX-SCENARIO-TRANSPORT-CODEC-n<NUMBER>` with
    /// a number unique within the run.
    package struct LoadNaming: Sendable, Hashable {
        /// `PREFIX-SCENARIO-TRANSPORT-CODEC`.
        package let stem: String

        /// The names of one scenario × transport × codec.
        package init(prefix: String, scenario: LoadScenario, transport: LoadTransport, codecName: String) {
            stem = "\(prefix)-\(scenario.rawValue)-\(transport.rawValue)-\(codecName)"
        }

        /// The recipient with index `index` (from 0).
        package func recipient(_ index: Int) -> String { "\(stem)-\(index)" }

        /// The id of notification `number`.
        package func notificationID(_ number: Int) -> String { "\(stem)-n\(number)" }

        /// The number of a notification id written by ``notificationID(_:)`` (of any stem); `nil` for an id of
        /// another shape.
        package static func number(ofNotificationID id: String) -> Int? {
            guard let dash = id.lastIndex(of: "-") else { return nil }
            let tail = id[id.index(after: dash)...]
            guard tail.first == "n" else { return nil }
            return Int(tail.dropFirst())
        }
    }
#endif
