#if Hummingbird
    /// Numbers as the report prints them, without Foundation: fixed decimals for the table, and the shortest
    /// round-tripping text (after rounding) for JSON.
    package enum LoadNumberFormat {
        /// Larger magnitudes are printed in exponent form (they cannot be converted to `Int` exactly).
        private static let largestFixed = 1e15

        /// `value` with exactly `decimals` decimals (`-` when it is not finite).
        package static func fixed(_ value: Double, decimals: Int) -> String {
            guard value.isFinite else { return "-" }
            guard abs(value) < largestFixed else { return "\(value)" }
            var scale = 1.0
            for _ in 0..<max(0, decimals) { scale *= 10 }
            let scaled = (abs(value) * scale).rounded()
            guard scaled < largestFixed else { return "\(value)" }
            let units = Int(scaled)
            let factor = Int(scale)
            let whole = units / factor
            let sign = value < 0 && units > 0 ? "-" : ""
            guard decimals > 0 else { return sign + String(whole) }
            let digits = String(units % factor)
            return sign + String(whole) + "." + String(repeating: "0", count: max(0, decimals - digits.count))
                + digits
        }

        /// `value` for JSON: rounded to `decimals` decimals, shortest form (`1.5`, `2.0`, `12`), `null` when it
        /// is not finite (JSON has no NaN or infinity).
        package static func json(_ value: Double, decimals: Int = 3) -> String {
            guard value.isFinite else { return "null" }
            guard abs(value) < largestFixed else { return "\(value)" }
            var scale = 1.0
            for _ in 0..<max(0, decimals) { scale *= 10 }
            let rounded = (value * scale).rounded() / scale
            return rounded == 0 ? "0" : "\(rounded)"
        }

        /// A whole number with thin grouping: `10000` → `10,000`.
        package static func grouped(_ value: Int) -> String {
            let digits = String(value.magnitude)
            var text = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
                text.append(digit)
            }
            return (value < 0 ? "-" : "") + text
        }
    }
#endif
