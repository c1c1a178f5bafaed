// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target shares: Swift 6 language mode plus the upcoming features that
/// keep module boundaries honest.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Slant",
    products: [
        .library(name: "SlantText", targets: ["SlantText"]),
        .executable(name: "slant", targets: ["slant"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system ICU, found through pkg-config; a clear message when libicu-dev is missing.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The C shim: stable `cicu_*` names over ICU's versioned symbols.
        .target(
            name: "CICUShims",
            dependencies: ["CICU"],
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Tokens, sentences and paragraphs as UTF-8 byte ranges; normalization and folding.
        .target(
            name: "SlantText",
            dependencies: ["CICUShims"],
            swiftSettings: swiftSettings
        ),
        // The command-line tool: parses arguments, calls the libraries, prints.
        .executableTarget(
            name: "slant",
            dependencies: [
                "SlantText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantTextTests",
            dependencies: ["SlantText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantCLITests",
            dependencies: ["slant"],
            swiftSettings: swiftSettings
        ),
    ]
)
