#!/usr/bin/env bash
# Approves received snapshots: renames every *.received.* under tests/ to *.verified.*.
# Review each received file first (git diff shows what changed once approved).
set -euo pipefail
cd "$(dirname "$0")"
find . -name '*.received.*' -not -path '*/bin/*' -not -path '*/obj/*' | while read -r file; do
  mv "$file" "${file/.received./.verified.}"
  echo "approved ${file/.received./.verified.}"
done
