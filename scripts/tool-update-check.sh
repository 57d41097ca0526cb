#!/usr/bin/env bash
# Checks the README's reinstall advice: a build packed with a higher dev suffix is what
# 'dotnet tool update --prerelease' installs, and 'jobdescgen --version' says so.
# Packs the top-level package and this platform's linux-x64 package twice (-p:VersionSuffix=dev.1,
# then dev.2) into a scratch feed, installs dev.1 with --tool-path, updates, reads --version.
# The linux-x64 package is packed framework-dependent (-p:PublishAot=false) to keep this quick:
# what is checked is NuGet's versioning, which is the same for the AOT package.
#
#   scripts/tool-update-check.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
feed=$work/feed tools=$work/tools
rm -rf "$feed" "$tools" && mkdir -p "$feed"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# A private package cache: NuGet keeps the first package of a version it saw, which is what the
# README warns about; this check must not be fooled by (or fill) the user's cache.
export NUGET_PACKAGES=$work/packages
prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)

pack() {
  dotnet pack src/JobDescGen.Cli -c Release -o "$feed" -p:VersionSuffix="$1" >/dev/null
  dotnet pack src/JobDescGen.Cli -c Release -r linux-x64 -p:PublishAot=false -o "$feed" -p:VersionSuffix="$1" >/dev/null
}

pack dev.1
dotnet tool install JobDescGen.Tool --tool-path "$tools" --add-source "$feed" --prerelease >/dev/null
first=$("$tools/jobdescgen" --version)
pack dev.2
dotnet tool update JobDescGen.Tool --tool-path "$tools" --add-source "$feed" --prerelease >/dev/null
second=$("$tools/jobdescgen" --version)

status=0
case "$first" in "$prefix-dev.1"*) echo "ok   - installed: $first" ;; *) echo "FAIL - installed '$first', not $prefix-dev.1"; status=1 ;; esac
case "$second" in "$prefix-dev.2"*) echo "ok   - after 'dotnet tool update --prerelease': $second" ;; *) echo "FAIL - after the update: '$second', not $prefix-dev.2"; status=1 ;; esac
exit "$status"
