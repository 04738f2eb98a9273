#!/usr/bin/env python3
"""Checks that libqbank.so exports exactly the public API: every C function of qbank.h, and only names of
namespace qbank that a public header declares (no qbank::internal, no private Impl classes, no instances of
standard-library templates). Usage: exported_symbols.py LIBQBANK_SO INCLUDE_DIR"""
import glob
import os
import re
import subprocess
import sys

lib, include = sys.argv[1], sys.argv[2]
out = subprocess.run(["nm", "-D", "--defined-only", "-C", lib], check=True, capture_output=True, text=True).stdout
symbols = sorted({line.split(" ", 2)[2] for line in out.splitlines() if line.count(" ") >= 2})

c_header = open(os.path.join(include, "qbank", "qbank.h"), encoding="utf-8").read()
c_functions = set(re.findall(r"\b(qbank_\w+)\s*\(", c_header))
declared = set()
for header in glob.glob(os.path.join(include, "qbank", "*.hpp")):
    text = re.sub(r"//[^\n]*", "", open(header, encoding="utf-8").read())
    declared.update(re.findall(r"\b([A-Za-z_]\w*)\s*\(", text))                      # Functions.
    if re.search(r"^\s*QBANK_EXPORT[^\n]*\boperator\W", text, re.M):
        declared.add("operator")                                                       # Free operators.
    declared.update(re.findall(r"\b(?:class|struct)\s+(?:\[\[[^\]]*\]\]\s*)*(?:QBANK_EXPORT\s+)?(\w+)", text))

bad = []
for s in symbols:
    if s in c_functions:
        continue
    m = re.match(r"^(?:typeinfo for |typeinfo name for |vtable for )?qbank::(\w+)", s)
    if not m or "qbank::internal" in s or "::Impl::" in s or m.group(1) not in declared:
        bad.append(s)
missing = sorted(c_functions - set(symbols))
for s in bad:
    print("exported but not public:", s[:200])
for s in missing:
    print("declared in qbank.h but not exported:", s)
print(f"{len(symbols)} exported symbols, {len(bad)} not public, {len(missing)} C functions missing")
sys.exit(1 if bad or missing else 0)
