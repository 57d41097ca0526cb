#!/usr/bin/env bash
# Opens the DOCX of every bundled level, of the overview (every level side by side) and of the example job, in a real client: LibreOffice converts each to PDF
# (headless), pdftoppm renders the pages as PNG images to look at, and the script fails when a
# conversion fails, a document has no pages, or the footer's PAGE/NUMPAGES fields did not become
# "Pagina X van Y" in the converted PDF.
#
#   scripts/docx-pages.sh [OUT-DIR] [--templates DIR]   (default OUT-DIR: out/docx-pages)
# Needs: libreoffice-writer and poppler-utils (apt-get install -y libreoffice-writer poppler-utils).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/out/docx-pages}
shift || true
mkdir -p "$out"
for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y libreoffice-writer poppler-utils"; exit 1; }
done

dotnet build "$root/src/JobDescGen.Cli" -c Release -v q -nologo >/dev/null
dll=$root/src/JobDescGen.Cli/bin/Release/net10.0/jobdescgen.dll
failures=0
for level in C B A1 A2 overview job; do
  docx="$out/leidinggevende-$level.docx"
  if [ "$level" = overview ]; then
    dotnet "$dll" overview "$root/profiles/leidinggevende" -o "$docx" "$@" >/dev/null
  elif [ "$level" = job ]; then
    # The example specific job (jobs/ beside profiles/) on the bundled profile.
    dotnet "$dll" generate teamleider-personeelsadministratie --profiles "$root/profiles" -o "$docx" "$@" >/dev/null
  else
    dotnet "$dll" generate "$root/profiles/leidinggevende" --level "$level" -o "$docx" "$@" >/dev/null
  fi
  # A private profile folder, so a running LibreOffice of the user neither blocks nor is disturbed.
  soffice -env:UserInstallation="file://$out/.lo-profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
  pdf="${docx%.docx}.pdf"
  pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
    echo "FAIL - $level: LibreOffice made no pages"; failures=$((failures + 1)); continue
  fi

  if ! pdftotext "$pdf" - | grep -q "Pagina $pages van $pages"; then
    echo "FAIL - $level: no 'Pagina $pages van $pages' in the footer"; failures=$((failures + 1))
  fi

  pdftoppm -png -r 60 "$pdf" "$out/leidinggevende-$level"
  echo "ok   - $level: $pages pages, images in $out/leidinggevende-$level-*.png"
done

exit $failures
