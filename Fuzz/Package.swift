// swift-tools-version: 6.1
import PackageDescription

// libFuzzer harnesses, a package of its own so that `swift test` at the top never builds them.
// Build and run from this directory (see README.md):
//   swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
// (the last flag matters: swiftc keeps only the last -sanitize= it sees; see run)
//   .build/release/FuzzTokenizer Corpus/tokenizer -max_total_time=60
// Each harness checks invariants and traps on a violation, which libFuzzer reports as a finding.

/// Harnesses have no `main`: libFuzzer's calls `LLVMFuzzerTestOneInput`.
let harnessSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .unsafeFlags(["-parse-as-library"]),
]

let package = Package(
    name: "SlantFuzz",
    dependencies: [
        .package(name: "Slant", path: ".."),
    ],
    targets: [
        // Shared helpers: the repository's Lexicons folder, invariant checks.
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "SlantText", package: "Slant")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Tokenizer: round trip, token and gap invariants, sentence coverage, scalar offsets.
        .executableTarget(
            name: "FuzzTokenizer",
            dependencies: ["FuzzSupport", .product(name: "SlantText", package: "Slant")],
            swiftSettings: harnessSettings
        ),
        // JSONL and CSV readers: every line accounted for, CSV fields survive a write and re-read.
        .executableTarget(
            name: "FuzzReaders",
            dependencies: ["FuzzSupport", .product(name: "SlantCorpus", package: "Slant")],
            swiftSettings: harnessSettings
        ),
        // Report decoder (with its checks on read), encoding round trip, pooling and merging.
        .executableTarget(
            name: "FuzzReport",
            dependencies: ["FuzzSupport", .product(name: "SlantReport", package: "Slant")],
            swiftSettings: harnessSettings
        ),
        // Lexicon and abbreviation parsers, then compiling what parsed.
        .executableTarget(
            name: "FuzzLexicon",
            dependencies: ["FuzzSupport", .product(name: "SlantText", package: "Slant"), .product(name: "SlantLexicon", package: "Slant")],
            swiftSettings: harnessSettings
        ),
    ]
)
