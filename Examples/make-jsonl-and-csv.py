#!/usr/bin/env python3
"""Writes Examples/corpus.jsonl and Examples/corpus.csv from the Examples/corpus/ tree.

Each file becomes one record: id = file name without .txt, outlet = folder, date = the leading
YYYY-MM-DD of the name, title = first non-blank line, text = the whole file. Slant reads the
tree, the JSONL and the CSV to the same records.
"""
import csv, json, pathlib

root = pathlib.Path(__file__).parent
rows = []
for path in sorted((root / "corpus").rglob("*.txt")):
    text = path.read_text(encoding="utf-8")
    title = next(line.strip() for line in text.splitlines() if line.strip())
    rows.append({"id": path.stem, "outlet": path.parent.name, "date": path.name[:10], "title": title, "text": text})
with open(root / "corpus.jsonl", "w", encoding="utf-8") as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
with open(root / "corpus.csv", "w", encoding="utf-8", newline="") as out:
    writer = csv.DictWriter(out, fieldnames=["id", "outlet", "date", "title", "text"])
    writer.writeheader()
    writer.writerows(rows)
