#!/usr/bin/env python3
"""Measures how far justified lines stretch their word spaces, from the word boxes that
`pdftotext -bbox-layout` (poppler-utils) reports.

A justified line is a line of a block (pdftotext's paragraph) that is not the block's last line,
has two words or more, and ends where another such line of its block ends, or lines of two other
blocks of the page do (within 0.25 pt): justified lines share the column's right edge, ragged ones end
wherever their last word does. Its stretch is the mean gap between its words divided by the natural space of its type
size: --space-em (the font's space advance, in em) times the size, where the size is the word
box height divided by --height-em (the font's ascent + descent, in em). The defaults are Carlito's
(Calibri's metrics): space 463/2048 em, ascent + descent 2500/2048 em.

Usage: scripts/word-spacing.py FILE.pdf [FILE.pdf ...] [--lines] [--space-em X] [--height-em Y]
Prints, per file and for all files together: the number of justified lines, the median and worst
stretch, how many lines stretch more than 1.5 times, and the median length of a justified line in
characters (spaces included).
"""
import argparse
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/1999/xhtml}"
EDGE = 0.25  # points: how close two line ends are to count as one edge


def boxes(pdf):
    try:
        xhtml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True).stdout
    except FileNotFoundError:
        sys.exit("word-spacing: pdftotext not found; install poppler-utils (apt-get install -y poppler-utils)")
    except subprocess.CalledProcessError as error:
        sys.exit(f"word-spacing: pdftotext failed on {pdf}: {error.stderr.decode(errors='replace').strip()}")
    return ET.fromstring(xhtml)


def words_of(line):
    return [(float(w.get("xMin")), float(w.get("xMax")), float(w.get("yMax")) - float(w.get("yMin")), w.text or "")
            for w in line.iter(NS + "word")]


def justified_lines(root, space_em, height_em):
    """Yields (stretch, text) for every justified line of the document."""
    for page in root.iter(NS + "page"):
        # Lines that could be justified: any line of a block but its last, with two words or more.
        candidates = []
        for number, block in enumerate(page.iter(NS + "block")):
            lines = [words_of(line) for line in block.iter(NS + "line")]
            candidates += [(number, l) for l in lines[:-1] if len(l) >= 2]
        # A justified edge is shared: ragged lines end where their last word ends, justified ones
        # where the column does. A line counts when another line of its block ends at the same x,
        # or lines of two other blocks do (one other block can be a coincidence).
        for number, line in candidates:
            end = line[-1][1]
            sharing = [other for other, l in candidates if abs(l[-1][1] - end) <= EDGE and l is not line]
            if number not in sharing and len(set(sharing)) < 2:
                continue
            gaps = [b[0] - a[1] for a, b in zip(line, line[1:])]
            size = statistics.median(w[2] for w in line) / height_em
            yield statistics.mean(gaps) / (space_em * size), " ".join(w[3] for w in line).replace("\u00ad", "-")


def summary(name, stretches, lengths):
    if not stretches:
        return f"{name}: no justified lines"
    over = sum(1 for s in stretches if s > 1.5)
    return (f"{name}: {len(stretches)} justified lines, median {statistics.median(stretches):.2f}x, "
            f"worst {max(stretches):.2f}x, {over} over 1.5x, median {statistics.median(lengths):.0f} characters a line")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="+")
    parser.add_argument("--space-em", type=float, default=463 / 2048)
    parser.add_argument("--height-em", type=float, default=2500 / 2048)
    parser.add_argument("--lines", action="store_true", help="print every justified line with its stretch")
    args = parser.parse_args()
    everything = []
    all_lengths = []
    for pdf in args.pdfs:
        found = list(justified_lines(boxes(pdf), args.space_em, args.height_em))
        if args.lines:
            for stretch, text in found:
                print(f"  {stretch:4.2f}x  {text}")
        stretches = [s for s, _ in found]
        lengths = [len(t) for _, t in found]
        everything += stretches
        all_lengths += lengths
        print(summary(pdf, stretches, lengths))
    if len(args.pdfs) > 1:
        print(summary("all", everything, all_lengths))


if __name__ == "__main__":
    main()
