#if Hummingbird
    /// One line of a ramp chart: a transport (and codec, when the rows hold several), its rows by subscriber
    /// count.
    struct LoadChartSeries {
        /// `sse`, or `sse/json` when several codecs are charted.
        var name: String
        var transport: String
        var codec: String
        /// The ramp rows of this transport and codec, by subscriber count.
        var rows: [LoadRow]

        /// The series of the ramp rows among `rows`, in the order their transport and codec first appear.
        static func ramp(_ rows: [LoadRow]) -> [LoadChartSeries] {
            let ramp = rows.filter { $0.scenario == LoadScenario.ramp.rawValue }
            let codecs = Set(ramp.map(\.codec))
            var series: [LoadChartSeries] = []
            for row in ramp {
                let name = codecs.count > 1 ? "\(row.transport)/\(row.codec)" : row.transport
                if let index = series.firstIndex(where: { $0.name == name }) {
                    series[index].rows.append(row)
                } else {
                    series.append(LoadChartSeries(name: name, transport: row.transport, codec: row.codec, rows: [row]))
                }
            }
            for index in series.indices { series[index].rows.sort { $0.subscribers < $1.subscribers } }
            return series
        }

        /// The colour of a transport: the same in every chart.
        var color: String {
            switch transport {
            case LoadTransport.sse.rawValue: "#4e79a7"
            case LoadTransport.ws.rawValue: "#f28e2b"
            case LoadTransport.longPoll.rawValue: "#59a14f"
            default: "#b07aa1"
            }
        }

        /// The dash pattern of a codec (JSON solid), so that codecs of one transport stay apart.
        var dashes: String? {
            switch codec {
            case "msgpack": "8 4"
            case "protobuf": "2 3"
            default: nil
            }
        }
    }
#endif
