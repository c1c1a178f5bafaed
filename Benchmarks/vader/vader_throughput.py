"""VADER's throughput on the same JSONL corpus `slant bench --save-corpus` writes.

Not a project dependency: run it in a scratch virtual environment.

    python3 -m venv /tmp/vaderenv && /tmp/vaderenv/bin/pip install vaderSentiment
    swift run -c release slant bench --size 10MB --save-corpus /tmp/synthetic.jsonl
    /tmp/vaderenv/bin/python Benchmarks/vader/vader_throughput.py /tmp/synthetic.jsonl

Prints MB/s (10^6 bytes of UTF-8 text per second) for VADER's polarity_scores on each whole
document, and on each paragraph (the unit VADER was designed for is short text).
"""
import json
import sys
import time

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


def main(path: str) -> None:
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    size = sum(len(text.encode("utf-8")) for text in texts)
    analyzer = SentimentIntensityAnalyzer()
    start = time.perf_counter()
    for text in texts:
        analyzer.polarity_scores(text)
    whole = time.perf_counter() - start
    paragraphs = [paragraph for text in texts for paragraph in text.split("\n\n") if paragraph.strip()]
    start = time.perf_counter()
    for paragraph in paragraphs:
        analyzer.polarity_scores(paragraph)
    split = time.perf_counter() - start
    print(f"{size / 1e6:.1f} MB, {len(texts)} documents, {len(paragraphs)} paragraphs")
    print(f"VADER whole documents: {size / 1e6 / whole:.2f} MB/s ({whole:.1f} s)")
    print(f"VADER per paragraph:   {size / 1e6 / split:.2f} MB/s ({split:.1f} s)")


if __name__ == "__main__":
    main(sys.argv[1])
