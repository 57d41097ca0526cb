#!/usr/bin/python3
"""Makes src/JobDescGen.Core/Validation/Unicode/names.txt.gz from Debian's unicode-data package
(UnicodeData.txt): one "XXXX;NAME" line per named character (a control by its Unicode 1.0 name),
and "XXXX..YYYY;<CJK Ideograph>"-style lines for the ranges whose names are made from the code point.
Needs: apt-get install unicode-data. Run from the repository root:
    /usr/bin/python3 scripts/unicode/make-names.py
"""
import gzip

SOURCE = "/usr/share/unicode/UnicodeData.txt"
TARGET = "src/JobDescGen.Core/Validation/Unicode/names.txt.gz"

lines = []
first = None
for line in open(SOURCE, encoding="utf-8"):
    fields = line.split(";")
    code, name = fields[0], fields[1]
    if name.endswith(", First>"):
        first = code
        continue
    if name.endswith(", Last>"):
        lines.append(f"{first}..{code};{name[:-len(', Last>')]}>")
        continue
    if name == "<control>":
        if not fields[10]:
            continue
        name = fields[10]
    lines.append(f"{code};{name}")

with open(TARGET, "wb") as out:
    out.write(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
print(f"{len(lines)} lines")
