/// Renders bench results as a standalone SVG bar chart: one row per corpus entry, three panels per row
/// (bytes, encode ns, decode ns), one bar per codec, each panel scaled to its own largest value.
enum BenchChart {
    private static let width = 960
    private static let labelWidth = 150
    private static let panelGap = 24
    private static let barHeight = 16
    private static let barGap = 4
    private static let rowHeader = 44
    private static let colors = ["#8c8c8c", "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2"]

    /// The SVG document.
    static func render(_ results: [BenchResult], title: String) -> String {
        var entries: [String] = []
        for result in results where !entries.contains(result.entry) { entries.append(result.entry) }
        var codecs: [String] = []
        for result in results where !codecs.contains(result.codec) { codecs.append(result.codec) }
        let panelWidth = (width - labelWidth - 3 * panelGap) / 3
        let rowHeight = rowHeader + codecs.count * (barHeight + barGap) + 12
        let height = 60 + entries.count * rowHeight
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="16" y="28" font-size="16" font-weight="bold">\(escape(title))</text>
            <text x="16" y="46" fill="#555555">Median of interleaved rounds, same run; shorter bars are better.</text>

            """
        for (row, entry) in entries.enumerated() {
            let top = 60 + row * rowHeight
            let rows = codecs.compactMap { codec in results.first { $0.entry == entry && $0.codec == codec } }
            svg += "<text x=\"16\" y=\"\(top + 18)\" font-size=\"14\" font-weight=\"bold\">\(escape(entry))</text>\n"
            let panels: [(String, (BenchResult) -> Double)] = [
                ("bytes", { Double($0.bytes) }),
                ("encode ns", { $0.encodeNanoseconds }),
                ("decode ns", { $0.decodeNanoseconds }),
            ]
            for (column, panel) in panels.enumerated() {
                let left = labelWidth + panelGap + column * (panelWidth + panelGap)
                let largest = rows.map(panel.1).max() ?? 0
                svg += "<text x=\"\(left)\" y=\"\(top + 36)\" fill=\"#333333\">\(panel.0)</text>\n"
                for (index, result) in rows.enumerated() {
                    let y = top + rowHeader + index * (barHeight + barGap)
                    let value = panel.1(result)
                    let length = largest > 0 ? Int((value / largest * Double(panelWidth - 70)).rounded()) : 0
                    let color = colors[(codecs.firstIndex(of: result.codec) ?? 0) % colors.count]
                    if column == 0 {
                        svg += "<text x=\"16\" y=\"\(y + 12)\">\(escape(result.codec))</text>\n"
                    }
                    svg += "<rect x=\"\(left)\" y=\"\(y)\" width=\"\(max(length, 1))\" height=\"\(barHeight)\" "
                    svg += "fill=\"\(color)\"/>\n"
                    svg += "<text x=\"\(left + max(length, 1) + 4)\" y=\"\(y + 12)\" fill=\"#333333\">"
                    svg += "\(BenchTable.format(value, decimals: 0))</text>\n"
                }
            }
        }
        return svg + "</svg>\n"
    }

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
