#!/usr/bin/env python3
"""Uses libqbank from Python through ctypes and its C API (qbank/qbank.h): normalizes a Markdown list held
in memory, merges near-duplicates, keeps one language, tags and exports it, checking each step.

usage: qbank_ctypes.py [PATH/TO/libqbank.so]
(default: $QBANK_LIBRARY, else the libqbank that ctypes.util.find_library finds)"""
import ctypes
import ctypes.util
import json
import os
import sys

QBANK_OK = 0
QBANK_INVALID_ARGUMENT = 1


class QBankError(Exception):
    """A failed libqbank call: its status code and message."""

    def __init__(self, status, message):
        super().__init__(f"{message} (status {status})")
        self.status = status


class QBank:
    """A thin Pythonic wrapper over the C API: bytes/str in, str out, QBankError on failure."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        out = ctypes.POINTER(ctypes.c_char)
        sized = [ctypes.POINTER(out), ctypes.POINTER(ctypes.c_size_t)]
        buf = [ctypes.c_char_p, ctypes.c_size_t]
        for name, args in {
            "qbank_normalize_buffer": buf + [ctypes.c_char_p, ctypes.c_char_p] + sized,
            "qbank_fold": [ctypes.c_char_p, ctypes.POINTER(out)],
            "qbank_detect_language": [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(out)],
            "qbank_dedup_jsonl": buf + sized,
            "qbank_filter_new": [ctypes.c_char_p] * 3 + [ctypes.c_int, ctypes.POINTER(ctypes.c_void_p)],
            "qbank_filter_jsonl": [ctypes.c_void_p] + buf + sized,
            "qbank_tagger_new": [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)],
            "qbank_tag_jsonl": [ctypes.c_void_p] + buf + sized,
            "qbank_export_jsonl": buf + [ctypes.c_char_p] + sized,
        }.items():
            getattr(lib, name).argtypes = args
            getattr(lib, name).restype = ctypes.c_int
        lib.qbank_version.restype = ctypes.c_char_p
        lib.qbank_last_error.restype = ctypes.c_char_p
        lib.qbank_string_free.argtypes = [out]
        lib.qbank_filter_free.argtypes = [ctypes.c_void_p]
        lib.qbank_tagger_free.argtypes = [ctypes.c_void_p]
        self.lib = lib

    def version(self):
        return self.lib.qbank_version().decode()

    def _check(self, status):
        if status != QBANK_OK:
            raise QBankError(status, self.lib.qbank_last_error().decode())

    def _take(self, ptr, size=None):
        """Copies a returned string and releases it."""
        data = ctypes.string_at(ptr, size.value) if size is not None else ctypes.string_at(ptr)
        self.lib.qbank_string_free(ptr)
        return data.decode()

    def _call_sized(self, fn, *args):
        ptr, size = ctypes.POINTER(ctypes.c_char)(), ctypes.c_size_t()
        self._check(fn(*args, ctypes.byref(ptr), ctypes.byref(size)))
        return self._take(ptr, size)

    def normalize(self, text, file_name="input.md", fmt=None):
        data = text.encode()
        enc = fmt.encode() if fmt else None
        return self._call_sized(self.lib.qbank_normalize_buffer, data, len(data), file_name.encode(), enc)

    def fold(self, text):
        ptr = ctypes.POINTER(ctypes.c_char)()
        self._check(self.lib.qbank_fold(text.encode(), ctypes.byref(ptr)))
        return self._take(ptr)

    def detect_language(self, text, prior=None):
        ptr = ctypes.POINTER(ctypes.c_char)()
        self._check(self.lib.qbank_detect_language(text.encode(), prior.encode() if prior else None,
                                                   ctypes.byref(ptr)))
        return self._take(ptr)

    def dedup(self, jsonl):
        data = jsonl.encode()
        return self._call_sized(self.lib.qbank_dedup_jsonl, data, len(data))

    def filter(self, jsonl, langs=None, match=None, flags=0):
        handle = ctypes.c_void_p()
        self._check(self.lib.qbank_filter_new(langs.encode() if langs else None, match.encode() if match else None,
                                              None, flags, ctypes.byref(handle)))
        try:
            data = jsonl.encode()
            return self._call_sized(self.lib.qbank_filter_jsonl, handle, data, len(data))
        finally:
            self.lib.qbank_filter_free(handle)

    def tag(self, jsonl):
        handle = ctypes.c_void_p()
        self._check(self.lib.qbank_tagger_new(None, ctypes.byref(handle)))
        try:
            data = jsonl.encode()
            return self._call_sized(self.lib.qbank_tag_jsonl, handle, data, len(data))
        finally:
            self.lib.qbank_tagger_free(handle)

    def export(self, jsonl, fmt):
        data = jsonl.encode()
        return self._call_sized(self.lib.qbank_export_jsonl, data, len(data), fmt.encode())


SAMPLE = """# Python interview questions

## Basics

1. What is a Python decorator?
2. What is a python decorator
3. What is the GIL in Python?

## Базы данных

4. Что такое индекс в базе данных?
5. Как работает JOIN в SQL?
"""


def records(jsonl):
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("QBANK_LIBRARY") or ctypes.util.find_library("qbank")
    if not path:
        sys.exit("libqbank not found: pass its path or set QBANK_LIBRARY")
    qb = QBank(path)
    print("libqbank", qb.version())
    assert qb.version().count(".") == 2, qb.version()
    assert qb.fold("  What IS the  GIL? ") == "what is the gil?", qb.fold("  What IS the  GIL? ")
    assert qb.detect_language("Что такое индекс в базе данных?") == "ru"

    bank = records(qb.normalize(SAMPLE))
    print(len(bank), "questions normalized")
    assert [q["text"] for q in bank][0] == "What is a Python decorator?", bank
    assert len(bank) == 5 and all(q["sources"][0]["file"] == "input.md" for q in bank), bank

    merged = records(qb.dedup("\n".join(json.dumps(q, ensure_ascii=False) for q in bank)))
    print(len(merged), "after dedup")
    assert len(merged) == 4, merged
    assert sum(len(q["sources"]) for q in merged) == 5, "every source is kept"

    jsonl = "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in merged)
    russian = records(qb.filter(jsonl, langs="ru"))
    assert {q["lang"] for q in russian} == {"ru"} and len(russian) == 2, russian
    sql = records(qb.filter(jsonl, match="(?i)join"))
    assert len(sql) == 1 and "JOIN" in sql[0]["text"], sql

    tagged = records(qb.tag(jsonl))
    assert any("python" in q.get("tags", []) for q in tagged), tagged
    csv = qb.export(qb.tag(jsonl), "csv")
    print(csv, end="")
    assert csv.splitlines()[0].startswith("id,text,answer,tags"), csv
    assert len(csv.splitlines()) == 5, csv

    try:
        qb.export(jsonl, "docx")
        raise AssertionError("unknown format accepted")
    except QBankError as e:
        assert e.status == QBANK_INVALID_ARGUMENT and "docx" in str(e), e
    try:
        qb.dedup('{"text": 42}\n')
        raise AssertionError("bad record accepted")
    except QBankError as e:
        print("bad input reported:", e)
    print("ok")


if __name__ == "__main__":
    main()
