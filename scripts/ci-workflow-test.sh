#!/usr/bin/env bash
# Runs the shell steps of the job-descriptions action (.github/actions/job-descriptions/action.yml),
# in order, as GitHub would, against scratch git repositories that hold only profiles (and, in
# committed mode, their documents). Proves that the committed-documents check fails a stale, a
# missing and an extra document, passes an unchanged pull request (even on a merge commit dated
# later), never writes into the committed folder, and that artifact mode builds, reproduces and
# fails on a broken profile.
#
#   scripts/ci-workflow-test.sh [TOOL]   TOOL: a jobdescgen.dll, or an installed jobdescgen executable
#                                        (default: the Release build's dll, built if absent)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
action="$root/.github/actions/job-descriptions"
dll=${1:-$root/src/JobDescGen.Cli/bin/Release/net10.0/jobdescgen.dll}
if [ ! -f "$dll" ]; then
  dotnet build "$root/src/JobDescGen.Cli" -c Release -v q -nologo >/dev/null || { echo "could not build the tool"; exit 1; }
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin"
case "$dll" in
  *.dll) printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$dll" > "$scratch/bin/jobdescgen" ;;
  *) printf '#!/bin/sh\nexec "%s" "$@"\n' "$(readlink -f "$dll")" > "$scratch/bin/jobdescgen" ;;
esac
chmod +x "$scratch/bin/jobdescgen"

failures=0
pass() { echo "ok   - $1"; }
fail() { echo "FAIL - $1"; failures=$((failures + 1)); }

# The action's 'run:' lines, in order (each is one line; the test refuses anything else).
mapfile -t steps < <(sed -n "s/^ *run: '\(.*\)'$/\1/p" "$action/action.yml")
if [ "$(grep -c '^ *run:' "$action/action.yml")" -ne "${#steps[@]}" ] || [ "${#steps[@]}" -lt 4 ]; then
  echo "FAIL - action.yml has run: steps this script cannot read (each must be one quoted line)"
  exit 1
fi

# run_action REPO [MODE]: runs every step in the repository as GitHub does (each step in a fresh
# shell that sees what earlier steps wrote to GITHUB_ENV), stops at the first failing step, and
# returns its exit code. The output goes to $scratch/last.log.
run_action() {
  local repo=$1 mode=${2:-auto} runner
  runner=$(mktemp -d "$scratch/runner.XXXX")
  : > "$runner/env"
  local status=0
  for line in "${steps[@]}"; do
    (
      cd "$repo" || exit 1
      set -a
      # shellcheck disable=SC1091
      . "$runner/env"
      set +a
      export GITHUB_ACTIONS=true GITHUB_ACTION_PATH="$action" GITHUB_ENV="$runner/env" GITHUB_OUTPUT="$runner/output" \
        GITHUB_STEP_SUMMARY="$runner/summary" RUNNER_TEMP="$runner" GITHUB_WORKSPACE="$repo" \
        JD_INPUT_PROFILES=profiles JD_INPUT_OUT=docs/job-descriptions JD_INPUT_MODE="$mode" \
        JD_INPUT_FORMATS="" JD_INPUT_TEMPLATES="" JD_INPUT_TOOL="$scratch/bin/jobdescgen" \
        JD_INPUT_TOOL_VERSION="" JD_INPUT_TOOL_SOURCE=""
      eval "$line"
    ) >> "$scratch/last.log" 2>&1 || { status=$?; break; }
  done
  cp "$runner/summary" "$scratch/last-summary" 2>/dev/null || : > "$scratch/last-summary"
  return "$status"
}

expect() { # expect NAME WANT(pass|fail) REPO [MODE] [TEXT-THE-LOG-MUST-HOLD]
  local name=$1 want=$2 repo=$3 mode=${4:-auto} text=${5:-}
  : > "$scratch/last.log"
  if run_action "$repo" "$mode"; then got=pass; else got=fail; fi
  if [ "$got" != "$want" ]; then
    fail "$name: expected the action to $want, it did $got"; sed 's/^/       /' "$scratch/last.log" | tail -n 20
  elif [ -n "$text" ] && ! grep -q -- "$text" "$scratch/last.log"; then
    fail "$name: the log does not say '$text'"; sed 's/^/       /' "$scratch/last.log" | tail -n 20
  else
    pass "$name"
  fi
}

git_repo() { # git_repo DIR: a repository holding only the bundled profiles
  mkdir -p "$1" && cp -r "$root/profiles" "$1/" &&
    git -C "$1" init -q -b main && git -C "$1" config user.email ci@example.org && git -C "$1" config user.name ci &&
    git -C "$1" add -A && git -C "$1" commit -q -m "profiles"
}

# --- committed mode: a team that keeps its documents in git -------------------------------------
fresh="$scratch/fresh"
git_repo "$fresh"
(cd "$fresh" && "$scratch/bin/jobdescgen" build --profiles profiles --out docs/job-descriptions --quiet) &&
  git -C "$fresh" add -A && git -C "$fresh" commit -q -m "documents"
expect "committed: an unchanged pull request passes" pass "$fresh" auto "committed mode"
# GitHub checks out a merge commit dated now: pinned profile dates keep the documents equal.
GIT_COMMITTER_DATE="2031-01-01T12:00:00" git -C "$fresh" commit -q --allow-empty -m "merge commit, later"
expect "committed: a merge commit dated years later passes (the profiles pin date:)" pass "$fresh"

stale="$scratch/stale"
git clone -q "$fresh" "$stale"
sed -i 's/Leidinggevende/Teamleider/' "$stale/profiles/leidinggevende/profile.yaml"
git -C "$stale" -c user.email=ci@example.org -c user.name=ci commit -q -am "profile changed, documents not rebuilt"
expect "committed: a profile changed without rebuilding fails" fail "$stale" auto "stale"
if [ -z "$(git -C "$stale" status --porcelain)" ]; then pass "committed: the check wrote nothing into the checkout"; else fail "committed: the check changed the checkout: $(git -C "$stale" status --porcelain | head -3)"; fi
grep -q "::error\|stale" "$scratch/last.log" || fail "committed: no error line for the stale files"

missing="$scratch/missing"
git clone -q "$fresh" "$missing"
git -C "$missing" rm -q docs/job-descriptions/leidinggevende-A1.pdf
git -C "$missing" -c user.email=ci@example.org -c user.name=ci commit -q -m "a document deleted"
expect "committed: a missing document fails" fail "$missing" auto "missing"

extra="$scratch/extra"
git clone -q "$fresh" "$extra"
echo "old" > "$extra/docs/job-descriptions/old-role-A1.md"
git -C "$extra" add -A && git -C "$extra" -c user.email=ci@example.org -c user.name=ci commit -q -m "an extra file"
expect "committed: an extra file fails" fail "$extra" auto "extra"

added="$scratch/added-level"
git clone -q "$fresh" "$added"
sed 's/^level: A2/level: A3/' "$added/profiles/leidinggevende/levels/A2.yaml" > "$added/profiles/leidinggevende/levels/A3.yaml"
git -C "$added" add -A && git -C "$added" -c user.email=ci@example.org -c user.name=ci commit -q -m "a level added, documents not built"
expect "committed: a new level without its documents fails" fail "$added" auto "missing"

# --- artifact mode: documents are built in CI and uploaded ---------------------------------------
artifact="$scratch/artifact"
git_repo "$artifact"
expect "artifact: builds and proves the build reproducible" pass "$artifact" auto "reproducible"
if [ -f "$artifact/docs/job-descriptions/manifest.json" ]; then pass "artifact: the documents and manifest.json are there to upload"; else fail "artifact: nothing built"; fi

undated="$scratch/undated"
git_repo "$undated"
sed -i '/^date:/d' "$undated/profiles/leidinggevende/profile.yaml"
git -C "$undated" -c user.email=ci@example.org -c user.name=ci commit -q -am "no date"
expect "artifact: a profile without date: is pinned to the commit and reproduces" pass "$undated" auto "reproducible"

broken="$scratch/broken"
git_repo "$broken"
sed -i 's/^  supervisie:/  supervsie:/' "$broken/profiles/leidinggevende/levels/B.yaml"
git -C "$broken" -c user.email=ci@example.org -c user.name=ci commit -q -am "a typo"
expect "artifact: a broken profile fails the build" fail "$broken" auto "::error file="

expect "mode: an unknown mode is refused" fail "$fresh" sideways "mode must be"

echo "workflow test: $failures failed"
[ "$failures" -eq 0 ]
