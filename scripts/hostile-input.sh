#!/usr/bin/env bash
# Runs the built tool as a user would against the attacks of issue 12 (devices, FIFOs, links,
# deep YAML, runaway templates and themes, a document over 1 MiB, concurrent builds) and checks
# the exit code of each: never 70 (a bug), never a hang (each run has a 60 s timeout), never a
# replaced device; since the new-user trial also a backtracking regular expression in a template
# and --output /dev/stderr. Prints one line per attack with its exit code and seconds. Needs Linux (mkfifo).
#
#   scripts/hostile-input.sh [PATH-TO-jobdescgen.dll]   (default: the Debug build; a relative
#                                                        path is taken from the current folder)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dll=${1:-$root/src/JobDescGen.Cli/bin/Debug/net10.0/jobdescgen.dll}
[ -f "$dll" ] || { echo "no tool at $dll: build it first (dotnet build src/JobDescGen.Cli)"; exit 1; }
# The attacks run in a scratch folder: resolve the path before leaving this one.
dll=$(cd "$(dirname "$dll")" && pwd)/$(basename "$dll")
echo "tool: $dll"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
failures=0

# expect NAME WANTED-EXIT COMMAND...: runs the tool, compares the exit code.
expect() {
  local name=$1 wanted=$2
  shift 2
  local start=$SECONDS
  timeout 60 dotnet "$dll" "$@" >"$scratch/out.txt" 2>"$scratch/err.txt"
  local code=$?
  local verdict=ok
  if [ "$code" != "$wanted" ]; then
    verdict="FAIL (wanted $wanted)"
    failures=$((failures + 1))
    head -c 400 "$scratch/err.txt"
  fi
  printf '%-48s exit %3s  %3ss  %s\n' "$name" "$code" $((SECONDS - start)) "$verdict"
}

fresh() { rm -rf "$scratch/$1" && cp -r "$root/profiles" "$scratch/$1"; }

# 1. A device as output stays a device.
expect "generate --output /dev/null" 0 generate -p "$root/profiles" --level A1 --output /dev/null
[ -c /dev/null ] || { echo "FAIL: /dev/null is no longer a device"; failures=$((failures + 1)); }

# 2. Deep nesting.
fresh deep && python3 -c "print('level: A1\nx: ' + '['*30000 + ']'*30000)" >deep/leidinggevende/levels/A1.yaml
expect "30,000 brackets in a level file" 1 validate deep

# 3. Exponential template.
mkdir -p slow && echo '{{ func f(n); if n > 0; f(n-1); f(n-1); end; end; f(40) }}' >slow/job-description.md.sbn
expect "exponential template (generate)" 1 generate -p "$root/profiles" --level A1 --templates slow -o -
expect "exponential template (build, 4 documents)" 1 build -p "$root/profiles" --templates slow --out slow-out --formats md

# 4. A document over 1 MiB is written whole.
fresh big && python3 - <<'EOF'
p = 'big/leidinggevende/profile.yaml'
s = open(p).read()
big = ' '.join('woord%d' % i for i in range(160000))
open(p, 'w').write(s.replace('version: "1.0"', 'version: "%s"' % big))
EOF
expect "a 1.8 MB document" 0 generate -p big --level A1 -o big.md
grep -q 'woord159999' big.md && grep -q 'specialisatie' big.md || { echo "FAIL: the big document was cut"; failures=$((failures + 1)); }

# 5. Links inside --out.
mkdir -p elsewhere out-link && ln -s "$scratch/elsewhere" out-link/A1
expect "--name through a linked out/A1" 1 build -p "$root/profiles" --out out-link --formats md --name '{level}/{profile}.{ext}'
[ -z "$(ls -A elsewhere)" ] || { echo "FAIL: wrote through the link"; failures=$((failures + 1)); }
expect "build into a fresh folder" 0 build -p "$root/profiles" --out out-usr --formats md
ln -s /usr out-usr/usr
expect "out/usr -> /usr: build" 0 build -p "$root/profiles" --out out-usr --formats md
expect "out/usr -> /usr: --check (one extra entry)" 1 build -p "$root/profiles" --out out-usr --formats md --check

# 6. FIFOs, devices and secrets.
fresh fifo && mkfifo fifo/leidinggevende/levels/D.yaml
expect "a FIFO as a level file" 1 validate fifo
fresh zero && ln -s /dev/zero zero/leidinggevende/levels/D.yaml
expect "a level file linked to /dev/zero" 1 validate zero
fresh environ && ln -s /proc/self/environ environ/leidinggevende/levels/D.yaml
expect "a level file linked to /proc/self/environ" 1 validate environ
grep -q 'PATH=' "$scratch/err.txt" && { echo "FAIL: the environment was echoed"; failures=$((failures + 1)); }

# 7. A theme within its ranges that leaves no room.
mkdir -p theme && printf 'page:\n  margin_top: 60\n  margin_bottom: 60\n  margin_left: 60\n  margin_right: 60\nfont:\n  size: 24\n  line_height: 3\ntable:\n  first_column: 60\n  padding_x: 30\n  padding_y: 30\n' >theme/theme.yaml
expect "the issue's theme: validate" 1 validate -p "$root/profiles" --templates theme
expect "the issue's theme: generate --format pdf" 1 generate -p "$root/profiles" --level A1 --format pdf --templates theme -o theme.pdf

# 8. Two builds on one folder at once, then --check.
timeout 60 dotnet "$dll" build -p "$root/profiles" --out twice --force >/dev/null 2>&1 &
first=$!
expect "a second build on the same --out" 0 build -p "$root/profiles" --out twice --force
wait $first || { echo "FAIL: the first of two builds failed"; failures=$((failures + 1)); }
expect "--check after two builds" 0 build -p "$root/profiles" --out twice --check

# 9. A regular expression that backtracks without end stays within the 5 s render limit (it ran 10.4 s).
mkdir -p regex && printf '# T\n{{ "%s!" | regex.match "^(a+)+$" }}\n' "$(printf 'a%.0s' $(seq 50))" >regex/job-description.md.sbn
expect "backtracking regular expression (generate)" 1 generate -p "$root/profiles" --level A1 --templates regex -o -

# 10. --output /dev/stderr is the error stream, also when the shell sends it to a file.
expect "--output /dev/stderr into a file" 0 generate -p "$root/profiles" --level A1 --output /dev/stderr
head -1 "$scratch/err.txt" | grep -q '^# Leidinggevende' || { echo "FAIL: /dev/stderr did not get the document"; failures=$((failures + 1)); }

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
