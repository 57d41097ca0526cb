#!/usr/bin/env bash
# Benchmarks `jobdescgen build` and a cold `generate` of the published tool on synthetic profiles.
#
#   benchmarks/build-bench.sh [WORK_DIR]        (default: /tmp/jobdescgen-bench)
#
# Needs hyperfine (Debian: apt-get install -y hyperfine) and GNU time (/usr/bin/time).
# Measures, with the numbers the issue sets as targets:
#   1. documents per second of md and of pdf in `build` (400 documents each, full rebuild)
#   2. wall time of 100 profiles x 4 levels x (md + pdf) = 800 documents, from an empty folder
#   3. peak memory (max RSS) and wall time from ~10 to 2,000 documents
#   4. a no-change incremental rebuild of 800 documents
#   5. a single cold `generate --level A1 --format pdf`: JIT-only publish vs ReadyToRun vs Native AOT
#      (AOT only when a clang is installed: Debian's clang-14 works), TieredPGO and loop JIT settings
# The machine is shared: `uptime` is printed before each part, since load skews every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true SOURCE_DATE_EPOCH=1764288000

work=${1:-/tmp/jobdescgen-bench}
runs=${RUNS:-5}
mkdir -p "$work"
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }

echo "== publish (ReadyToRun, and JIT-only for comparison)"
dotnet publish src/JobDescGen.Cli -c Release -r linux-x64 --self-contained false -o "$work/tool" >/dev/null
dotnet publish src/JobDescGen.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=false -o "$work/tool-jit" >/dev/null
dotnet build benchmarks/JobDescGen.ProfileGenerator -c Release >/dev/null
clang=$(command -v clang || command -v clang-14 || true)
if [ -n "$clang" ]; then
  echo "(Native AOT with $clang)"
  dotnet publish src/JobDescGen.Cli -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker="$(basename "$clang")" -o "$work/tool-aot" >/dev/null
fi
tool="$work/tool/jobdescgen"
generator="dotnet benchmarks/JobDescGen.ProfileGenerator/bin/Release/net10.0/JobDescGen.ProfileGenerator.dll"

profiles() { # profiles COUNT -> folder of COUNT synthetic profiles (4 levels each)
  local dir="$work/profiles-$1"
  [ -d "$dir" ] || $generator "$dir" "$1" 2>/dev/null
  echo "$dir"
}

p100=$(profiles 100)

# PDF when this build of the tool has it: an unknown format is a usage error (exit 2).
formats=md
set +e; "$tool" build --profiles "$(profiles 1)" --out "$work/probe" --formats pdf --check --quiet >/dev/null 2>&1; probe=$?; set -e
if [ "$probe" -ne 2 ]; then formats=md,pdf; fi
nformats=$(tr ',' '\n' <<<"$formats" | wc -l)
echo "formats: $formats"

echo; echo "== 1. documents per second (100 profiles x 4 levels = 400 documents per format, full build)"; uptime
for format in ${formats//,/ }; do
  hyperfine --runs "$runs" --warmup 1 --export-json "$work/throughput-$format.json" \
    --prepare "rm -rf $work/out-$format" \
    "$tool build --profiles $p100 --out $work/out-$format --formats $format --quiet" | grep -E 'Time|Range'
  mean=$(python3 -c "import json;print(json.load(open('$work/throughput-$format.json'))['results'][0]['mean'])")
  python3 -c "print(f'$format: {400/$mean:.0f} documents/s (400 in {$mean:.3f} s, process start included)')"
done

echo; echo "== 2. 100 profiles x 4 levels x ($formats) from an empty folder"; uptime
hyperfine --runs "$runs" --warmup 1 --export-json "$work/full.json" \
  --prepare "rm -rf $work/out-full" \
  "$tool build --profiles $p100 --out $work/out-full --formats $formats --quiet" | grep -E 'Time|Range'

echo; echo "== 3. peak memory and wall time by document count ($formats)"; uptime
printf '%-10s %-10s %-10s %-10s\n' documents profiles wall_s max_rss_MB
for documents in 8 104 400 1000 2000 4000; do
  count=$(( (documents + 4 * nformats - 1) / (4 * nformats) ))
  dir=$(profiles "$count")
  rm -rf "$work/out-mem"
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$tool" build --profiles "$dir" --out "$work/out-mem" --formats "$formats" --quiet
  read -r wall rss <"$work/time.txt"
  printf '%-10s %-10s %-10s %-10s\n' "$(( count * 4 * nformats ))" "$count" "$wall" "$(( rss / 1024 ))"
done

echo; echo "== 4. no-change incremental rebuild of $(( 100 * 4 * nformats )) documents"; uptime
rm -rf "$work/out-inc"
"$tool" build --profiles "$p100" --out "$work/out-inc" --formats "$formats" --quiet
hyperfine --runs $(( runs * 2 )) --warmup 1 --export-json "$work/incremental.json" \
  "$tool build --profiles $p100 --out $work/out-inc --formats $formats --quiet" | grep -E 'Time|Range'

echo; echo "== 5. one cold generate --level A1 (bundled profile)"; uptime
format=${formats##*,}
hyperfine --runs $(( runs * 2 )) --warmup 2 --export-json "$work/cold.json" \
  -n "JIT only" "$work/tool-jit/jobdescgen generate --level A1 --format $format --output $work/cold.$format" \
  -n "ReadyToRun" "$tool generate --level A1 --format $format --output $work/cold.$format" \
  -n "ReadyToRun, TieredPGO off" "DOTNET_TieredPGO=0 $tool generate --level A1 --format $format --output $work/cold.$format" \
  -n "ReadyToRun, TC_QuickJitForLoops off" "DOTNET_TC_QuickJitForLoops=0 $tool generate --level A1 --format $format --output $work/cold.$format" \
  | grep -E '^Benchmark|Time|Range|±'

if [ -n "$clang" ]; then
  echo; echo "== 6. Native AOT: cold generate, and the 400-document $format build"; uptime
  hyperfine --runs $(( runs * 2 )) --warmup 2 \
    -n "AOT generate" "$work/tool-aot/jobdescgen generate --level A1 --format $format --output $work/cold-aot.$format" | grep -E 'Time|Range'
  cmp "$work/cold.$format" "$work/cold-aot.$format" && echo "AOT and ReadyToRun write identical bytes"
  hyperfine --runs "$runs" --warmup 1 --prepare "rm -rf $work/out-aot" \
    -n "AOT build" "$work/tool-aot/jobdescgen build --profiles $p100 --out $work/out-aot --formats $format --quiet" \
    -n "ReadyToRun build" "$tool build --profiles $p100 --out $work/out-aot --formats $format --quiet" | grep -E '^Benchmark|Time|Range|±'
fi
uptime
