#!/usr/bin/env bash
# Checks the HTML job descriptions in a real browser, headless Chromium:
#  - axe-core (every rule, best practices included) finds no violation at 375 px and 1280 px wide;
#  - the page requests nothing from outside, logs no browser error, needs no sideways scrolling at 375 px;
#  - no word of a heading is cut over two lines (headings are not hyphenated, so it did not fit);
#  - printed from the browser (its print stylesheet), it is A4 with the footer line and "Pagina X van Y"
#    on every page and the running header from page 2 on (read back with pdftotext when poppler-utils is there).
# It keeps full-page screenshots (NAME-375.png, NAME-1280.png) and the printed NAME.pdf to look at.
#   scripts/html-check.sh [OUT_DIR]          (default: a fresh temporary folder, printed at the end)
# Needs dotnet, node >= 18 and npm; installs its npm packages (scripts/html-check/package.json, exact
# versions, package-lock.json) into scripts/html-check/node_modules; uses the system's Chromium
# (CHROMIUM=path, or 'chromium' on PATH; as root with apt-get it installs Debian's) and never
# downloads a browser. Exit: 0 clean, 1 a problem found, 3 when Chromium or the npm packages cannot
# be had (nothing was checked).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out/pages"

chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "html-check: installing Debian's chromium"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 || true
  chromium=$(command -v chromium || true)
fi
if [ -z "$chromium" ]; then echo "html-check: no Chromium (set CHROMIUM or install chromium); not checked"; exit 3; fi
if ! command -v npm >/dev/null; then echo "html-check: node/npm not installed; not checked"; exit 3; fi
(cd "$root/scripts/html-check" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --silent >/dev/null 2>&1) \
  || { echo "html-check: could not install axe-core and puppeteer-core from npm; not checked"; exit 3; }

# The pages: every level of the bundled profile, its overview (every level side by side), the example job, and a page whose texts carry what must be escaped.
dotnet build "$root/src/JobDescGen.Cli" -c Release -v quiet -nologo >/dev/null
jobdescgen=(dotnet "$root/src/JobDescGen.Cli/bin/Release/net10.0/jobdescgen.dll")
for level in C B A1 A2; do
  "${jobdescgen[@]}" generate --profiles "$root/profiles" --level "$level" --format html --output "$out/pages/" >/dev/null
done
"${jobdescgen[@]}" overview --profiles "$root/profiles" --format html --output "$out/pages/" >/dev/null
# The example specific job (jobs/ beside profiles/): the twelve rubrics as sections.
"${jobdescgen[@]}" generate teamleider-personeelsadministratie --profiles "$root/profiles" --format html --output "$out/pages/" >/dev/null
# The organisation goes into the byline, the footer, a <meta> and a CSS string, the title into
# <title>, the heading and the CSS too: markup, quotes, '</style>' and an image URL in them must
# stay text, and a soft hyphen must survive.
hostile="$out/hostile-profiles"
rm -rf "$hostile" && cp -r "$root/profiles" "$hostile"
sed -i -e 's|^  nl: FOD Beleid en Ondersteuning$|  nl: "FOD <script>alert(1)</script> \& \\"Co\\" </style><img src=https://example.invalid/x.png>"|' \
  -e 's|^  nl: Leidinggevende$|  nl: "Leiding\\u00ADgevende"|' "$hostile/leidinggevende/profile.yaml"
"${jobdescgen[@]}" generate --profiles "$hostile" --level A1 --format html --output "$out/pages/hostile-A1.html" >/dev/null

status=0
node "$root/scripts/html-check/check.mjs" --chromium "$chromium" --out "$out" "$out"/pages/*.html || status=$?

if command -v pdftotext >/dev/null; then
  for pdf in "$out"/*.pdf; do
    name=$(basename "$pdf" .pdf)
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    size=$(pdfinfo "$pdf" | awk -F': *' '/^Page size:/ { print $2 }')
    case "$size" in *"(A4)"*) ;; *) echo "$name.pdf: printed page is $size, not A4"; status=1 ;; esac
    for page in $(seq 1 "$pages"); do
      text=$(pdftotext -f "$page" -l "$page" -layout "$pdf" -)
      grep -q "Pagina $page van $pages" <<<"$text" || { echo "$name.pdf: page $page lacks 'Pagina $page van $pages'"; status=1; }
      grep -q "Versie 1.0 · Datum" <<<"$text" || { echo "$name.pdf: page $page lacks the footer line"; status=1; }
      if [ "$page" -gt 1 ]; then
        head -n 3 <<<"$text" | grep -Eq "(gevende|Personeelsadministratie) — (Niveau|Overzicht)" || { echo "$name.pdf: page $page lacks the running header"; status=1; }
      fi
    done
    echo "$name.pdf: $pages A4 pages, numbered"
  done
else
  echo "html-check: pdftotext not installed; printed pages not read back (look at $out/*.pdf)"
fi

echo "html-check: screenshots and printed pages in $out"
exit "$status"
