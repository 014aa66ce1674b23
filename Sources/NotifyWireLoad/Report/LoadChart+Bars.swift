#if Hummingbird
    extension LoadChart {
        private static let labelWidth = 250
        private static let barHeight = 16
        private static let barGap = 6

        /// The rows other than ramp steps: one horizontal bar per row for each measurement (p99 latency, RSS per
        /// connection), each panel scaled to its own largest value; a row without the measurement says `n/a`.
        /// Returns the SVG elements from `top` down, and the height they take.
        static func barCharts(_ rows: [LoadRow], top: Int) -> (svg: String, height: Int) {
            let panelHeight = 40 + rows.count * (barHeight + barGap)
            var svg = ""
            let barSpace = width - labelWidth - 120
            for (index, measurement) in measurements.enumerated() {
                let panelTop = top + index * (panelHeight + 24)
                let values = rows.map(measurement.value)
                let largest = values.compactMap { $0 }.filter(\.isFinite).max() ?? 0
                svg += "<g class=\"chart\">\n"
                svg += "<text x=\"16\" y=\"\(panelTop + 16)\" font-size=\"14\" font-weight=\"bold\">"
                svg += "\(escape(measurement.title))</text>\n"
                for (rowIndex, row) in rows.enumerated() {
                    let y = panelTop + 30 + rowIndex * (barHeight + barGap)
                    let series = LoadChartSeries(
                        name: row.transport, transport: row.transport, codec: row.codec, rows: [row])
                    svg += "<text x=\"16\" y=\"\(y + 12)\">\(escape(barLabel(row)))</text>\n"
                    guard let value = values[rowIndex], value.isFinite else {
                        svg += "<text x=\"\(labelWidth)\" y=\"\(y + 12)\" fill=\"#888888\">n/a</text>\n"
                        continue
                    }
                    let length = largest > 0 ? max(1, Int((value / largest * Double(barSpace)).rounded())) : 1
                    let dashes = series.dashes.map { " stroke=\"#333333\" stroke-dasharray=\"\($0)\"" } ?? ""
                    svg += "<rect class=\"bar\" data-series=\"\(escape(row.transport))\" x=\"\(labelWidth)\" "
                    svg +=
                        "y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" fill=\"\(series.color)\"\(dashes)/>\n"
                    svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 12)\" fill=\"#333333\">"
                    svg += "\(LoadNumberFormat.fixed(value, decimals: value < 10 ? 2 : 1))</text>\n"
                }
                svg += "</g>\n"
            }
            return (svg, measurements.count * (panelHeight + 24))
        }

        /// `busy sse/json`, `outage ws/json gap 10 s restarted`, `burst longpoll/json 2,000`,
        /// `throughput sse/json 2,000 batch`, `outage sse/json gap 1.0 s kill-node`.
        static func barLabel(_ row: LoadRow) -> String {
            var label = "\(row.scenario) \(row.transport)/\(row.codec)"
            if let gap = row.outageSeconds {
                label += " gap \(LoadNumberFormat.fixed(gap, decimals: gap < 10 ? 1 : 0)) s"
            } else {
                label += " \(LoadNumberFormat.grouped(row.subscribers))"
            }
            if let route = row.publishRoute { label += " \(route)" }
            if row.restarted == true { label += " restarted" }
            if let fault = row.namedFault { label += " \(fault)" }
            return label
        }
    }
#endif
