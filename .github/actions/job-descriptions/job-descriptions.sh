#!/usr/bin/env bash
# The shell steps of the job-descriptions action (action.yml beside this file), one subcommand per
# step. State passes between steps through $GITHUB_ENV, as on GitHub.
set -euo pipefail

step=${1:?usage: job-descriptions.sh setup|check-committed|build|reproduce}

tool() {
  # JD_TOOL is one command word, or "dotnet jobdescgen" for a local tool (word-split on purpose).
  # shellcheck disable=SC2086
  $JD_TOOL "$@"
}

options() {
  printf '%s\n' --profiles "$JD_PROFILES"
  if [ -n "${JD_FORMATS:-}" ]; then printf '%s\n' --formats "$JD_FORMATS"; fi
  if [ -n "${JD_TEMPLATES:-}" ]; then printf '%s\n' --templates "$JD_TEMPLATES"; fi
}

run_build() { # run_build OUT [extra options...]
  local out=$1; shift
  local args=()
  mapfile -t args < <(options)
  tool build "${args[@]}" --out "$out" "$@"
}

case "$step" in
  setup)
    profiles=${JD_INPUT_PROFILES:-profiles}
    out=${JD_INPUT_OUT:-out/job-descriptions}
    mode=${JD_INPUT_MODE:-auto}
    if [ ! -d "$profiles" ]; then
      echo "::error::the profiles folder '$profiles' does not exist (set the action's 'profiles' input)"
      exit 1
    fi

    # The tool: a given executable, the version pinned in .config/dotnet-tools.json, or the
    # version pinned in the action's input.
    if [ -n "${JD_INPUT_TOOL:-}" ]; then
      jd_tool=$JD_INPUT_TOOL
    elif [ -f .config/dotnet-tools.json ] && grep -qi '"jobdescgen.tool"' .config/dotnet-tools.json; then
      dotnet tool restore ${JD_INPUT_TOOL_SOURCE:+--add-source "$JD_INPUT_TOOL_SOURCE"}
      jd_tool="dotnet jobdescgen"
    else
      if [ -z "${JD_INPUT_TOOL_VERSION:-}" ]; then
        echo "::error::no tool version: add JobDescGen.Tool to .config/dotnet-tools.json (dotnet tool install --local JobDescGen.Tool) or set the action's 'tool-version' input"
        exit 1
      fi
      tool_path="$RUNNER_TEMP/jobdescgen-tool"
      dotnet tool install JobDescGen.Tool --version "$JD_INPUT_TOOL_VERSION" --tool-path "$tool_path" \
        ${JD_INPUT_TOOL_SOURCE:+--add-source "$JD_INPUT_TOOL_SOURCE"}
      jd_tool="$tool_path/jobdescgen"
    fi

    case "$mode" in
      auto)
        # Committed mode when git tracks anything in the documents folder.
        if [ -n "$(git ls-files -- "$out" | head -n 1)" ]; then mode=committed; else mode=artifact; fi ;;
      committed|artifact) ;;
      *) echo "::error::mode must be auto, committed or artifact, not '$mode'"; exit 1 ;;
    esac

    {
      echo "JD_TOOL=$jd_tool"
      echo "JD_PROFILES=$profiles"
      echo "JD_OUT=$out"
      echo "JD_MODE=$mode"
      echo "JD_FORMATS=${JD_INPUT_FORMATS:-}"
      echo "JD_TEMPLATES=${JD_INPUT_TEMPLATES:-}"
    } >> "$GITHUB_ENV"
    echo "mode=$mode" >> "${GITHUB_OUTPUT:-/dev/null}"
    echo "job descriptions: $mode mode, profiles '$profiles', documents '$out', tool '$jd_tool' ($($jd_tool --version))"
    ;;

  check-committed)
    [ "$JD_MODE" = committed ] || { echo "artifact mode: nothing committed to check"; exit 0; }
    # A profile without 'date:' shows the build day's date, so documents built on another day (or
    # on GitHub's merge commit of a pull request) differ: say so before the check fails on it.
    for profile in "$JD_PROFILES"/*/profile.yaml; do
      if [ -f "$profile" ] && ! grep -Eq '^date:' "$profile"; then
        echo "::warning file=$profile,line=1::no 'date:' in this profile: its committed documents only match a build run on the same day; add date: \"YYYY-MM-DD\""
      fi
    done
    # Compares the committed folder, as checked out, with what the build makes; writes nothing.
    # Fails on any missing, stale or extra file.
    run_build "$JD_OUT" --check
    ;;

  build)
    [ "$JD_MODE" = artifact ] || { echo "committed mode: the documents come from git, nothing to build"; exit 0; }
    # Profiles without a date of their own show this one. On a pull request the checkout is
    # GitHub's merge commit, dated now: fine here, where both builds of this run use it.
    if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
      SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
      export SOURCE_DATE_EPOCH
      echo "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH" >> "$GITHUB_ENV"
    fi
    # Exit 1 on any bad profile, after building all the others.
    run_build "$JD_OUT"
    ;;

  reproduce)
    [ "$JD_MODE" = artifact ] || { echo "committed mode: the check step compared with git"; exit 0; }
    rebuild="$RUNNER_TEMP/job-descriptions-rebuild"
    rm -rf "$rebuild"
    run_build "$rebuild" --force --quiet
    # Byte for byte, manifest included; then the tool's own comparison of the uploaded folder.
    diff -r "$JD_OUT" "$rebuild"
    run_build "$JD_OUT" --check --quiet
    echo "reproducible: a second build into $rebuild made the same bytes"
    ;;

  *)
    echo "unknown step '$step'" >&2
    exit 2
    ;;
esac
