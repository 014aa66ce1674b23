#if Hummingbird
    /// What `notifywire load` prints: the table, the JSON array of rows, and the per-recipient counts.
    package enum LoadReport {
        /// The column headers of ``table(_:header:)``.
        package static let tableHeaders = [
            "scenario", "transport", "codec", "subscribers", "delivered", "expected", "delivery %", "p50 ms",
            "p99 ms", "max ms", "RSS/conn KiB", "server CPU s", "client CPU s", "bytes/notif", "polls/s", "notes",
        ]

        /// The rows as a text table, after `header` (lines such as the open-file limit) and a blank line. A
        /// blank line separates scenario/transport/codec groups; `-` marks an unknown measurement; `notes` holds
        /// the scenario-specific measurements (``notes(of:)``). Blank lines separate the groups of ``groupKey(_:)``.
        package static func table(_ rows: [LoadRow], header: [String] = []) -> String {
            let cells = rows.map { row -> [String] in
                [
                    row.scenario, row.transport, row.codec, LoadNumberFormat.grouped(row.subscribers),
                    LoadNumberFormat.grouped(row.delivered), LoadNumberFormat.grouped(row.expected),
                    LoadNumberFormat.fixed(row.deliveryRatio * 100, decimals: 2), cell(row.p50Ms, decimals: 1),
                    cell(row.p99Ms, decimals: 1), cell(row.maxMs, decimals: 1),
                    cell(row.serverRssPerConnectionBytes.map { $0 / 1024 }, decimals: 1),
                    cell(row.serverCpuSeconds, decimals: 2), cell(row.clientCpuSeconds, decimals: 2),
                    cell(row.wireBytesPerNotification, decimals: 0), cell(row.pollRequestsPerSecond, decimals: 0),
                    notes(of: row),
                ]
            }
            let lead = header.isEmpty ? "" : header.joined(separator: "\n") + "\n\n"
            let body = rows.isEmpty ? "(no rows)\n" : ""
            return lead
                + LoadTextTable.render(
                    headers: tableHeaders, rows: cells, leftAligned: [0, 1, 2, tableHeaders.count - 1],
                    groups: rows.map(groupKey))
                + body
        }

        /// The rows that stand together in the table: a ramp's steps (one transport and codec), or a scenario's
        /// cases of one transport (its codecs, its gaps).
        static func groupKey(_ row: LoadRow) -> String {
            row.scenario == LoadScenario.ramp.rawValue
                ? "\(row.scenario) \(row.transport) \(row.codec)" : "\(row.scenario) \(row.transport)"
        }

        /// The scenario-specific measurements of `row` in a few words: `gap 10 s, restarted, lost 0, catch-up
        /// 120 ms`, `failed 0, live after 840 ms`, `duplicates 2`.
        package static func notes(of row: LoadRow) -> String {
            var notes: [String] = []
            if let outageSeconds = row.outageSeconds {
                notes.append("gap \(LoadNumberFormat.fixed(outageSeconds, decimals: outageSeconds < 10 ? 1 : 0)) s")
            }
            if let nodes = row.nodes, nodes > 1 || row.engine == "postgres" {
                notes.append("\(nodes) node\(nodes == 1 ? "" : "s") on \(row.engine ?? "?")")
            }
            if let route = row.publishRoute {
                notes.append(
                    "\(route) publishes"
                        + (row.publishedPerSecond.map { " " + LoadNumberFormat.grouped(Int($0.rounded())) + "/s" } ?? "")
                )
            }
            if let database = row.databaseCpuSeconds {
                notes.append("database CPU \(LoadNumberFormat.fixed(database, decimals: 2)) s")
            }
            if let fault = row.namedFault { notes.append(fault) }
            if row.restarted == true { notes.append("restarted") }
            if let replayCovered = row.replayCovered, !replayCovered { notes.append("replay log did not cover") }
            if let lost = row.lostAfterResume { notes.append("lost \(lost)") }
            if row.outageSeconds != nil || row.lostAfterResume != nil {
                notes.append(
                    "catch-up " + (row.catchUpMs.map { LoadNumberFormat.fixed($0, decimals: 0) + " ms" } ?? "never"))
            }
            if row.scenario == LoadScenario.burst.rawValue {
                notes.append("failed \(row.failedConnects.map(String.init) ?? "?")")
                notes.append(
                    "live after " + (row.liveAfterMs.map { LoadNumberFormat.fixed($0, decimals: 0) + " ms" } ?? "never")
                )
            } else if let failed = row.failedConnects, failed > 0 {
                notes.append("failed \(failed)")
            }
            if let duplicates = row.duplicates, duplicates > 0 { notes.append("duplicates \(duplicates)") }
            return notes.joined(separator: ", ")
        }

        /// The rows as one JSON array, one row object per line (``LoadRow/jsonObject``), ending in a newline.
        package static func json(_ rows: [LoadRow]) -> String {
            guard !rows.isEmpty else { return "[]\n" }
            return "[\n" + rows.map { "  " + $0.jsonObject }.joined(separator: ",\n") + "\n]\n"
        }

        /// Counts by recipient as one JSON object, keys sorted, one per line, ending in a newline.
        package static func recipientCounts(_ counts: [String: Int]) -> String {
            guard !counts.isEmpty else { return "{}\n" }
            let lines = counts.sorted { $0.key < $1.key }.map { "  \(LoadRow.jsonString($0.key)): \($0.value)" }
            return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
        }

        private static func cell(_ value: Double?, decimals: Int) -> String {
            value.map { LoadNumberFormat.fixed($0, decimals: decimals) } ?? "-"
        }
    }
#endif
