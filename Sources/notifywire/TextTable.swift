/// A fixed-width text table, as `notifywire bench` prints them: the first two columns (entry and codec)
/// left-aligned, numbers right-aligned, a rule under the headers, and a blank line between entries (rows
/// whose first cell differs from the row before).
enum TextTable {
    /// The table of `rows` under `headers`; every row has one cell per header.
    static func render(headers: [String], rows: [[String]]) -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                return column < 2 ? cells[column] + padding : padding + cells[column]
            }.joined(separator: "  ")
        }
        var text = line(headers) + "\n"
        text += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        var previousEntry: String?
        for row in rows {
            if let previousEntry, previousEntry != row.first { text += "\n" }
            text += line(row) + "\n"
            previousEntry = row.first
        }
        return text
    }
}
