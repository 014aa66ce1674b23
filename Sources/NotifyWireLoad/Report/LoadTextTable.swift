#if Hummingbird
    /// A fixed-width text table in the style of `notifywire bench`'s (`TextTable` of the executable, which this
    /// target cannot import): the columns of `leftAligned` left-aligned, the others (numbers) right-aligned,
    /// a rule under the headers, and a blank line where the group changes (`groups`: one key per row; without
    /// it, the first cell).
    package enum LoadTextTable {
        /// The table of `rows` under `headers`; a row shorter than the headers is padded with empty cells.
        package static func render(
            headers: [String], rows: [[String]], leftAligned: Set<Int> = [0, 1], groups: [String]? = nil
        ) -> String {
            let cells = rows.map { row in
                headers.indices.map { $0 < row.count ? row[$0] : "" }
            }
            let widths = headers.indices.map { column in
                ([headers[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0
            }
            func line(_ cells: [String]) -> String {
                let padded = cells.indices.map { column in
                    let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                    return leftAligned.contains(column) ? cells[column] + padding : padding + cells[column]
                }
                var text = padded.joined(separator: "  ")
                while text.last == " " { text.removeLast() }
                return text
            }
            var text = line(headers) + "\n"
            text += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
            var previousGroup: String?
            for (index, row) in cells.enumerated() {
                let group = groups.map { index < $0.count ? $0[index] : "" } ?? row.first ?? ""
                if let previousGroup, previousGroup != group { text += "\n" }
                text += line(row) + "\n"
                previousGroup = group
            }
            return text
        }
    }
#endif
