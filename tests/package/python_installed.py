#!/usr/bin/env python3
"""Checks the installed Python package: qbank imports from PREFIX (PYTHONPATH points there), its extension
loads the libqbank.so installed beside it, and a normalize/dedup/export round works.

usage: python_installed.py PREFIX"""
import os
import sys

prefix = os.path.realpath(sys.argv[1])

import qbank  # noqa: E402
from qbank import _qbank  # noqa: E402


def under_prefix(path):
    return os.path.realpath(path).startswith(prefix + os.sep)


assert under_prefix(qbank.__file__), f"qbank imported from {qbank.__file__}, not from {prefix}"
assert under_prefix(_qbank.__file__), f"_qbank loaded from {_qbank.__file__}, not from {prefix}"
with open("/proc/self/maps", encoding="utf-8") as maps:
    libs = {line.split()[-1] for line in maps if "libqbank.so" in line}
assert libs and all(under_prefix(lib) for lib in libs), f"libqbank.so loaded from {sorted(libs)}"

records = qbank.normalize("- What is the GIL?\n- what is the GIL\n", format="text", file="list.txt")
merged = qbank.dedup(records)
assert len(merged) == 1 and len(merged[0]["sources"]) == 2, merged
assert qbank.export(merged, to="csv").splitlines()[1].startswith(merged[0]["id"] + ",What is the GIL?")
print(f"qbank package installed in {os.path.dirname(qbank.__file__)} works")
