"""Peer for scripts/bench: thefuzz's process.dedupe semantics on the same corpus, written as clusters.

thefuzz's dedupe keeps, for every string, the group of strings scoring above the threshold (70, the default)
with token_set_ratio (the default scorer); here those groups are joined into clusters so the same evaluator
(qbank-bench-eval) can score them. Usage: peer_thefuzz.py IN.jsonl OUT_CLUSTERS.jsonl
"""
import json
import sys

from thefuzz import fuzz

THRESHOLD = 70  # thefuzz.process.dedupe's default


def main(src: str, dst: str) -> None:
    records = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in records]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if fuzz.token_set_ratio(texts[i], texts[j]) > THRESHOLD:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(find(i), []).append(i)
    with open(dst, "w", encoding="utf-8") as out:
        for members in groups.values():
            out.write(json.dumps({"members": [{"line": records[m]["sources"][0]["line"], "text": texts[m]}
                                              for m in members]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
