// swift-tools-version: 6.1
import PackageDescription

// A package of its own, beside the main one, so that `swift test` at the top never builds
// package-benchmark and its dependencies. Run from this directory:
//   swift package benchmark                       (all benchmarks, release build)
//   swift package benchmark --filter tokenize
//   swift package benchmark baseline check --check-absolute   (against Thresholds/)
let package = Package(
    name: "SlantBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Slant", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SlantBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SlantText", package: "Slant"),
                .product(name: "SlantLexicon", package: "Slant"),
                .product(name: "SlantScoring", package: "Slant"),
                .product(name: "SlantCorpus", package: "Slant"),
                .product(name: "SlantBench", package: "Slant"),
            ],
            path: "Benchmarks/SlantBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
