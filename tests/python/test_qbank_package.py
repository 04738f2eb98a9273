#!/usr/bin/env python3
"""Unit tests of the Python package qbank (python/): run under /usr/bin/python3 with PYTHONPATH set to the
build's python directory (ctest does that: `ctest -R 'python package'`)."""
import csv
import io
import json
import os
import pathlib
import tempfile
import threading
import warnings
import unittest

import qbank

MARKDOWN = """# Python

1. What is the GIL?
2. What is a decorator in Python?

## Again

- what is the GIL
"""


class NormalizeTest(unittest.TestCase):
    def test_markdown_text_gives_schema_records_with_sources(self):
        records = qbank.normalize(MARKDOWN, file="list.md")
        self.assertEqual([r["text"] for r in records],
                         ["What is the GIL?", "What is a decorator in Python?", "what is the GIL"])
        first = records[0]
        self.assertEqual(first["topic"], "Python")
        self.assertEqual(first["lang"], "en")
        self.assertRegex(first["id"], r"^q[0-9a-f]{16}$")
        self.assertEqual(first["sources"][0]["file"], "list.md")
        self.assertEqual(first["sources"][0]["line"], 3)
        self.assertEqual(first["sources"][0]["format"], "markdown")

    def test_path_and_iterator_give_the_same_records_as_text(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "list.md"
            path.write_text(MARKDOWN, encoding="utf-8")
            from_path = qbank.normalize(path)
            streamed = list(qbank.iter_normalize(path, buffer=1))
            from_str_path = qbank.normalize(str(path))
        from_text = qbank.normalize(MARKDOWN, file=str(path))
        self.assertEqual(from_path, from_text)
        self.assertEqual(streamed, from_text)
        self.assertEqual(from_str_path, from_text)

    def test_forced_language_and_format(self):
        records = qbank.normalize("What is the GIL?\nWhat is a list?\n", format="text", lang="de")
        self.assertEqual([r["lang"] for r in records], ["de", "de"])
        self.assertEqual(records[0]["sources"][0]["format"], "text")

    def test_bad_json_raises_error_with_file_and_line(self):
        with self.assertRaises(qbank.Error) as raised:
            qbank.normalize('[{"text": "What is a list?"},\n{"text": }]', format="json", file="bank.json")
        self.assertIsInstance(raised.exception, ValueError)
        self.assertTrue(str(raised.exception).startswith("bank.json:2:"), str(raised.exception))
        self.assertEqual(raised.exception.code, "data_error")

    def test_declared_count_mismatch_is_a_warning_with_file_and_line(self):
        text = "## SQL (3 questions)\n\n1. What is a JOIN?\n2. What is an index?\n"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            records = qbank.normalize(text, file="sql.md")
        self.assertEqual(len(records), 2)
        issued = [str(w.message) for w in caught if issubclass(w.category, qbank.Warning)]
        self.assertEqual(len(issued), 1, issued)
        self.assertTrue(issued[0].startswith("sql.md:1:"), issued[0])

    def test_bad_option_raises_error(self):
        with self.assertRaises(qbank.Error) as raised:
            qbank.normalize(MARKDOWN, format="docx")
        self.assertEqual(raised.exception.code, "invalid_argument")

    def test_missing_file_raises_error_naming_it(self):
        with self.assertRaises(qbank.Error) as raised:
            list(qbank.iter_normalize("/nonexistent/qbank/list.md"))
        self.assertIn("/nonexistent/qbank/list.md", str(raised.exception))
        with self.assertRaises(qbank.Error) as raised:
            qbank.normalize("/nonexistent/qbank/list.md")
        self.assertIn("/nonexistent/qbank/list.md", str(raised.exception))

    def test_a_directory_or_a_non_text_argument_is_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(qbank.Error) as raised:
                qbank.normalize(tmp)
            self.assertIn(tmp + ": is a directory", str(raised.exception))
        with self.assertRaises(TypeError):
            qbank.normalize(5)
        self.assertEqual(len(qbank.normalize(bytearray(b"1. What is the GIL?\n"))), 1)

    def test_iterator_streams_a_large_file_and_stops_early(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "big.md"
            with open(path, "w", encoding="utf-8") as f:
                for section in range(200):
                    f.write(f"## Topic {section}\n\n")
                    for q in range(50):
                        f.write(f"- What is item {section} number {q}?\n")
                    f.write("\n")
            first = []
            for record in qbank.iter_normalize(path, buffer=4):
                first.append(record)
                if len(first) == 3:
                    break
            self.assertEqual([r["text"] for r in first],
                             ["What is item 0 number 0?", "What is item 0 number 1?", "What is item 0 number 2?"])
            count = sum(1 for _ in qbank.iter_normalize(path))
        self.assertEqual(count, 200 * 50)
        self.assertEqual(threading.active_count(), 1)


class DedupTest(unittest.TestCase):
    def setUp(self):
        self.records = qbank.normalize(MARKDOWN, file="list.md")

    def test_near_duplicates_become_one_record_with_both_sources(self):
        merged = qbank.dedup(self.records)
        self.assertEqual(len(merged), 2)
        gil = [r for r in merged if "GIL" in r["text"]]
        self.assertEqual(len(gil), 1)
        self.assertEqual(sorted(s["line"] for s in gil[0]["sources"]), [3, 8])

    def test_input_order_does_not_matter(self):
        self.assertEqual(qbank.dedup(self.records), qbank.dedup(list(reversed(self.records))))

    def test_json_texts_and_generators_are_records_too(self):
        as_json = (json.dumps(r) for r in self.records)
        self.assertEqual(qbank.dedup(as_json), qbank.dedup(self.records))

    def test_explain_and_clusters(self):
        merged, clusters, explanations = qbank.dedup(self.records, clusters=True, explain=True)
        self.assertEqual(len(explanations), 1)
        self.assertTrue(explanations[0]["merged"])
        self.assertEqual(explanations[0]["merged_from"], "list.md:8")
        self.assertEqual([c["id"] for c in clusters], [r["id"] for r in merged])
        self.assertEqual(sorted(m for c in clusters for m in c["members"]), [0, 1, 2])

    def test_iter_dedup_streams_the_same_records_and_clusters(self):
        merged, clusters = qbank.dedup(self.records, clusters=True)
        streamed = list(qbank.iter_dedup(self.records, clusters=True, buffer=1))
        self.assertEqual([r for r, _ in streamed], merged)
        self.assertEqual([m for _, m in streamed], [c["members"] for c in clusters])
        first = next(iter(qbank.iter_dedup(self.records)))
        self.assertEqual(first, merged[0])

    def test_against_a_bank_keeps_the_bank_ids(self):
        bank = qbank.dedup(self.records[:2])
        new = qbank.normalize("* What's the GIL?\n* What is a closure?\n", format="text", file="new.txt")
        merged = qbank.dedup(new, against=bank)
        self.assertEqual([r["id"] for r in merged[:2]], [r["id"] for r in bank])
        self.assertEqual(len(merged), 3)
        self.assertIn("new.txt", [s["file"] for s in merged[0]["sources"]])

    def test_broken_record_raises_error_naming_its_position(self):
        broken = self.records + [{"id": self.records[0]["id"], "text": "What?", "sources": []}]
        with self.assertRaises(qbank.Error) as raised:
            qbank.dedup(broken)
        self.assertTrue(str(raised.exception).startswith("records:4:"), str(raised.exception))

    def test_jsonl_path_errors_name_the_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bank.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps(self.records[0]) + "\n" + '{"id": "q1", "text": "x"}\n')
            with self.assertRaises(qbank.Error) as raised:
                qbank.dedup(path)
        self.assertIn("bank.jsonl:2:", str(raised.exception))


class CompareTest(unittest.TestCase):
    def test_same_question_merges(self):
        verdict = qbank.compare("What is the GIL?", "what is the GIL")
        self.assertTrue(verdict["merged"])
        self.assertEqual(verdict["score"], 1.0)
        self.assertTrue(verdict["evidence"])

    def test_different_questions_stay_apart_with_the_reason(self):
        verdict = qbank.compare("What is a list?", "What is a tuple?")
        self.assertFalse(verdict["merged"])
        self.assertIn("list", verdict["evidence"])
        verdict = qbank.compare("Convert binary to decimal", "Convert decimal to binary")
        self.assertFalse(verdict["merged"])

    def test_records_compare_like_their_texts(self):
        a, b = qbank.normalize("What is the GIL?\nwhat is the GIL\n", format="text")
        self.assertEqual(qbank.compare(a, b), qbank.compare("What is the GIL?", "what is the GIL"))


class FilterTagExportTest(unittest.TestCase):
    def setUp(self):
        self.records = qbank.dedup(qbank.normalize(MARKDOWN, file="list.md"))

    def test_filter_by_pattern_and_language(self):
        kept = qbank.filter(self.records, pattern="(?i)decorator")
        self.assertEqual([r["text"] for r in kept], ["What is a decorator in Python?"])
        self.assertEqual(qbank.filter(self.records, lang="ru"), [])
        self.assertEqual(len(qbank.filter(self.records, lang=["en", "ru"])), 2)

    def test_iter_filter_and_iter_tag_stream_a_generator(self):
        def many():
            for i in range(3000):
                record = dict(self.records[i % 2])
                record["text"] = f"{record['text']} {i}"
                yield record
        kept = qbank.iter_filter(many(), pattern="decorator")
        self.assertNotIsInstance(kept, list)
        tagged = list(qbank.iter_tag(kept, rules=[{"tag": "deco", "pattern": "decorator"}]))
        self.assertEqual(len(tagged), 1500)
        self.assertTrue(all("deco" in r["tags"] for r in tagged))

    def test_broken_record_in_a_later_batch_names_its_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bank.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for _ in range(1500):
                    f.write(json.dumps(self.records[0]) + "\n")
                f.write("\n" + json.dumps({"id": self.records[0]["id"], "text": "x", "sources": []}) + "\n")
            for run in (qbank.filter, qbank.tag, qbank.dedup, qbank.read_jsonl):
                with self.assertRaises(qbank.Error) as raised:
                    run(path)
                self.assertIn("bank.jsonl:1502:", str(raised.exception), run.__name__)

    def test_jsonl_paths_read_as_the_command_line_reads_them(self):
        lines = [json.dumps(r, ensure_ascii=False) for r in self.records]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bom.jsonl")
            with open(path, "wb") as f:
                f.write(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
            for run in (qbank.filter, qbank.tag, qbank.dedup):
                self.assertEqual(len(run(path)), len(lines), run.__name__)
            latin1 = os.path.join(tmp, "latin1.jsonl")
            with open(latin1, "wb") as f:
                f.write((lines[0] + "\n").encode("utf-8") + lines[1].replace("What", "\u00e9 What", 1).encode("latin-1"))
            packed = os.path.join(tmp, "bank.jsonl.gz")
            with open(packed, "wb") as f:
                f.write(b"\x1f\x8b\x08\x00" + bytes(range(256)) + b"\n\x00\x01\n")
            for run in (qbank.filter, qbank.tag, qbank.dedup, lambda p: list(qbank.iter_filter(p))):
                with self.assertRaises(qbank.Error) as raised:
                    run(latin1)
                self.assertIn("latin1.jsonl:2:", str(raised.exception))
                with self.assertRaises(qbank.Error) as raised:
                    run(packed)
                self.assertIn("bank.jsonl.gz:1:", str(raised.exception))
                self.assertIn("gzip-compressed data", str(raised.exception))
                for name, code in ((tmp, "invalid_argument"), (os.path.join(tmp, "absent.jsonl"), "not_found")):
                    with self.assertRaises(qbank.Error) as raised:
                        run(name)
                    self.assertIn(name, str(raised.exception))
                    self.assertEqual(raised.exception.code, code)

    def test_filter_bad_pattern_raises(self):
        with self.assertRaises(qbank.Error) as raised:
            qbank.filter(self.records, pattern="(")
        self.assertEqual(raised.exception.code, "invalid_argument")

    def test_tag_with_default_and_own_rules(self):
        tagged = qbank.tag(self.records, rules=[{"tag": "Lock Questions", "pattern": "gil"}])
        gil = next(r for r in tagged if "GIL" in r["text"])
        self.assertIn("lock_questions", gil["tags"])
        self.assertIn("python", gil["tags"])
        own_only = qbank.tag(self.records, rules=[{"tag": "x", "pattern": "decorator"}], default_rules=False,
                             match_topic=False)
        self.assertEqual([r["tags"] for r in own_only], [[], ["x"]])

    def test_tag_rules_path_read_as_the_command_line_reads_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "rules.json")
            with open(path, "wb") as f:
                f.write(b'\xef\xbb\xbf[{"tag": "gil", "pattern": "gil"}]\r\n')
            tagged = qbank.tag(self.records, rules=path, default_rules=False)
            self.assertEqual([r["tags"] for r in tagged], [["gil"], []])
            missing = os.path.join(tmp, "absent.json")
            with self.assertRaises(qbank.Error) as raised:
                qbank.tag(self.records, rules=missing)
            self.assertIn(missing, str(raised.exception))
            self.assertEqual(raised.exception.code, "not_found")

    def test_tag_bad_rule_raises(self):
        with self.assertRaises(qbank.Error):
            qbank.tag(self.records, rules=[{"tag": "x", "pattern": "("}])

    def test_export_csv_string(self):
        text = qbank.export(self.records, to="csv")
        rows = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual([r["text"] for r in rows], [r["text"] for r in self.records])
        self.assertEqual(rows[0]["id"], self.records[0]["id"])
        self.assertEqual(rows[0]["topic"], "Python")

    def test_export_file_by_extension_and_jsonl_round_trip(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bank.jsonl")
            self.assertIsNone(qbank.export(self.records, path=path))
            self.assertEqual(qbank.read_jsonl(path), self.records)
            self.assertEqual(qbank.dedup(path), self.records)

    def test_export_from_a_jsonl_path_streams_to_the_same_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            bank = os.path.join(tmp, "bank.jsonl")
            qbank.export(self.records, path=bank)
            for ext in ("csv", "md", "gift"):
                streamed, held = os.path.join(tmp, f"s.{ext}"), os.path.join(tmp, f"h.{ext}")
                qbank.export(bank, path=streamed)
                qbank.export(list(self.records), path=held)
                with open(streamed, encoding="utf-8") as a, open(held, encoding="utf-8") as b:
                    self.assertEqual(a.read(), b.read(), ext)
            with open(bank, "a", encoding="utf-8") as f:
                f.write(json.dumps({"id": self.records[0]["id"], "text": "x", "sources": []}) + "\n")
            with self.assertRaises(qbank.Error) as raised:
                qbank.export(bank, path=os.path.join(tmp, "out.csv"))
            self.assertIn("bank.jsonl:3:", str(raised.exception))
            self.assertFalse(os.path.exists(os.path.join(tmp, "out.csv")))

    def test_export_with_translations_streamed_and_held_alike(self):
        linked = [dict(r) for r in self.records]
        linked[0]["translations"] = [linked[1]["id"]]
        linked[1]["translations"] = [linked[0]["id"]]
        text = qbank.export(linked, to="csv", columns=["id"], with_translations=True)
        rows = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual(rows[0]["translations"], f"{linked[1]['lang']}: {linked[1]['text']}")
        with tempfile.TemporaryDirectory() as tmp:
            bank, md = os.path.join(tmp, "bank.jsonl"), os.path.join(tmp, "s.md")
            qbank.export(linked, path=bank)
            qbank.export(bank, path=md, with_translations=True)
            with open(md, encoding="utf-8") as f:
                self.assertEqual(f.read(), qbank.export(linked, to="markdown", with_translations=True))

    def test_export_path_must_name_a_file_with_a_format(self):
        for path in ("", "bank"):
            with self.assertRaises(qbank.Error) as raised:
                qbank.export(self.records, path=path)
            self.assertEqual(raised.exception.code, "invalid_argument")
        self.assertIn("bank: no format extension", str(raised.exception))

    def test_export_apkg_needs_a_path(self):
        with self.assertRaises(qbank.Error):
            qbank.export(self.records, to="apkg")


class DocumentationTest(unittest.TestCase):
    def test_every_function_has_a_docstring(self):
        for name in qbank.__all__:
            self.assertTrue(getattr(qbank, name).__doc__, name)


if __name__ == "__main__":
    unittest.main()
