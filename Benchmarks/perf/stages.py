#!/usr/bin/env python3
"""Split `perf` samples of `slant score` into Slant's stages (issue 13).

Each sample goes to the first stage, in the order of STAGES, whose function is on its stack
(matched on the mangled symbol's owner type and function name), so a stage includes its callees.
The second table counts samples across stages: any sample with a lexicon lookup on its stack,
and samples whose innermost frame is malloc/free, retain/release, an exclusivity check or Hasher.

Usage (release build, see BENCHMARKS.md):
    perf record -F 999 -g --call-graph dwarf,16384 -o perf.data slant score FILE --jobs 1 -o out.jsonl
    perf script -i perf.data -F comm,tid,ip,sym | python3 Benchmarks/perf/stages.py
Add a stage label as the last argument to list the innermost frames of its samples.
"""
import sys, re, collections
STAGES = [  # (label, regex on the mangled symbol's start: owner type and function)
 ("start-up: model build (lexicons)", r"^\$s12SlantScoring0B5ModelV9directory"),
 ("JSONL reading + parsing", r"^\$s11SlantCorpus15JSONLinesReader|^\$s11SlantCorpus10LineReader|^\$s11SlantCorpus16JSONLinesContext|^\$s11SlantCorpus16JSONRecordParser|^\$s11SlantCorpus14DeferredRecord|^\$s11SlantCorpus11ByteScanner"),
 ("record formatting", r"^\$s11SlantCorpus20DocumentRecordWriter|^\$s11SlantCorpus10JSONWriter"),
 ("tokenizer", r"^\$s9SlantText9TokenizerC8tokenize"),
 ("vocabulary ids (Vocabulary.resolve)", r"^\$s9SlantText10VocabularyV7resolve"),
 ("language detection", r"^\$s12SlantScoring16LanguageDetector"),
 ("sentiment", r"^\$s12SlantScoring17SentimentAnalyzerC5score"),
 ("actor mentions", r"^\$s12SlantScoring12ActorMatcherV8mentions"),
 ("roles (RoleFinder)", r"^\$s12SlantScoring10RoleFinderV"),
 ("speech (quotations, reported)", r"^\$s12SlantScoring12SpeechFinderV"),
 ("frames", r"^\$s12SlantScoring11FrameScorerV"),
 ("portrayal marks (markPortrayal)", r"^\$s12SlantScoring16DocumentAnalyzerC13markPortrayal"),
 ("speakers/clauses marks", r"^\$s12SlantScoring16DocumentAnalyzerC22markSpeakersAndClauses"),
 ("tone toward mentions", r"^\$s12SlantScoring16DocumentAnalyzerC4tone"),
 ("actor reports", r"^\$s12SlantScoring16DocumentAnalyzerC12actorReports"),
 ("targets", r"^\$s12SlantScoring16DocumentAnalyzerC5score7targets"),
 ("loaded naming", r"^\$s12SlantScoring12LoadedNaming"),
 ("analyze: other", r"^\$s12SlantScoring16DocumentAnalyzerC7analyze"),
 ("pipeline: other", r"^\$s11SlantCorpus(10WorkerPool|15ScoringPipeline)"),
 ("CLI (start-up, writing)", r"^\$s5slant"),
]
CROSS = [("lexicon lookups (CompiledLexicon.match, ByteStringTable)", r"CompiledLexicon|ByteStringTable|08CompiledB0V"),
         ("malloc/free", r"^(malloc|free|_int_malloc|_int_free|cfree|swift_allocObject|swift_slowAlloc|swift_deallocClassInstance)"),
         ("retain/release", r"swift_(retain|release|bridgeObjectRetain|bridgeObjectRelease)"),
         ("exclusivity checks", r"swift_(beginAccess|endAccess)"),
         ("Hasher (Dictionary/Set)", r"Hasher|__RawDictionaryStorage|_NativeDictionary|_NativeSet")]
st = [(l, re.compile(p)) for l, p in STAGES]; cr = [(l, re.compile(p)) for l, p in CROSS]
counts = collections.Counter(); other = collections.Counter(); cross = collections.Counter(); total = 0
def flush(frames):
    global total
    if not frames: return
    total += 1
    label = "other"
    for l, r in st:  # by priority: the first stage named anywhere on the stack
        if any(r.search(f) for f in frames): label = l; break
    counts[label] += 1
    if label == sys.argv[-1]: other[frames[0]] += 1
    for l, r in cr:
        if l.startswith("lexicon"):
            if any(r.search(f) for f in frames): cross[l] += 1
        elif r.search(frames[0]): cross[l] += 1
frames = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip(): flush(frames); frames = []; continue
    if line[0] not in " \t": frames = []; continue
    parts = line.strip().split(None, 1)
    frames.append(parts[1] if len(parts) > 1 else "")
flush(frames)
print(f"| stage | share |\n|---|---:|")
for l, c in counts.most_common(): print(f"| {l} | {100*c/total:.1f}% |")
print(f"\n| across stages | share |\n|---|---:|")
for l, c in cross.most_common(): print(f"| {l} | {100*c/total:.1f}% |")
print(f"\n{total} samples")
if len(sys.argv) > 1:
    print(other.most_common(25))
