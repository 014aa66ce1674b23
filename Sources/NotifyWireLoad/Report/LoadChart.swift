#if Hummingbird
    import Glibc

    /// The SVG of `notifywire load --svg FILE`: a standalone document a browser opens.
    ///
    /// With ramp rows: two line charts against subscriber count (log scale): p99 publish-to-receive latency
    /// (ms) and server RSS per connection (KiB), one polyline per transport (per transport and codec when the
    /// rows hold several codecs). The rows of the other scenarios: the same two measurements as horizontal bars,
    /// one per row (``barCharts(_:top:)``).
    package enum LoadChart {
        static let width = 960
        static let plotLeft = 90
        static let plotWidth = 640
        static let plotHeight = 260
        static let chartHeight = 360
        static let top = 64

        /// The two measurements charted, with their axis titles.
        static let measurements: [(title: String, value: @Sendable (LoadRow) -> Double?)] = [
            ("p99 publish-to-receive latency (ms)", { $0.p99Ms }),
            ("server RSS per connection (KiB)", { $0.serverRssPerConnectionBytes.map { $0 / 1024 } }),
        ]

        /// The SVG document of `rows` under `title` (and `subtitle`, a line of context such as the machine):
        /// the ramp's line charts, then bars for the other rows; a document that says so when there is no row.
        package static func render(_ rows: [LoadRow], title: String, subtitle: String = "") -> String {
            let series = LoadChartSeries.ramp(rows)
            let others = rows.filter { $0.scenario != LoadScenario.ramp.rawValue }
            guard !rows.isEmpty else {
                return header(title: title, subtitle: subtitle, height: 120)
                    + "<text x=\"16\" y=\"84\" fill=\"#555555\">No rows to chart: the run measured nothing.</text>\n"
                    + "</svg>\n"
            }
            var body = ""
            var height = top
            if !series.isEmpty {
                for measurement in measurements {
                    body += lineChart(series, title: measurement.title, value: measurement.value, top: height)
                    height += chartHeight
                }
            }
            if !others.isEmpty {
                let bars = barCharts(others, top: height)
                body += bars.svg
                height += bars.height
            }
            return header(title: title, subtitle: subtitle, height: height + 16) + body + "</svg>\n"
        }

        static func header(title: String, subtitle: String, height: Int) -> String {
            var svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
                viewBox="0 0 \(width) \(height)" font-family="Helvetica, Arial, sans-serif" font-size="12">
                <rect width="100%" height="100%" fill="#ffffff"/>
                <text x="16" y="28" font-size="16" font-weight="bold">\(escape(title))</text>

                """
            if !subtitle.isEmpty { svg += "<text x=\"16\" y=\"46\" fill=\"#555555\">\(escape(subtitle))</text>\n" }
            return svg
        }

        /// One line chart: axes, decade ticks on x, five gridlines on y, a polyline and dots per series, legend.
        static func lineChart(
            _ series: [LoadChartSeries], title: String, value: (LoadRow) -> Double?, top: Int
        ) -> String {
            let counts = series.flatMap { $0.rows.map(\.subscribers) }.filter { $0 > 0 }
            let lowest = decadeExponent(below: counts.min() ?? 10)
            var highest = decadeExponent(above: counts.max() ?? 100)
            if highest <= lowest { highest = lowest + 1 }
            let largest = series.flatMap { $0.rows.compactMap(value) }.filter(\.isFinite).max() ?? 0
            let yTop = niceCeiling(largest)
            let plotTop = top + 30
            let plotBottom = plotTop + plotHeight
            func x(_ subscribers: Int) -> Double {
                let position = (Glibc.log10(Double(max(subscribers, 1))) - Double(lowest)) / Double(highest - lowest)
                return Double(plotLeft) + position * Double(plotWidth)
            }
            func y(_ measured: Double) -> Double {
                Double(plotBottom) - (yTop > 0 ? measured / yTop : 0) * Double(plotHeight)
            }
            var svg = "<g class=\"chart\">\n"
            svg += "<text x=\"\(plotLeft)\" y=\"\(top + 16)\" font-size=\"14\" font-weight=\"bold\">"
            svg += "\(escape(title))</text>\n"
            for step in 0...5 {
                let level = yTop * Double(step) / 5
                let lineY = coordinate(y(level))
                svg += "<line x1=\"\(plotLeft)\" y1=\"\(lineY)\" x2=\"\(plotLeft + plotWidth)\" y2=\"\(lineY)\" "
                svg += "stroke=\"#e0e0e0\"/>\n"
                svg += "<text x=\"\(plotLeft - 8)\" y=\"\(lineY)\" dy=\"4\" text-anchor=\"end\" fill=\"#333333\">"
                svg += "\(LoadNumberFormat.fixed(level, decimals: yTop < 5 ? 2 : (yTop < 50 ? 1 : 0)))</text>\n"
            }
            for exponent in lowest...highest {
                var decade = 1
                for _ in 0..<exponent { decade *= 10 }
                let tickX = coordinate(x(decade))
                svg +=
                    "<line x1=\"\(tickX)\" y1=\"\(plotTop)\" x2=\"\(tickX)\" y2=\"\(plotBottom)\" stroke=\"#e0e0e0\"/>\n"
                svg += "<text x=\"\(tickX)\" y=\"\(plotBottom + 18)\" text-anchor=\"middle\" fill=\"#333333\">"
                svg += "\(LoadNumberFormat.grouped(decade))</text>\n"
            }
            svg += "<rect x=\"\(plotLeft)\" y=\"\(plotTop)\" width=\"\(plotWidth)\" height=\"\(plotHeight)\" "
            svg += "fill=\"none\" stroke=\"#888888\"/>\n"
            svg += "<text x=\"\(plotLeft + plotWidth / 2)\" y=\"\(plotBottom + 38)\" text-anchor=\"middle\" "
            svg += "fill=\"#333333\">open subscribers (log scale)</text>\n"
            for (index, line) in series.enumerated() {
                let points = line.rows.compactMap { row in
                    value(row).flatMap { $0.isFinite ? (x(row.subscribers), y($0)) : nil }
                }
                let dashes = line.dashes.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                svg += "<polyline class=\"series\" data-series=\"\(escape(line.name))\" fill=\"none\" "
                svg += "stroke=\"\(line.color)\" stroke-width=\"2\"\(dashes) points=\""
                svg += points.map { "\(coordinate($0.0)),\(coordinate($0.1))" }.joined(separator: " ") + "\"/>\n"
                for point in points {
                    svg += "<circle cx=\"\(coordinate(point.0))\" cy=\"\(coordinate(point.1))\" r=\"3\" "
                    svg += "fill=\"\(line.color)\"/>\n"
                }
                let legendY = plotTop + 10 + index * 20
                let legendX = plotLeft + plotWidth + 24
                svg += "<line x1=\"\(legendX)\" y1=\"\(legendY)\" x2=\"\(legendX + 28)\" y2=\"\(legendY)\" "
                svg += "stroke=\"\(line.color)\" stroke-width=\"2\"\(dashes)/>\n"
                svg += "<text x=\"\(legendX + 36)\" y=\"\(legendY)\" dy=\"4\">\(escape(line.name))</text>\n"
            }
            return svg + "</g>\n"
        }

        /// The exponent of the largest power of ten at or below `value` (at least 0).
        static func decadeExponent(below value: Int) -> Int {
            var exponent = 0
            var decade = 10
            while decade <= value, exponent < 9 {
                exponent += 1
                decade *= 10
            }
            return exponent
        }

        /// The exponent of the smallest power of ten at or above `value`.
        static func decadeExponent(above value: Int) -> Int {
            var exponent = 0
            var decade = 1
            while decade < value, exponent < 9 {
                exponent += 1
                decade *= 10
            }
            return exponent
        }

        /// The smallest of 1, 2, 2.5, 5 × a power of ten at or above `value` (1 for 0 or less).
        static func niceCeiling(_ value: Double) -> Double {
            guard value > 0, value.isFinite else { return 1 }
            var decade = 1.0
            while decade > value { decade /= 10 }
            while decade * 10 < value { decade *= 10 }
            for factor in [1.0, 2, 2.5, 5, 10] where decade * factor >= value { return decade * factor }
            return decade * 10
        }

        /// A coordinate with one decimal.
        static func coordinate(_ value: Double) -> String { LoadNumberFormat.fixed(value, decimals: 1) }

        /// Text made safe for SVG character data and attribute values.
        static func escape(_ text: String) -> String {
            var escaped = ""
            for character in text {
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                case "\"": escaped += "&quot;"
                case "'": escaped += "&apos;"
                default: escaped.append(character)
                }
            }
            return escaped
        }
    }
#endif
