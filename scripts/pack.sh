#!/usr/bin/env bash
# Packs every package of the tool into FEED (default: nupkg/), ready to push to a NuGet feed or to
# install from the folder:
#   JobDescGen.Tool              the top-level package: it lists the RID packages below, and
#                                'dotnet tool install' picks the one for the user's platform
#   JobDescGen.Tool.linux-x64    Native AOT (needs clang and zlib where it is packed; without
#                                them, framework-dependent ReadyToRun, with a warning)
#   JobDescGen.Tool.linux-arm64, .linux-musl-x64, .osx-arm64, .osx-x64, .win-x64, .win-x86
#                                framework-dependent, ReadyToRun (need the .NET 10 runtime)
#   JobDescGen.Tool.any          framework-dependent, for every other platform
# Native AOT cannot cross-compile, so each RID package is its own 'dotnet pack -r RID'.
#
#   scripts/pack.sh [FEED] [dotnet pack options...]   e.g. scripts/pack.sh nupkg -p:VersionSuffix=dev.7
set -euo pipefail
cd "$(dirname "$0")/.."
feed=${1:-nupkg}
shift || true
project=src/JobDescGen.Cli
mkdir -p "$feed"
started=$(mktemp) && trap 'rm -f "$started"' EXIT
dotnet pack "$project" -c Release -o "$feed" "$@"
for rid in $(sed -n 's:.*<ToolPackageRuntimeIdentifiers>\(.*\)</ToolPackageRuntimeIdentifiers>.*:\1:p' "$project/JobDescGen.Cli.csproj" | tr ';' ' '); do
  if ! dotnet pack "$project" -c Release -r "$rid" -o "$feed" "$@"; then
    [ "$rid" = linux-x64 ] || exit 1
    echo "warning: the Native AOT package for linux-x64 could not be built (is clang installed?); packing it framework-dependent with ReadyToRun" >&2
    dotnet pack "$project" -c Release -r "$rid" -p:PublishAot=false -o "$feed" "$@"
  fi
done
# Users get the tool, not its debug symbols (they made the AOT package 35 MB).
symbols=$(for package in $(find "$feed" -maxdepth 1 -name 'JobDescGen.Tool*.nupkg' -newer "$started"); do unzip -Z1 "$package" | sed -n "s|^\(.*\.\(pdb\|dbg\)\)$|$(basename "$package"): \1|p"; done)
if [ -n "$symbols" ]; then
  echo "error: the packages carry debug symbols:" >&2; echo "$symbols" >&2; exit 1
fi
ls -l "$feed"/JobDescGen.Tool*.nupkg
