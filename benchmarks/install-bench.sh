#!/usr/bin/env bash
# The installed tool against pandoc + wkhtmltopdf, in the same run on the same machine:
#   1. packs the tool packages (scripts/pack.sh: the top-level package, linux-x64 Native AOT, 'any')
#      into a local feed, unless FEED names one, and installs the tool from it with
#      'dotnet tool install --tool-path' (what a user gets on linux-x64: the AOT package);
#   2. cold `generate --level A1 --format pdf`: the installed tool; the framework-dependent
#      ReadyToRun build that linux-arm64, osx, Windows and Alpine get (packed here for linux-x64
#      with -p:PublishAot=false, so it runs on this machine); the JIT-only 'any' package (every
#      other platform); and pandoc + wkhtmltopdf
#      (--javascript-delay 0) turning the same job description's Markdown into a PDF;
#   3. PDFs per second: `build --formats pdf` of 100 synthetic profiles x 4 levels (400 PDFs,
#      all cores), against pandoc + wkhtmltopdf over the same 400 Markdown files, 2 at a time
#      (xargs -P 2, one per core).
#
#   benchmarks/install-bench.sh [WORK_DIR]     (default /tmp/jobdescgen-install-bench; RUNS=10)
#
# Needs hyperfine, pandoc and wkhtmltopdf (apt-get install -y hyperfine pandoc wkhtmltopdf), and
# clang for the AOT package. The machine may be shared: `uptime` is printed before each part; the
# ratios come from one hyperfine run each, so the same load applies to both sides.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true SOURCE_DATE_EPOCH=1764288000
work=${1:-/tmp/jobdescgen-install-bench}
runs=${RUNS:-10}
for tool in hyperfine pandoc wkhtmltopdf python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y hyperfine pandoc wkhtmltopdf" >&2; exit 2; }
done
rm -rf "$work" && mkdir -p "$work"

echo "== 1. pack and install"
feed=${FEED:-$work/feed}
[ -n "${FEED:-}" ] || scripts/pack.sh "$feed" >/dev/null
version=$(ls "$feed" | sed -n 's/^JobDescGen\.Tool\.\([0-9][^a-z]*[0-9]\)\.nupkg$/\1/p' | sort -V | tail -n 1)
dotnet tool install JobDescGen.Tool --version "$version" --add-source "$feed" --tool-path "$work/tools" >/dev/null
installed="$work/tools/jobdescgen"
echo "installed JobDescGen.Tool $version: $(file -b "$(readlink -f "$installed")" | cut -d, -f1-2)"
mkdir -p "$work/any" && (cd "$work/any" && unzip -q "$feed/JobDescGen.Tool.any.$version.nupkg")
fallback="dotnet $(find "$work/any/tools" -name jobdescgen.dll | head -n 1)"
echo "fallback ('any' package): $fallback"
dotnet pack "$repo/src/JobDescGen.Cli" -c Release -r linux-x64 -p:PublishAot=false -o "$work/r2r-feed" >/dev/null
mkdir -p "$work/r2r" && (cd "$work/r2r" && unzip -q "$work/r2r-feed/JobDescGen.Tool.linux-x64.$version.nupkg")
readytorun="dotnet $(find "$work/r2r/tools" -name jobdescgen.dll | head -n 1)"
echo "ReadyToRun (what the other RID packages hold): $readytorun"

cd "$work"
"$installed" init user >/dev/null 2>&1
cd user
"$installed" generate --level A1 --output a1.md >/dev/null
pandoc_pdf() { echo "pandoc $1 --standalone --metadata title=' ' --pdf-engine=wkhtmltopdf --pdf-engine-opt=--javascript-delay --pdf-engine-opt=0 --pdf-engine-opt=--quiet -o $2"; }

echo; echo "== 2. one cold generate --level A1 --format pdf"; uptime
hyperfine --runs "$runs" --warmup 2 --export-json "$work/cold.json" \
  -n "jobdescgen (installed, Native AOT)" "$installed generate --level A1 --format pdf --output aot.pdf" \
  -n "jobdescgen (framework-dependent, ReadyToRun)" "$readytorun generate --level A1 --format pdf --output r2r.pdf" \
  -n "jobdescgen ('any' package, framework-dependent)" "$fallback generate --level A1 --format pdf --output any.pdf" \
  -n "pandoc + wkhtmltopdf" "$(pandoc_pdf a1.md pandoc.pdf)" | grep -E '^Benchmark|Time|Range'
cmp aot.pdf any.pdf && cmp aot.pdf r2r.pdf && echo "the AOT, ReadyToRun and 'any' builds write identical bytes"

echo; echo "== 3. PDFs per second on $(nproc) cores"; uptime
dotnet run -c Release --project "$repo/benchmarks/JobDescGen.ProfileGenerator" -- "$work/profiles" 100 >/dev/null 2>&1
"$installed" build --profiles "$work/profiles" --out "$work/md" --formats md --quiet
ls "$work"/md/*.md > "$work/md-files.txt"
documents=$(wc -l < "$work/md-files.txt")
mkdir -p "$work/pandoc-out"
hyperfine --runs 3 --warmup 1 --export-json "$work/throughput.json" \
  --prepare "rm -rf $work/pdf" \
  -n "jobdescgen build --formats pdf (installed, Native AOT)" "$installed build --profiles $work/profiles --out $work/pdf --formats pdf --quiet" \
  -n "pandoc + wkhtmltopdf, 2 at a time" "xargs -P 2 -I{} sh -c '$(pandoc_pdf {} "$work/pandoc-out/\$(basename {} .md).pdf")' < $work/md-files.txt" \
  | grep -E '^Benchmark|Time|Range'

python3 - "$work/cold.json" "$work/throughput.json" "$documents" <<'PY'
import json, sys
cold = json.load(open(sys.argv[1]))["results"]
thr = json.load(open(sys.argv[2]))["results"]
n = int(sys.argv[3])
print("\n== figures")
base = cold[-1]["mean"]
for r in cold:
    print(f"cold PDF  {r['command'][:60]:60} {r['mean']*1000:7.1f} ms (median {r['median']*1000:.1f}, user+sys {1000*(r['user']+r['system']):.1f} ms)  pandoc/this: {base / r['mean']:.1f}x")
for r in thr:
    print(f"{n} PDFs  {r['command'][:60]:60} {r['mean']:7.2f} s = {n / r['mean']:6.0f} PDFs/s")
print(f"throughput ratio: {thr[1]['mean'] / thr[0]['mean']:.1f}x")
PY
uptime
