#!/usr/bin/python3
"""Scores `qbank dedup --link-languages` on the hand-aligned h5bp items of bench/xlang/h5bp_alignment.tsv.

Normalizes the five h5bp front-end lists (en, ru, es, zh, uk), deduplicates and links them together, and for
each aligned item reports whether it is linked to its English translation (right), to another English item
(wrong), or to none (missed); an item whose English file holds no translation is wrong when linked to any
English item. Prints a table per language and exits 1 when any link is wrong.

Usage: bench/xlang/score_h5bp.py [--bin build/bin/qbank] [--shared ../shared]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

LANGS = ["en", "ru", "es", "zh", "uk"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(root, "build", "bin", "qbank"))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    args = ap.parse_args()

    labels = []
    with open(os.path.join(here, "h5bp_alignment.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("lang\t"):
                continue
            lang, ln, en = line.rstrip("\n").split("\t")
            labels.append((lang, int(ln), en))

    with tempfile.TemporaryDirectory() as tmp:
        files = [os.path.join(args.shared, "corpus", "raw", f"h5bp-fe-{l}.md") for l in LANGS]
        norm = os.path.join(tmp, "n.jsonl")
        subprocess.run([args.bin, "normalize", "-q", *files, "-o", norm], check=True)
        out = subprocess.run([args.bin, "dedup", "--link-languages", norm], check=True,
                             capture_output=True, text=True).stdout

    by_id, at = {}, {}
    for line in out.splitlines():
        r = json.loads(line)
        by_id[r["id"]] = r
        for s in r["sources"]:
            lang = os.path.basename(s["file"]).rsplit("-", 1)[1].split(".")[0]
            at[(lang, s["line"])] = r

    rows = {}
    wrong_list = []
    for lang, ln, en in labels:
        row = rows.setdefault(lang, {"items": 0, "translated": 0, "right": 0, "wrong": 0, "missed": 0,
                                     "unclear": 0})
        row["items"] += 1
        rec = at.get((lang, ln))
        if rec is None:
            print(f"score_h5bp: no record at {lang}:{ln}", file=sys.stderr)
            return 2
        en_links = set()
        for tid in rec.get("translations", []):
            t = by_id.get(tid)
            if t is None:
                continue
            for s in t["sources"]:
                if os.path.basename(s["file"]) == "h5bp-fe-en.md":
                    en_links.add(s["line"])
        if en == "?":
            row["unclear"] += 1
            continue
        if en == "none":
            if en_links:
                row["wrong"] += 1
                wrong_list.append((lang, ln, sorted(en_links), None))
            continue
        row["translated"] += 1
        target = int(en)
        if target in en_links:
            row["right"] += 1
        elif en_links:
            row["wrong"] += 1
            wrong_list.append((lang, ln, sorted(en_links), target))
        else:
            row["missed"] += 1

    print("| language | items | with an English translation | linked right | wrong links | missed | unclear |")
    print("|---|---|---|---|---|---|---|")
    total = {k: 0 for k in ["items", "translated", "right", "wrong", "missed", "unclear"]}
    for lang in LANGS[1:]:
        r = rows.get(lang)
        if not r:
            continue
        for k in total:
            total[k] += r[k]
        print(f"| {lang} | {r['items']} | {r['translated']} | {r['right']} | {r['wrong']} | {r['missed']} |"
              f" {r['unclear']} |")
    print(f"| all | {total['items']} | {total['translated']} | {total['right']} | {total['wrong']} |"
          f" {total['missed']} | {total['unclear']} |")
    for lang, ln, got, want in wrong_list:
        print(f"wrong: {lang}:{ln} linked to en lines {got}, expected {want}")
    return 1 if wrong_list else 0


if __name__ == "__main__":
    sys.exit(main())
