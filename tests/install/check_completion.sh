#!/usr/bin/env bash
# Drives the generated bash completion as bash would (COMP_WORDS, COMP_CWORD)
# and checks what it offers: tools, commands, options, option values,
# document names and case folders.
# usage: check_completion.sh BUILD_DIR [COMPLETION_FILE]
set -uo pipefail
build=$1
script=${2:-$build/share/bash-completion/completions/procure}
bin=$build/bin
# shellcheck source=/dev/null
source "$script" || { echo "FAIL: $script does not load"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cases/2027-analyse" "$work/cases/2027-drift" "$work/notes" "$work/empty"
touch "$work/cases/2027-analyse/case.yaml" "$work/cases/2027-drift/case.yaml"
cd "$work"

passed=0 failed=0
# expect "WANT" WORD...: completing the last WORD offers exactly WANT (sorted, space-separated).
expect() {
  local want=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _procure
  local got
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//')
  if [ "$got" = "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: completing '$*': want '$want', got '$got'"
  fi
}

expect "check" "$bin/procure" ch
expect "dates dialogue" "$bin/procure" d
expect "add between holidays is-working-day rules week" "$bin/procure" dates ""
expect "import open rank sheet" "$bin/procure-score" ""
expect "--csv-dialect" "$bin/procure-score" rank --csv-d
expect "--lang" "$bin/procure-check" --la
expect "--lang" procure-check --la
expect "en nb nn" "$bin/procure" check --lang ""
expect "nb nn" "$bin/procure" check --lang = n
expect "docx" "$bin/procure" render -f d
expect "--json" "$bin/procure" score rank CASE --js
expect "--what-if" "$bin/procure-score" rank --w
expect "--json" "$bin/procure" messages --j
# Document names, asked of the tool; an option's value is not an argument.
expect "tender-documents" "$bin/procure" render --lang nb tend
expect "award-notice" "$bin/procure-render" aw
# Case folders: folders that hold case.yaml or hold cases, not others.
expect "cases" "$bin/procure" check ""
expect "cases/2027-analyse cases/2027-drift" "$bin/procure" render tender-documents cases/
expect "cases/2027-analyse cases/2027-drift" "$bin/procure-check" cases/2027-analyse cases/
expect "cases/2027-analyse" "$bin/procure" dialogue check cases/2027-a
# Without a case anywhere below, any folder, to go deeper.
expect "notes" "$bin/procure" status no
expect "cases empty notes" "$bin/procure" init ""
expect "empty" "$bin/procure" render tender-documents cases --out-dir em
# No argument after the last one a command takes.
expect "" "$bin/procure" dates week 2018-W16 ""

for tool in check init render score dates dialogue; do
  if complete -p "procure-$tool" >/dev/null 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: no completion registered for procure-$tool"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
