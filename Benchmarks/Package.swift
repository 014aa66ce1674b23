// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every Swift target, as in the library's own package.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The codec suites: one executable per corpus entry, each the same set of contestants.
let suites = ["Minimal", "Typical", "Large", "Batch100"]

/// The framing suites: our SSE parser and writer, and our WebSocket decoder and encoder, against their peers.
let framingSuites = ["SSE", "WebSocket"]

let package = Package(
    name: "NotifyWireBenchmarks",
    dependencies: [
        .package(name: "NotifyWire", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-protobuf.git", exact: "1.39.0"),
        // The framing peers: swift-openapi-runtime's SSE parser and SwiftNIO's WebSocket frame coders (NIO is
        // already in the graph through the library; named here for its NIOWebSocket and NIOEmbedded products).
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // The limit: msgpack-c and protobuf-c called from C on C structs built once, and memcpy.
        // `proto/` is a committed symlink to the library's protoc-c headers; their code is linked from
        // the library's own CNotifyWireProto target (through NotifyWire), never copied.
        .target(
            name: "CLimit",
            dependencies: [.product(name: "NotifyWire", package: "NotifyWire")],
            cSettings: [.headerSearchPath("proto")],
            linkerSettings: [.linkedLibrary("msgpackc"), .linkedLibrary("protobuf-c")]
        ),
        // Contestants, mirrors and the swift-protobuf generated code, shared by every suite.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                "CLimit",
                .product(name: "NotifyWire", package: "NotifyWire"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),
        // Streams, contestants and peers of the framing suites (SSE and WebSocket).
        .target(
            name: "FramingBenchmarkSupport",
            dependencies: [
                .product(name: "NotifyWire", package: "NotifyWire"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
        + suites.map { suite in
            .executableTarget(
                name: suite,
                dependencies: ["BenchmarkSupport", .product(name: "Benchmark", package: "benchmark")],
                path: "Benchmarks/\(suite)",
                swiftSettings: swiftSettings,
                plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
            )
        }
        + framingSuites.map { suite in
            .executableTarget(
                name: suite,
                dependencies: ["FramingBenchmarkSupport", .product(name: "Benchmark", package: "benchmark")],
                path: "Benchmarks/\(suite)",
                swiftSettings: swiftSettings,
                plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
            )
        },
    swiftLanguageModes: [.v6]
)
