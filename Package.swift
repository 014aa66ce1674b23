// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every Swift target (see `../shared/STYLE.md`, "Layout").
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Dependencies of the Hummingbird integration and `notifywire serve`: built only with the `Hummingbird` trait.
let hummingbirdTrait: TargetDependencyCondition? = .when(traits: ["Hummingbird"])

let package = Package(
    name: "NotifyWire",
    products: [
        .library(name: "NotifyWire", targets: ["NotifyWire"]),
        .library(name: "NotifyWireCore", targets: ["NotifyWireCore"]),
        .library(name: "NotifyWireValidation", targets: ["NotifyWireValidation"]),
        .executable(name: "notifywire", targets: ["notifywire"]),
        // Empty unless the `Hummingbird` trait is enabled (see the trait's description).
        .library(name: "NotifyWireHummingbird", targets: ["NotifyWireHummingbird"]),
    ],
    traits: [
        .trait(
            name: "Hummingbird",
            description: """
                The Hummingbird 2 integration (NotifyWireHummingbird) and `notifywire serve`. Off by default, so \
                that users of the codecs never build Hummingbird, its WebSocket support, JWT or metrics.
                """
        ),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // Built only with the `Hummingbird` trait.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // The PostgreSQL engine of the hub (`PostgresHubEngine`), and TLS settings for its connections.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.25.0"),
    ],
    targets: [
        // Model values, the Codec protocol, limits and the codec error type. Imports no C library.
        .target(
            name: "NotifyWireCore",
            dependencies: [.product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: swiftSettings
        ),
        // proto3 canonical JSON, pure Swift.
        .target(
            name: "NotifyWireJSON",
            dependencies: ["NotifyWireCore", .product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: swiftSettings
        ),
        // MessagePack through msgpack-c.
        .systemLibrary(
            name: "CMsgPack",
            pkgConfig: "msgpack",
            providers: [.apt(["libmsgpack-dev"])]
        ),
        .target(
            name: "NotifyWireMessagePack",
            dependencies: ["NotifyWireCore", "CMsgPack", .product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: swiftSettings
        ),
        // Protocol Buffers through protobuf-c.
        .systemLibrary(
            name: "CProtobufC",
            pkgConfig: "libprotobuf-c",
            providers: [.apt(["libprotobuf-c-dev"])]
        ),
        // The committed output of protoc-c for Schemas/ (regenerate with `make generate`).
        .target(
            name: "CNotifyWireProto",
            dependencies: ["CProtobufC"],
            // The generated sources include their headers by path from the proto root
            // (`"notify/v1/notification.pb-c.h"`); `include/` holds them under those paths.
            cSettings: [.headerSearchPath("include")]
        ),
        .target(
            name: "NotifyWireProtobuf",
            dependencies: [
                "NotifyWireCore", "CProtobufC", "CNotifyWireProto",
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Framing: Server-Sent Events, WebSocket, poll and streams over any codec. Imports no C library.
        .target(
            name: "NotifyWireFraming",
            dependencies: [
                "NotifyWireCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        // Umbrella module: re-exports the core, every codec and the framing layer.
        .target(
            name: "NotifyWire",
            dependencies: [
                "NotifyWireCore", "NotifyWireJSON", "NotifyWireMessagePack", "NotifyWireProtobuf", "NotifyWireFraming",
            ],
            swiftSettings: swiftSettings
        ),
        // The committed output of protoc-c for google/protobuf/descriptor.proto: `notifywire schema` reads
        // `protoc --descriptor_set_out` with it. Used by the validation module only, never by the codecs.
        .target(
            name: "CProtoDescriptor",
            dependencies: ["CProtobufC"],
            cSettings: [.headerSearchPath("include")]
        ),
        // Starting programs and waiting for them with deadlines, safe when many threads start programs at once
        // (package access only: used by validation's `protoc`, the load lab's servers and the tests).
        .target(name: "NotifyWireProcess", swiftSettings: swiftSettings),
        // Validation for CI: the validity rules, payload validation, reports, and the schema's forms compared.
        // Not in the umbrella: users of the codecs do not link it.
        .target(
            name: "NotifyWireValidation",
            dependencies: [
                "NotifyWireCore", "NotifyWireJSON", "NotifyWireMessagePack", "NotifyWireProtobuf",
                "CMsgPack", "CProtobufC", "CNotifyWireProto", "CProtoDescriptor", "NotifyWireProcess",
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The Hummingbird 2 integration: the hub, the SSE, WebSocket and poll routes, auth and metrics.
        // Every dependency, and every source file's content, is conditional on the `Hummingbird` trait.
        .target(
            name: "NotifyWireHummingbird",
            dependencies: [
                "NotifyWire",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Hummingbird", package: "hummingbird", condition: hummingbirdTrait),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket", condition: hummingbirdTrait),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth", condition: hummingbirdTrait),
                .product(name: "JWTKit", package: "jwt-kit", condition: hummingbirdTrait),
                .product(name: "Metrics", package: "swift-metrics", condition: hummingbirdTrait),
                .product(name: "Prometheus", package: "swift-prometheus", condition: hummingbirdTrait),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle", condition: hummingbirdTrait),
                .product(name: "Logging", package: "swift-log", condition: hummingbirdTrait),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: hummingbirdTrait),
                .product(name: "NIOSSL", package: "swift-nio-ssl", condition: hummingbirdTrait),
            ],
            swiftSettings: swiftSettings
        ),
        // `notifywire load`: the transport load lab (SwiftNIO clients over NotifyWire's own framing against
        // `notifywire serve`). Every dependency, and every source file's content, is conditional on the trait.
        .target(
            name: "NotifyWireLoad",
            dependencies: [
                "NotifyWire", "NotifyWireValidation", "NotifyWireProcess",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                // HubCursor: the cursors its clients resume from are the server's.
                .target(name: "NotifyWireHummingbird", condition: hummingbirdTrait),
                .product(name: "NIOPosix", package: "swift-nio", condition: hummingbirdTrait),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: hummingbirdTrait),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: hummingbirdTrait),
                .product(name: "Logging", package: "swift-log", condition: hummingbirdTrait),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "notifywire",
            dependencies: [
                "NotifyWire", "NotifyWireValidation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .target(name: "NotifyWireHummingbird", condition: hummingbirdTrait),
                .target(name: "NotifyWireLoad", condition: hummingbirdTrait),
                .product(name: "Hummingbird", package: "hummingbird", condition: hummingbirdTrait),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle", condition: hummingbirdTrait),
                .product(name: "Logging", package: "swift-log", condition: hummingbirdTrait),
            ],
            swiftSettings: swiftSettings
        ),
        // Helpers shared by the test targets: repository paths, vectors, seeded random notifications, Python peers.
        .target(
            name: "NotifyWireTestSupport",
            dependencies: ["NotifyWire", "NotifyWireProcess", .product(name: "NIOCore", package: "swift-nio")],
            path: "Tests/NotifyWireTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyWireCoreTests",
            dependencies: ["NotifyWireCore", "NotifyWireTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyWireJSONTests",
            dependencies: ["NotifyWireJSON", "NotifyWireTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyWireMessagePackTests",
            dependencies: ["NotifyWireMessagePack", "NotifyWireJSON", "NotifyWireTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyWireProtobufTests",
            dependencies: ["NotifyWireProtobuf", "NotifyWireJSON", "NotifyWireTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyWireFramingTests",
            dependencies: [
                "NotifyWireFraming", "NotifyWireJSON", "NotifyWireTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyWireValidationTests",
            dependencies: ["NotifyWireValidation", "NotifyWireTestSupport"],
            swiftSettings: swiftSettings
        ),
        // The integration and `notifywire serve` with real clients (curl, Python, Chromium). Needs the trait.
        .testTarget(
            name: "NotifyWireHummingbirdTests",
            dependencies: [
                "NotifyWireTestSupport", "NotifyWireProcess",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .target(name: "NotifyWireHummingbird", condition: hummingbirdTrait),
                .target(name: "NotifyWireLoad", condition: hummingbirdTrait),
                .product(name: "Hummingbird", package: "hummingbird", condition: hummingbirdTrait),
                .product(name: "HummingbirdTesting", package: "hummingbird", condition: hummingbirdTrait),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth", condition: hummingbirdTrait),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket", condition: hummingbirdTrait),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: hummingbirdTrait),
                .product(name: "Logging", package: "swift-log", condition: hummingbirdTrait),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyWireCLITests",
            dependencies: ["NotifyWireTestSupport", .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
