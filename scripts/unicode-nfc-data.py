#!/usr/bin/env python3
"""Writes src/JobDescGen.Core/Loading/Text/nfc-data.txt, the Unicode data that TextNormalizer
(NFC) needs, from Python's unicodedata: the tool's .NET runs with invariant globalization, where
string.Normalize leaves non-ASCII text as it is. Run it again to move to a newer Unicode version.

Lines: 'C cp class' (canonical combining class, when not 0), 'D cp cp...' (full canonical
decomposition), 'P first second composite' (primary composites, composition exclusions left
out). Hangul syllables are computed, not listed. Code points in hexadecimal."""
import os
import unicodedata as ud

lines = [f"# Extracted and modified from the Unicode Character Database {ud.unidata_version} (canonical data for NFC) by scripts/unicode-nfc-data.py.",
         "# Copyright (c) Unicode, Inc. Licence: the Unicode data files licence, see THIRD-PARTY-NOTICES.md."]
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000 or 0xAC00 <= cp <= 0xD7A3:
        continue
    c = chr(cp)
    if ud.combining(c):
        lines.append(f"C {cp:X} {ud.combining(c)}")
    nfd = ud.normalize("NFD", c)
    if nfd != c:
        lines.append(f"D {cp:X} " + " ".join(f"{ord(x):X}" for x in nfd))
    mapping = ud.decomposition(c)
    if mapping and not mapping.startswith("<"):
        parts = mapping.split()
        if len(parts) == 2 and ud.normalize("NFC", c) == c:
            lines.append(f"P {int(parts[0], 16):X} {int(parts[1], 16):X} {cp:X}")

target = os.path.join(os.path.dirname(__file__), "..", "src", "JobDescGen.Core", "Loading", "Text", "nfc-data.txt")
with open(target, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
