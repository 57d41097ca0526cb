#!/usr/bin/env bash
# Benchmarks `jobdescgen build` and a cold `generate` of the published tool on synthetic profiles.
#
#   benchmarks/build-bench.sh [WORK_DIR]        (default: /tmp/jobdescgen-bench; RUNS=5 by default)
#
# Needs hyperfine (Debian: apt-get install -y hyperfine) and GNU time (/usr/bin/time). Publishes the
# tool with ReadyToRun, JIT-only for comparison, and Native AOT when a clang is installed (Debian's
# clang-14 works), then measures, for each of ReadyToRun and AOT:
#   1. documents per second of md and of pdf in `build` (400 documents each, full build)
#   2. wall time of 100 profiles x 4 levels x (md + pdf) = 800 documents, from an empty folder
#   3. peak memory (max RSS) and wall time from 8 to 4,000 documents
#   4. a no-change incremental rebuild of 800 documents
#   5. a single cold `generate --level A1 --format pdf` (JIT only, ReadyToRun, its TieredPGO and
#      loop-JIT settings, AOT), and whether every publish writes the same bytes
# The machine may be shared: `uptime` is printed before each part, since load skews every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true SOURCE_DATE_EPOCH=1764288000

work=${1:-/tmp/jobdescgen-bench}
runs=${RUNS:-5}
mkdir -p "$work"
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }

echo "== publish"
dotnet publish src/JobDescGen.Cli -c Release -r linux-x64 --self-contained false -o "$work/tool" >/dev/null
dotnet publish src/JobDescGen.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=false -o "$work/tool-jit" >/dev/null
variants=("ReadyToRun=$work/tool/jobdescgen")
clang=$(command -v clang || command -v clang-14 || true)
if [ -n "$clang" ]; then
  dotnet publish src/JobDescGen.Cli -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker="$(basename "$clang")" -o "$work/tool-aot" >/dev/null
  variants+=("NativeAOT=$work/tool-aot/jobdescgen")
fi
dotnet build benchmarks/JobDescGen.ProfileGenerator -c Release >/dev/null
generator="dotnet benchmarks/JobDescGen.ProfileGenerator/bin/Release/net10.0/JobDescGen.ProfileGenerator.dll"
echo "variants: ${variants[*]%%=*}"

profiles() { # profiles COUNT -> folder of COUNT synthetic profiles (4 levels each)
  local dir="$work/profiles-$1"
  [ -d "$dir" ] || $generator "$dir" "$1" 2>/dev/null
  echo "$dir"
}

# PDF when this build of the tool has it: an unknown format is a usage error (exit 2).
tool="$work/tool/jobdescgen"
formats=md
set +e; "$tool" build --profiles "$(profiles 1)" --out "$work/probe" --formats pdf --check --quiet >/dev/null 2>&1; probe=$?; set -e
if [ "$probe" -ne 2 ]; then formats=md,pdf; fi
nformats=$(tr ',' '\n' <<<"$formats" | wc -l)
echo "formats: $formats"
p100=$(profiles 100)

# compare NAME PREPARE ARGS...: one hyperfine run over every variant, then documents per second.
compare() {
  local name=$1 prepare=$2 documents=$3; shift 3
  local commands=()
  for variant in "${variants[@]}"; do commands+=(-n "${variant%%=*}" "${variant#*=} $*"); done
  local extra=(); [ -n "$prepare" ] && extra=(--prepare "$prepare")
  hyperfine --runs "$runs" --warmup 1 "${extra[@]}" --export-json "$work/$name.json" "${commands[@]}" | grep -E '^Benchmark|Time|Range'
  python3 - "$work/$name.json" "$documents" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(f"  {result['command']}: {int(sys.argv[2]) / result['mean']:.0f} documents/s ({sys.argv[2]} in {result['mean']:.3f} s, process start included)")
PY
}

echo; echo "== 1. documents per second (100 profiles x 4 levels = 400 documents per format, full build)"
for format in ${formats//,/ }; do
  uptime
  compare "throughput-$format" "rm -rf $work/out-$format" 400 build --profiles "$p100" --out "$work/out-$format" --formats "$format" --quiet
done

echo; echo "== 2. 100 profiles x 4 levels x ($formats) = $(( 400 * nformats )) documents from an empty folder"; uptime
compare full "rm -rf $work/out-full" $(( 400 * nformats )) build --profiles "$p100" --out "$work/out-full" --formats "$formats" --quiet

echo; echo "== 3. peak memory and wall time by document count ($formats), one run each"; uptime
printf '%-11s %-10s %-9s %-8s %-10s\n' variant documents profiles wall_s max_rss_MB
for variant in "${variants[@]}"; do
  for documents in 8 104 400 1000 2000 4000; do
    count=$(( (documents + 4 * nformats - 1) / (4 * nformats) ))
    dir=$(profiles "$count")
    rm -rf "$work/out-mem"
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "${variant#*=}" build --profiles "$dir" --out "$work/out-mem" --formats "$formats" --quiet
    read -r wall rss <"$work/time.txt"
    printf '%-11s %-10s %-9s %-8s %-10s\n' "${variant%%=*}" "$(( count * 4 * nformats ))" "$count" "$wall" "$(( rss / 1024 ))"
  done
done

echo; echo "== 4. no-change incremental rebuild of $(( 400 * nformats )) documents"; uptime
rm -rf "$work/out-inc"
"$tool" build --profiles "$p100" --out "$work/out-inc" --formats "$formats" --quiet
compare incremental "" $(( 400 * nformats )) build --profiles "$p100" --out "$work/out-inc" --formats "$formats" --quiet

echo; echo "== 5. one cold generate --level A1 --format ${formats##*,} (bundled profile)"; uptime
format=${formats##*,}
cold=(-n "JIT only" "$work/tool-jit/jobdescgen generate --level A1 --format $format --output $work/cold-jit.$format"
  -n "ReadyToRun" "$tool generate --level A1 --format $format --output $work/cold-r2r.$format"
  -n "ReadyToRun, TieredPGO off" "DOTNET_TieredPGO=0 $tool generate --level A1 --format $format --output $work/cold-r2r.$format"
  -n "ReadyToRun, TC_QuickJitForLoops off" "DOTNET_TC_QuickJitForLoops=0 $tool generate --level A1 --format $format --output $work/cold-r2r.$format")
[ -n "$clang" ] && cold+=(-n "NativeAOT" "$work/tool-aot/jobdescgen generate --level A1 --format $format --output $work/cold-aot.$format")
hyperfine --runs $(( runs * 2 )) --warmup 2 --export-json "$work/cold.json" "${cold[@]}" | grep -E '^Benchmark|Time|Range|±'
cmp "$work/cold-jit.$format" "$work/cold-r2r.$format" && echo "JIT-only and ReadyToRun write identical bytes"
[ -n "$clang" ] && cmp "$work/cold-r2r.$format" "$work/cold-aot.$format" && echo "ReadyToRun and Native AOT write identical bytes"
uptime
