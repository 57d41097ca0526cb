#!/usr/bin/env bash
# Times `build --formats pdf` of the bundled documents (jobdescgen init in a scratch folder) without
# a logo and with a 1000 × 1000 and a 2000 × 2000 8-bit PNG logo, and checks that every PDF passes
# `qpdf --check` and that two builds give the same bytes. The machine's load is printed with the
# figures: on a shared machine compare runs made at the same time.
#
#   scripts/logo-build-time.sh [RUNS]   (default 5)
# Needs: hyperfine, ImageMagick (convert), qpdf.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
for tool in hyperfine convert qpdf; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y hyperfine imagemagick qpdf"; exit 1; }
done

dotnet build "$root/src/JobDescGen.Cli" -c Release -v q -nologo >/dev/null
dll=$root/src/JobDescGen.Cli/bin/Release/net10.0/jobdescgen.dll
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
for size in none 1000 2000; do
  dir=$scratch/$size
  mkdir -p "$dir"
  (cd "$dir" && dotnet "$dll" init >/dev/null 2>&1)
  if [ "$size" != none ]; then
    convert -size "${size}x${size}" gradient:steelblue-white -depth 8 "$dir/templates/logo.png"
    sed -i 's/^  file: ~/  file: logo.png/' "$dir/templates/theme.yaml"
    grep -q '^  file: logo.png' "$dir/templates/theme.yaml" || { echo "FAIL - cannot set the logo in theme.yaml"; exit 1; }
  fi

  echo "== logo: $size ($(uptime | sed 's/.*load average/load average/'))"
  (cd "$dir" && hyperfine -N -w 1 -r "$runs" "dotnet $dll build --formats pdf --out o --force -q" | grep -E 'Time|Range')
  (cd "$dir" && dotnet "$dll" build --formats pdf --out again --force -q)
  for pdf in "$dir"/o/*.pdf; do
    qpdf --check "$pdf" >/dev/null || { echo "FAIL - qpdf --check $(basename "$pdf")"; failures=$((failures + 1)); }
    cmp -s "$pdf" "$dir/again/$(basename "$pdf")" || { echo "FAIL - $(basename "$pdf") differs between two builds"; failures=$((failures + 1)); }
  done
done

[ "$failures" -eq 0 ] && echo "all PDFs pass qpdf --check and are the same in two builds"
exit $((failures > 0))
