#!/usr/bin/env bash
# Tries the scripts of 'jobdescgen completion SHELL' in the real shells: each shell loads the
# script, then completes "jobdescgen generate --level " (the bundled profile's levels),
# "jobdescgen generate --format " (the registered formats), "jobdescgen gen" (the command) and
# the argument of generate, diff, preview and explain (the profile's id and the bundled job's id,
# jobs/ beside profiles/; overview takes no job).
#   bash: the completion function with the COMP_* variables bash sets on TAB;
#   zsh:  an interactive zsh (zpty) with compinit, typing the line and TAB;
#   pwsh: PowerShell's own completion engine, TabExpansion2.
#
#   scripts/completion-check.sh [JOBDESCGEN]   (default: the Release build, run with dotnet)
# A shell that is not installed is said and skipped (apt-get install zsh; dotnet tool install
# --global PowerShell). Exit: 0 all tried shells complete, 1 one does not, 3 no shell to try but bash.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The scripts call 'jobdescgen' by name: put one on PATH that runs the tool under test.
mkdir -p "$work/bin"
if [ $# -gt 0 ]; then
  printf '#!/bin/sh\nexec %q "$@"\n' "$1" > "$work/bin/jobdescgen"
else
  dotnet build "$root/src/JobDescGen.Cli" -c Release -v quiet -nologo >/dev/null || exit 1
  printf '#!/bin/sh\nexec dotnet %q "$@"\n' "$root/src/JobDescGen.Cli/bin/Release/net10.0/jobdescgen.dll" > "$work/bin/jobdescgen"
fi
chmod +x "$work/bin/jobdescgen"
export PATH="$work/bin:$PATH"
cd "$root"   # profiles/ holds the bundled profile: its levels are C, B, A1, A2

failures=0
job=teamleider-personeelsadministratie   # jobs/teamleider-personeelsadministratie.yaml
expect() { # SHELL WHAT OUTPUT WORD...
  local shell=$1 what=$2 output=$3; shift 3
  for word in "$@"; do
    if ! grep -qx -- "$word" <<<"$output"; then
      echo "FAIL - $shell: '$what' does not offer '$word'; it offered: $(tr '\n' ' ' <<<"$output")"
      failures=$((failures + 1)); return
    fi
  done
  echo "ok   - $shell: '$what' offers $*"
}

# bash: what bash sets before calling the function on TAB.
jobdescgen completion bash > "$work/completion.bash"
bash_complete() {
  bash -c 'source "$1"; COMP_LINE=$2; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<<"$COMP_LINE"
           [[ $COMP_LINE == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
           _jobdescgen_complete; printf "%s\n" "${COMPREPLY[@]}"' _ "$work/completion.bash" "$1"
}
expect bash "jobdescgen generate --level " "$(bash_complete 'jobdescgen generate --level ')" C B A1 A2
expect bash "jobdescgen generate --format " "$(bash_complete 'jobdescgen generate --format ')" md pdf docx html
expect bash "jobdescgen gen" "$(bash_complete 'jobdescgen gen')" generate
for command in generate diff preview explain; do
  expect bash "jobdescgen $command " "$(bash_complete "jobdescgen $command ")" leidinggevende "$job"
done

tried=0
# zsh: a real interactive shell in a pseudo-terminal, the completion system on, TAB pressed.
if command -v zsh >/dev/null; then
  tried=$((tried + 1))
  jobdescgen completion zsh > "$work/_jobdescgen"
  zsh_complete() { # LINE LAST-EXPECTED-WORD
    ZDOTDIR=$work zsh -f -c '
      zmodload zsh/zpty
      zpty -b shell "zsh -f -i"
      zpty -w shell "PS1=\"> \"; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
      zpty -w shell "zstyle \":completion:*\" list-rows-first true; setopt nolistbeep; LISTMAX=1000"
      zpty -w shell "cd $3"
      zpty -w -n shell "$2"$'"'"'\t'"'"'
      output=
      for i in {1..60}; do
        sleep 0.5
        while zpty -r -t shell chunk; do output+=$chunk; done
        [[ $output == *$4* ]] && break
      done
      print -r -- "$output"
      zpty -d shell' _ "$work" "$1" "$root" "$2" 2>/dev/null | tr -s ' \r' '\n\n' | sed 's/\x1b\[[0-9;]*[A-Za-z]//g'
  }
  expect zsh "jobdescgen generate --level " "$(zsh_complete 'jobdescgen generate --level ' A2)" C B A1 A2
  expect zsh "jobdescgen generate --format " "$(zsh_complete 'jobdescgen generate --format ' html)" md pdf docx html
  expect zsh "jobdescgen diff " "$(zsh_complete 'jobdescgen diff ' "$job")" leidinggevende "$job"
else
  echo "zsh: not installed (apt-get install zsh); not tried"
fi

# PowerShell: its own completion engine over the registered argument completer.
pwsh=$(command -v pwsh || { [ -x "$HOME/.dotnet/tools/pwsh" ] && echo "$HOME/.dotnet/tools/pwsh"; } || true)
if [ -n "$pwsh" ]; then
  tried=$((tried + 1))
  jobdescgen completion pwsh > "$work/completion.ps1"
  pwsh_complete() {
    # pwsh installed as a dotnet tool puts ~/.dotnet/tools first on its PATH, where an installed
    # jobdescgen would answer instead of the tool under test: put ours first again.
    "$pwsh" -NoProfile -NonInteractive -Command "
      \$env:PATH = '$work/bin' + [IO.Path]::PathSeparator + \$env:PATH
      . '$work/completion.ps1'
      \$line = '$1'
      (TabExpansion2 -inputScript \$line -cursorColumn \$line.Length).CompletionMatches | ForEach-Object { \$_.CompletionText }" 2>&1
  }
  expect pwsh "jobdescgen generate --level " "$(pwsh_complete 'jobdescgen generate --level ')" C B A1 A2
  expect pwsh "jobdescgen generate --format " "$(pwsh_complete 'jobdescgen generate --format ')" md pdf docx html
  expect pwsh "jobdescgen gen" "$(pwsh_complete 'jobdescgen gen')" generate
  expect pwsh "jobdescgen explain " "$(pwsh_complete 'jobdescgen explain ')" leidinggevende "$job"
else
  echo "pwsh: not installed (dotnet tool install --global PowerShell); not tried"
fi

[ "$failures" -eq 0 ] || exit 1
[ "$tried" -gt 0 ] || exit 3
