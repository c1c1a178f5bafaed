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
        .library(name: "SlantLexicon", targets: ["SlantLexicon"]),
        .library(name: "SlantScoring", targets: ["SlantScoring"]),
        .library(name: "SlantCorpus", targets: ["SlantCorpus"]),
        .library(name: "SlantReport", targets: ["SlantReport"]),
        .library(name: "SlantBench", targets: ["SlantBench"]),
        .library(name: "SlantEvents", targets: ["SlantEvents"]),
        .executable(name: "slant", targets: ["slant"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The system ICU, found through pkg-config; a clear message when libicu-dev is missing.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The system Snowball stemmers (libstemmer-dev, BSD): Russian and English stems. Debian
        // ships no pkg-config file; CStemmer.h stops the build with the package to install.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
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
            dependencies: ["CICUShims", "CStemmer"],
            swiftSettings: swiftSettings
        ),
        // Lexicon model, readers for Slant's TSV and the VADER/AFINN/LIWC/YAML formats, and
        // compiled lookup tables keyed on token bytes.
        .target(
            name: "SlantLexicon",
            dependencies: ["SlantText", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // Sentiment (lexicons + rules), frames and actors, with evidence; evaluation metrics.
        .target(
            name: "SlantScoring",
            dependencies: ["SlantText", "SlantLexicon"],
            swiftSettings: swiftSettings
        ),
        // Corpus readers (text trees, JSONL, CSV, stdin), the ordered parallel pipeline, records.
        .target(
            name: "SlantCorpus",
            dependencies: ["SlantText", "SlantScoring"],
            swiftSettings: swiftSettings
        ),
        // Mergeable corpus reports and their renderers.
        .target(
            name: "SlantReport",
            dependencies: ["SlantCorpus", "SlantScoring"],
            swiftSettings: swiftSettings
        ),
        // Throughput measurement: a seeded synthetic corpus, each stage timed beside a raw ICU
        // word-break loop on the same bytes, scaling over cores. Used by `slant bench` and Benchmarks/.
        .target(
            name: "SlantBench",
            dependencies: ["SlantText", "SlantScoring", "SlantCorpus"],
            swiftSettings: swiftSettings
        ),
        // Same-event grouping across outlets: term vectors, an inverted index, average linkage.
        .target(
            name: "SlantEvents",
            dependencies: ["SlantText", "SlantCorpus"],
            swiftSettings: swiftSettings
        ),
        // The command-line tool: parses arguments, calls the libraries, prints.
        .executableTarget(
            name: "slant",
            dependencies: [
                "SlantText",
                "SlantLexicon",
                "SlantScoring",
                "SlantCorpus",
                "SlantReport",
                "SlantBench",
                "SlantEvents",
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
            name: "SlantLexiconTests",
            dependencies: ["SlantLexicon", "SlantText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantScoringTests",
            dependencies: ["SlantScoring", "SlantLexicon", "SlantText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantCorpusTests",
            dependencies: ["SlantCorpus", "SlantReport", "SlantScoring", "SlantText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantReportTests",
            dependencies: ["SlantReport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantBenchTests",
            dependencies: ["SlantBench", "SlantCorpus", "SlantText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantEventsTests",
            dependencies: ["SlantEvents", "SlantCorpus", "SlantText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SlantCLITests",
            dependencies: ["slant"],
            swiftSettings: swiftSettings
        ),
    ]
)
