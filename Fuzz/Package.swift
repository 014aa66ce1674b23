// swift-tools-version: 6.1
import PackageDescription

/// The libFuzzer targets of NotifyWire, one executable per decoder or parser (see `docs/fuzzing.md`).
///
/// A separate package, as `Benchmarks/` is, so that the main package never builds them and its debug build
/// is left alone: `scripts/fuzz.sh` builds this one with `-sanitize=fuzzer,address` in `Fuzz/.build`.

/// Settings shared by every Swift target, as in the root package.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The fuzz targets: each is `Sources/<name>/<name>.swift`, with `LLVMFuzzerTestOneInput` as its entry point.
let fuzzTargets = [
    "FuzzJSONNotification", "FuzzJSONBatch", "FuzzMessagePack", "FuzzProtobufNotification", "FuzzProtobufBatch",
    "FuzzSSEParser", "FuzzWebSocketServer", "FuzzWebSocketClient", "FuzzLengthDelimited", "FuzzAcceptNegotiation",
    "FuzzPollParameters",
]

let package = Package(
    name: "NotifyWireFuzz",
    dependencies: [
        .package(name: "NotifyWire", path: ".."),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`, which each target's top-level code calls.
        .target(name: "CFuzzDriver"),
        // The properties every target checks: cross-codec round trips, error offsets, split-invariance.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzDriver",
                .product(name: "NotifyWire", package: "NotifyWire"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
        + fuzzTargets.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "FuzzSupport",
                    .product(name: "NotifyWire", package: "NotifyWire"),
                    .product(name: "NIOCore", package: "swift-nio"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                ],
                swiftSettings: swiftSettings
            )
        },
    swiftLanguageModes: [.v6]
)
