#if Hummingbird
    /// The samples of a Prometheus text page (`GET /metrics`), as the end-to-end tests read them.
    struct MetricsPage {
        /// One sample: the metric name, its label text (`transport="sse",codec="json"`) and its value.
        struct Sample {
            let name: String
            let labels: String
            let value: Double
        }

        let samples: [Sample]

        /// Parses the sample lines of `text` (comments and blank lines skipped).
        init(_ text: String) {
            var samples: [Sample] = []
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else {
                    continue
                }
                let series = line[..<space]
                if let brace = series.firstIndex(of: "{") {
                    let labels = series[series.index(after: brace)...].dropLast()
                    samples.append(Sample(name: String(series[..<brace]), labels: String(labels), value: value))
                } else {
                    samples.append(Sample(name: String(series), labels: "", value: value))
                }
            }
            self.samples = samples
        }

        /// The samples of metric `name`.
        func samples(named name: String) -> [Sample] { samples.filter { $0.name == name } }

        /// The sum of metric `name`'s samples whose labels contain `label` (all of them when `nil`).
        func sum(_ name: String, label: String? = nil) -> Double {
            samples(named: name).filter { label == nil || $0.labels.contains(label ?? "") }.reduce(0) { $0 + $1.value }
        }
    }
#endif
