#if Hummingbird
    import Foundation
    import NotifyWireLoad
    import Testing

    /// The report of `notifywire load` from hand-made rows: the table, the JSON rows, the SVG charts.
    @Suite struct LoadReportTests {
        static func rampRow(_ transport: String, codec: String = "json", subscribers: Int, p99: Double, rss: Double)
            -> LoadRow
        {
            LoadRow(
                scenario: "ramp", transport: transport, codec: codec, subscribers: subscribers,
                delivered: subscribers * 5, expected: subscribers * 5, p50Ms: p99 / 2, p99Ms: p99, maxMs: p99 * 2,
                serverRssPerConnectionBytes: rss, serverCpuSeconds: 0.5, wireBytesPerNotification: 300)
        }

        static let ramp: [LoadRow] = ["sse", "ws", "longpoll"].flatMap { transport in
            [(10, 2.0, 20_480.0), (50, 3.5, 16_384.0), (100, 8.0, 12_288.0), (1000, 40.0, 10_240.0)].map {
                rampRow(transport, subscribers: $0.0, p99: $0.1, rss: $0.2)
            }
        }

        static var outage: LoadRow {
            var row = LoadRow(
                scenario: "outage", transport: "ws", codec: "json", subscribers: 100, delivered: 998, expected: 1000,
                p50Ms: nil, p99Ms: nil, maxMs: nil, serverRssPerConnectionBytes: nil, serverCpuSeconds: 1.25,
                wireBytesPerNotification: 412.3456)
            row.outageSeconds = 10
            row.restarted = true
            row.replayCovered = true
            row.lostAfterResume = 0
            row.catchUpMs = 123.4567
            row.duplicates = 2
            return row
        }

        /// The keys of one JSON object's text, in the order they are written.
        static func keys(ofObjectText text: Substring) -> [String] {
            text.split(separator: ",").compactMap { field in
                let parts = field.split(separator: "\"", omittingEmptySubsequences: false)
                return parts.count >= 3 ? String(parts[1]) : nil
            }
        }

        @Test func theJSONHasTheIssuesTwelveKeysInOrderThenThePresentExtras() throws {
            let text = LoadReport.json([Self.ramp[0], Self.outage])
            let objects = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            #expect(objects.count == 2)
            let issueKeys = [
                "scenario", "transport", "codec", "subscribers", "delivered", "expected", "p50Ms", "p99Ms", "maxMs",
                "serverRssPerConnectionBytes", "serverCpuSeconds", "wireBytesPerNotification",
            ]
            let lines = text.split(separator: "\n").filter { $0.contains("{") }
            #expect(lines.count == 2)
            #expect(Self.keys(ofObjectText: lines[0]) == issueKeys)
            #expect(
                Self.keys(ofObjectText: lines[1])
                    == issueKeys + [
                        "duplicates", "outageSeconds", "restarted", "replayCovered", "lostAfterResume", "catchUpMs",
                    ])
            #expect(objects[0]["subscribers"] as? Int == 10)
            #expect(objects[0]["p99Ms"] as? Double == 2.0)
            #expect(objects[1]["p99Ms"] is NSNull, "an unknown measurement of the twelve is null")
            #expect(objects[1]["clientCpuSeconds"] == nil, "an unknown extra is absent")
            #expect(objects[1]["restarted"] as? Bool == true)
            #expect(objects[1]["wireBytesPerNotification"] as? Double == 412.346, "rounded to 3 decimals")
            #expect(objects[1]["catchUpMs"] as? Double == 123.457)
        }

        @Test func theJSONDecodesBackIntoTheSameRows() throws {
            let rows = Self.ramp + [Self.outage]
            let decoded = try JSONDecoder().decode([LoadRow].self, from: Data(LoadReport.json(rows).utf8))
            var expected = rows
            expected[expected.count - 1].wireBytesPerNotification = 412.346
            expected[expected.count - 1].catchUpMs = 123.457
            #expect(decoded == expected)
            #expect(LoadReport.json([]) == "[]\n")
        }

        /// Rows of several nodes: the notes say nodes, engine, route, rate and database CPU, and chart bars of the
        /// two throughput phases and of the faults are told apart.
        @Test func rowsOfSeveralNodesSayWhatRanAndTheirBarsDiffer() throws {
            var single = LoadRow(
                scenario: "throughput", transport: "sse", codec: "json", subscribers: 2_000, delivered: 10,
                expected: 10,
                p50Ms: 1, p99Ms: 2, maxMs: 3)
            single.nodes = 2
            single.engine = "postgres"
            single.publishRoute = "single"
            single.publishedPerSecond = 999.6
            single.databaseCpuSeconds = 1.5
            var batch = single
            batch.publishRoute = "batch"
            var killed = LoadRow(
                scenario: "outage", transport: "ws", codec: "json", subscribers: 100, delivered: 5, expected: 5)
            killed.outageSeconds = 1
            killed.fault = "kill-node"
            killed.nodes = 2
            killed.engine = "postgres"
            let table = LoadReport.table([single, batch, killed])
            #expect(table.contains("2 nodes on postgres, single publishes 1,000/s, database CPU 1.50 s"))
            #expect(table.contains("2 nodes on postgres, kill-node"))
            let svg = LoadChart.render([single, batch, killed], title: "t", subtitle: "s")
            #expect(
                svg.contains(">throughput sse/json 2,000 single<") && svg.contains(">throughput sse/json 2,000 batch<"))
            #expect(svg.contains(">outage ws/json gap 1.0 s kill-node<"))
            let decoded = try JSONDecoder().decode([LoadRow].self, from: Data(LoadReport.json([single, killed]).utf8))
            #expect(decoded == [single, killed])
        }

        @Test func recipientCountsAreOneSortedObject() throws {
            let text = LoadReport.recipientCounts(["load-ramp-sse-json-7": 3, "load-ramp-sse-json-0": 12])
            let zero = try #require(text.firstRange(of: "json-0"))
            let seven = try #require(text.firstRange(of: "json-7"))
            #expect(zero.lowerBound < seven.lowerBound, "keys sorted")
            let decoded = try JSONDecoder().decode([String: Int].self, from: Data(text.utf8))
            #expect(decoded == ["load-ramp-sse-json-7": 3, "load-ramp-sse-json-0": 12])
        }

        @Test func theTableHasTheHeaderAColumnPerMeasurementAndARowPerStep() throws {
            let text = LoadReport.table(Self.ramp + [Self.outage], header: ["open-file limit: 524288 (was 1024)"])
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.first == "open-file limit: 524288 (was 1024)")
            let headerLine = try #require(lines.first { $0.hasPrefix("scenario") })
            for header in LoadReport.tableHeaders { #expect(headerLine.contains(header)) }
            let rowLines = lines.filter { $0.hasPrefix("ramp") || $0.hasPrefix("outage") }
            #expect(rowLines.count == Self.ramp.count + 1)
            let outageLine = try #require(rowLines.last)
            #expect(outageLine.contains("99.80"), "delivery 998 / 1000")
            #expect(outageLine.contains("gap 10 s, restarted, lost 0, catch-up 123 ms, duplicates 2"))
            #expect(
                outageLine.split(separator: " ").filter { $0 == "-" }.count == 6,
                "p50, p99, max, RSS, client CPU, polls/s unknown")
            let ssePerStep = try #require(rowLines.first { $0.contains("1,000") && $0.contains("sse") })
            #expect(ssePerStep.contains("10.0"), "10240 bytes per connection is 10.0 KiB")
            // One blank line between each of the four transport groups (three ramp, one outage).
            let firstRow = try #require(lines.firstIndex { $0.hasPrefix("ramp") })
            #expect(lines[firstRow...].filter(\.isEmpty).count == 3 + 1, "three separators and the final newline")
        }

        @Test func theRampSVGParsesAndHasOnePolylinePerTransportInEachChart() throws {
            let svg = LoadChart.render(Self.ramp, title: "ramp & more")
            let elements = try SVGElements(svg)
            #expect(elements.root == "svg")
            #expect(elements.named("g").count == 2, "two charts")
            let polylines = elements.named("polyline")
            #expect(polylines.count == 6)
            #expect(polylines.compactMap { $0["data-series"] } == ["sse", "ws", "longpoll", "sse", "ws", "longpoll"])
            for polyline in polylines {
                let points = (polyline["points"] ?? "").split(separator: " ").compactMap { point in
                    point.split(separator: ",").compactMap { Double($0) }.first
                }
                #expect(points.count == 4)
                #expect(points == points.sorted() && Set(points).count == 4, "x grows with the subscriber count")
            }
            #expect(svg.contains("ramp &amp; more"))
        }

        @Test func severalCodecsMakeOneLinePerTransportAndCodec() throws {
            let rows = [
                Self.rampRow("sse", subscribers: 10, p99: 1, rss: 1000),
                Self.rampRow("sse", codec: "msgpack", subscribers: 10, p99: 1, rss: 1000),
                Self.rampRow("sse", subscribers: 50, p99: 2, rss: 900),
            ]
            let polylines = try SVGElements(LoadChart.render(rows, title: "codecs")).named("polyline")
            #expect(
                polylines.compactMap { $0["data-series"] } == ["sse/json", "sse/msgpack", "sse/json", "sse/msgpack"])
        }

        @Test func rowsOfOtherScenariosFollowTheRampAsBars() throws {
            var busy = Self.rampRow("ws", subscribers: 50, p99: 12, rss: 8192)
            busy.scenario = "busy"
            let elements = try SVGElements(LoadChart.render(Self.ramp + [busy], title: "ramp and busy"))
            #expect(elements.named("polyline").count == 6)
            #expect(elements.named("rect").filter { $0["class"] == "bar" }.map { $0["data-series"] } == ["ws", "ws"])
            #expect(elements.named("g").count == 4, "two line charts, two bar panels")
        }

        @Test func withoutRampRowsEachRowIsABarAndWithoutRowsTheSVGSaysSo() throws {
            var busy = Self.rampRow("ws", subscribers: 50, p99: 12, rss: 8192)
            busy.scenario = "busy"
            let elements = try SVGElements(LoadChart.render([busy, Self.outage], title: "busy and outage"))
            #expect(elements.named("polyline").isEmpty)
            #expect(elements.named("rect").filter { $0["class"] == "bar" }.count == 2, "the outage row has neither")
            let empty = LoadChart.render([], title: "nothing")
            #expect(try SVGElements(empty).root == "svg")
            #expect(empty.contains("No rows to chart"))
        }
    }
#endif
