import FuzzSupport
import SlantLexicon
import SlantText

/// libFuzzer calls the harness from one thread.
nonisolated(unsafe) let tokenizer = FuzzSupport.tokenizer()

/// Parses the input as a Slant lexicon TSV and as an abbreviation list; compiles what parsed,
/// and checks that every weight that parsed is finite. Errors are fine, traps are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: FuzzSupport.bytes(data, count), as: UTF8.self)
    if let lexicon = try? Lexicon(parsingTSV: text, source: "fuzz") {
        for entry in lexicon.entries { FuzzSupport.check(entry.weight.isFinite, "weight \(entry.weight) is finite") }
        _ = try? CompiledLexicon([lexicon], tokenizer: tokenizer)
        // The TSV it writes reads back to the same entries.
        if let again = try? Lexicon(parsingTSV: lexicon.tsv(), source: "fuzz-again") {
            FuzzSupport.check(again.entries.count == lexicon.entries.count, "TSV round trip keeps the entries")
        }
    }
    _ = try? Abbreviations(parsing: text, source: "fuzz")
    return 0
}
