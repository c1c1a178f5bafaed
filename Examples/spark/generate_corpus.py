#!/usr/bin/env python3
"""Writes a seeded synthetic JSONL news corpus for testing Slant at scale (no network, stdlib only).

    python3 Examples/spark/generate_corpus.py --documents 3000 --seed 1 OUT.jsonl

Each document is a few paragraphs of sentences drawn from the bundled sample corpus
(Examples/corpus.jsonl), so actors, quotations and frames occur as in real text, under one of
several outlet names. The same seed gives the same bytes. Two lines that `slant score` rejects
(not JSON; no text) are put among the documents, so that rejection counts are tested too.
"""

import argparse
import json
import os
import random
import re

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus.jsonl")
OUTLETS = ["harbor-gazette", "steppe-herald", "baltic-wire", "danube-post", "atlantic-daily", "kyiv-ledger"]


def sentences():
    """The sample's sentences, split after ., ! or ? followed by a space or a line break."""
    found = []
    with open(SAMPLE, encoding="utf-8") as stream:
        for line in stream:
            text = json.loads(line)["text"]
            for paragraph in text.split("\n\n")[1:]:  # the first paragraph is the headline
                found += [part.strip() for part in re.split(r"(?<=[.!?”])\s+", paragraph) if part.strip()]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    pool = sentences()
    generator = random.Random(arguments.seed)
    bad = {arguments.documents // 3: "not json at all", 2 * arguments.documents // 3: '{"id": "no-text", "outlet": "baltic-wire"}'}
    with open(arguments.output, "w", encoding="utf-8") as stream:
        for number in range(arguments.documents):
            if number in bad:
                stream.write(bad[number] + "\n")
            paragraphs = [" ".join(generator.choice(pool) for _ in range(generator.randint(1, 4)))
                          for _ in range(generator.randint(2, 6))]
            outlet = OUTLETS[generator.randrange(len(OUTLETS))]
            title = generator.choice(pool)[:80]
            document = {"id": f"gen-{number:06d}", "outlet": outlet, "date": f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}",
                        "title": title, "text": title + "\n\n" + "\n\n".join(paragraphs)}
            stream.write(json.dumps(document, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
