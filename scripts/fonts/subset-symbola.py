#!/usr/bin/python3
"""Makes src/JobDescGen.Pdf/Fonts/Symbola/Symbola-Regular.ttf: Symbola (Debian fonts-symbola) cut to
the characters that neither Carlito nor DejaVu Sans has (emoji, pictographs, rare symbols), without
hinting (PDF viewers do not use it). Symbola's licence allows this: "free for any use; they may be
opened, edited, modified, regenerated, packaged and redistributed".

Needs: apt-get install fonts-symbola python3-fonttools. Run from the repository root:
    /usr/bin/python3 scripts/fonts/subset-symbola.py
"""
from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = "src/JobDescGen.Pdf/Fonts/"
SOURCE = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"

covered = set()
for face in ["Carlito/Carlito-Regular.ttf", "DejaVuSans/DejaVuSans-Regular.ttf"]:
    covered |= set(TTFont(FONTS + face).getBestCmap())

symbola = TTFont(SOURCE, recalcTimestamp=False)
keep = sorted(set(symbola.getBestCmap()) - covered)
options = subset.Options()
options.hinting = False
options.layout_features = []
options.name_IDs = ["*"]
options.notdef_outline = True
options.drop_tables += ["GSUB", "GPOS", "GDEF"]
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=keep)
subsetter.subset(symbola)
# A fixed modification date, so the same input gives the same bytes.
symbola["head"].modified = symbola["head"].created
symbola.save(FONTS + "Symbola/Symbola-Regular.ttf")
print(f"{len(keep)} characters kept")
