#!/usr/bin/env python3
"""Uses the Python package qbank: normalizes a Markdown list and a CSV held in memory, merges the
near-duplicates, keeps the English questions, tags them and exports them as CSV and as an Anki package.

usage: PYTHONPATH=build/python /usr/bin/python3 examples/python/qbank_package.py [OUTDIR]
(OUTDIR receives bank.apkg; default: a temporary directory that is removed afterwards)"""
import os
import sys
import tempfile

import qbank

MARKDOWN = """# Python

1. What is the GIL?
2. What is a decorator?
3. Что такое GIL?
"""

CSV = """question,answer
what is the GIL,Global interpreter lock
What is a closure?,A function with its environment
"""


def main(outdir):
    records = qbank.normalize(MARKDOWN, file="python.md") + qbank.normalize(CSV, file="answers.csv")
    merged, explanations = qbank.dedup(records, explain=True)
    for e in explanations:
        print(f"merged {e['merged_from']} into {e['cluster_id']}: {e['evidence']}", file=sys.stderr)
    english = qbank.tag(qbank.filter(merged, lang="en"))
    print(qbank.export(english, to="csv", columns=["id", "text", "answer", "tags", "source"]), end="")

    apkg = os.path.join(outdir, "bank.apkg")
    qbank.export(english, path=apkg, deck="Python")
    print(f"wrote {apkg} ({os.path.getsize(apkg)} bytes)", file=sys.stderr)

    try:
        qbank.dedup([{"id": "not-an-id", "text": "What?", "sources": []}])
    except qbank.Error as e:
        print(f"a broken record is reported: {e}", file=sys.stderr)

    # Checks, so that the example fails loudly if the package misbehaves.
    gil = [r for r in merged if r["lang"] == "en" and "GIL" in r["text"]]
    assert len(gil) == 1 and len(gil[0]["sources"]) == 2, gil
    assert gil[0]["answer"] == "Global interpreter lock", gil
    assert all(r["lang"] == "en" for r in english)
    assert os.path.getsize(apkg) > 0
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        sys.exit(main(sys.argv[1]))
    with tempfile.TemporaryDirectory() as tmp:
        sys.exit(main(tmp))
