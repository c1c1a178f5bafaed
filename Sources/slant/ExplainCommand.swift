import ArgumentParser
import SlantScoring
import SlantText

/// `slant explain "TEXT"`: the evidence behind a score.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how Slant scores a text: sentiment terms and rules, actors, speakers, portrayal, voice and frames.",
        discussion: "Reads the text from the argument, or from standard input when it is - or missing."
    )

    @Argument(help: "The text to explain, or - for standard input.")
    var text: String = "-"

    @Option(help: ArgumentHelp("Read a text file instead of the argument.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("A frame lexicon to use instead of frames.tsv (Lexicons/frames-mfc.tsv: the Media Frames Corpus frames).", valueName: "file"))
    var frames: String?

    @Option(name: .customLong("target"), help: ArgumentHelp("Also score every occurrence of this phrase as a target, with its roles (repeatable).", valueName: "phrase"))
    var targets: [String] = []

    @Option(help: ArgumentHelp(
        "The text's language (a folder name under Lexicons: en, ru, uk; default: detect it, which short texts may get wrong).",
        valueName: "code"))
    var lang: String?

    @OptionGroup var data: DataOptions

    func run() async throws {
        let input = if let file { String(decoding: try InputFile.read(file), as: UTF8.self) }
            else if text == "-" { String(decoding: try InputFile.read("-"), as: UTF8.self) }
            else { text }
        let tokenizer = try data.tokenizer()
        let model = try data.scoringModel(tokenizer: tokenizer, frames: frames)
        let tokens = try tokenizer.tokenize(input)
        let spans = targets.flatMap { Self.occurrences(of: $0, in: input) }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        try data.validate(language: lang, in: model)
        let analysis = DocumentAnalyzer(model: model).analyze(tokens, targets: spans, language: lang)
        var output = try OutputFile(path: nil, inputs: file.map { [$0] } ?? [])
        SentimentExplanation.write(analysis.sentiment, terms: analysis.terms, text: tokens, model: model.sentiment, to: &output)
        output.write("language: \(analysis.language) (\(lang == nil ? "detected" : "given"))\n")
        ActorExplanation.write(analysis, text: tokens, model: model, to: &output)
        try output.finish()
    }

    /// The Unicode-scalar spans of every occurrence of `phrase` in `text`.
    static func occurrences(of phrase: String, in text: String) -> [TargetSpan] {
        let haystack = Array(text.unicodeScalars)
        let needle = Array(phrase.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var spans: [TargetSpan] = []
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start..<start + needle.count].elementsEqual(needle) {
                spans.append(TargetSpan(start: start, end: start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return spans
    }
}

/// The text table `slant explain` prints.
enum SentimentExplanation {
    static func write(_ sentiment: DocumentSentiment, terms: [ScoredTerm], text: TokenizedText, model: SentimentModel,
                      to output: inout OutputFile) {
        for (index, sentence) in text.sentences.enumerated() {
            let score = sentiment.sentences[index]
            output.write("sentence \(index): \(text.text(of: sentence))\n")
            let sentenceTerms = terms.filter { $0.sentence == index }
            if sentenceTerms.isEmpty {
                output.write("  (no sentiment terms)\n")
            } else {
                output.write("  " + "term".padded(to: 22) + "lexicon".padded(to: 9) + "valence".padded(to: 9) + "rules\n")
                for term in sentenceTerms {
                    let words = term.tokens.map { text.text(of: text.tokens[$0]) }.joined(separator: " ")
                    let rules = term.rules.map { applied in
                        let trigger = applied.trigger.map { range in
                            "(" + range.map { text.text(of: text.tokens[$0]) }.joined(separator: " ") + ")"
                        } ?? ""
                        return "\(applied.rule)\(trigger) → \(signed(applied.valenceAfter))"
                    }.joined(separator: "; ")
                    output.write("  " + words.padded(to: 22) + signed(term.lexiconValence).padded(to: 9)
                                 + signed(term.valence).padded(to: 9) + (rules.isEmpty ? "-" : rules) + "\n")
                }
            }
            output.write("  sum \(signed(score.sum))  compound \(signed(score.compound))  "
                         + "pos \(fixed(score.positive))  neg \(fixed(score.negative))  neu \(fixed(score.neutral))\n")
        }
        let document = sentiment.document
        output.write("document: compound \(signed(document.compound)) (\(document.polarity))  sum \(signed(document.sum))  "
                     + "pos \(fixed(document.positive))  neg \(fixed(document.negative))  neu \(fixed(document.neutral))  "
                     + "mean sentence compound \(signed(sentiment.meanSentenceCompound))\n")
    }

    static func fixed(_ value: Double) -> String { EvaluationReport.fixed(value) }
    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + EvaluationReport.fixed(value) }
}

/// The actor, speech and frame part of `slant explain`.
enum ActorExplanation {
    /// "aggressor 2, speaker 1", or "-".
    static func roleSummary(_ counts: [Int]) -> String {
        let parts = zip(Role.allCases, counts).filter { $0.1 > 0 }.map { "\($0.0.rawValue) \($0.1)" }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }

    static func write(_ analysis: DocumentAnalysis, text: TokenizedText, model: ScoringModel, to output: inout OutputFile) {
        let actors = model.actors.catalog.actors
        func words(_ range: Range<Int>) -> String { range.map { text.text(of: text.tokens[$0]) }.joined(separator: " ") }
        output.write("mentions:\n")
        if analysis.mentions.isEmpty { output.write("  (none)\n") }
        for (mention, tone) in zip(analysis.mentions, analysis.mentionTones) {
            output.write("  " + words(mention.tokens).padded(to: 22) + actors[mention.actor].id.padded(to: 10)
                         + "sentence \(mention.sentence)".padded(to: 13) + "tone \(SentimentExplanation.signed(tone))\n")
        }
        output.write("roles:\n")
        if analysis.roles.isEmpty { output.write("  (none)\n") }
        for assignment in analysis.roles {
            let mention = analysis.mentions[assignment.candidate]
            output.write("  " + words(mention.tokens).padded(to: 22) + (assignment.role?.rawValue ?? "-").padded(to: 12)
                         + SentimentExplanation.signed(assignment.valence).padded(to: 9)
                         + "\(assignment.position.rawValue)-of(\(words(assignment.predicate))) via \(assignment.rule)\n")
        }
        if !analysis.targets.isEmpty {
            output.write("targets:\n")
            for target in analysis.targets {
                let roles = target.roles.map { "\($0.role?.rawValue ?? "-") \($0.position.rawValue)-of(\(words($0.predicate))) via \($0.rule)" }
                let evidence = target.evidence.map { "\($0.term) \(SentimentExplanation.signed($0.contribution))" }
                output.write("  " + words(target.tokens).padded(to: 22) + "tone \(SentimentExplanation.signed(target.tone))"
                             + (target.isSpeaker ? "  speaker" : "")
                             + (roles.isEmpty ? "" : "  roles: " + roles.joined(separator: "; "))
                             + (evidence.isEmpty ? "" : "  evidence: " + evidence.joined(separator: ", ")) + "\n")
            }
        }
        output.write("speech:\n")
        if analysis.speeches.isEmpty { output.write("  (none)\n") }
        for speech in analysis.speeches {
            let speaker = speech.speaker.map { actors[$0].id } ?? "unknown"
            let by = speech.speakerTokens.map { " (\(words($0)))" } ?? ""
            let kind = speech.isQuotation ? "quote" : "reported"
            output.write("  \(kind) by \(speaker)\(by): \(words(speech.content))\n")
        }
        output.write("actors:\n")
        output.write("  " + "actor".padded(to: 10) + "mentions".padded(to: 10) + "portrayal".padded(to: 11) + "voice".padded(to: 10) + "roles".padded(to: 24) + "evidence\n")
        for report in analysis.actors {
            let evidence = (report.portrayalEvidence.map { "\($0.term) \(SentimentExplanation.signed($0.contribution))" }
                + report.voiceEvidence.map { "said: \($0.term) \(SentimentExplanation.signed($0.contribution))" }).joined(separator: ", ")
            output.write("  " + actors[report.actor].id.padded(to: 10) + String(report.mentions).padded(to: 10)
                         + (report.portrayal.map(SentimentExplanation.signed) ?? "-").padded(to: 11)
                         + (report.voice.map(SentimentExplanation.signed) ?? "-").padded(to: 10)
                         + roleSummary(report.roleCounts).padded(to: 24) + (evidence.isEmpty ? "-" : evidence) + "\n")
        }
        let frames = analysis.frames
        let threshold = model.frames.presence.threshold(wordCount: frames.wordCount)
        output.write("frames: share, evidence, present when evidence >= \(SentimentExplanation.fixed(threshold)) (\(frames.wordCount) words)\n")
        let shares = frames.shares
        let used = model.frames.frames.indices.filter { shares[$0] > 0 }.sorted { shares[$0] > shares[$1] }
        if used.isEmpty { output.write("  (none)\n") }
        let width = max(14, (used.map { model.frames.frames[$0].count }.max() ?? 0) + 2)
        for frame in used {
            let terms = Set(frames.hits.filter { $0.frame == frame }.map { words($0.tokens).lowercased() }).sorted()
            output.write("  " + model.frames.frames[frame].padded(to: width) + SentimentExplanation.fixed(shares[frame]).padded(to: 8)
                         + SentimentExplanation.fixed(frames.weights[frame]).padded(to: 8) + (frames.present[frame] ? "present  " : "-        ")
                         + terms.joined(separator: ", ") + "\n")
        }
    }
}
