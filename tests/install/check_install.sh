#!/usr/bin/env bash
# Installs the build into a fresh prefix, moves the prefix, and checks that
# the installed tools still find their templates (they look relative to
# their own location) and that the documentation is installed.
# usage: check_install.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
mv "$work/prefix" "$work/moved"
bin="$work/moved/bin"

for tool in procure procure-check procure-init procure-render procure-dialogue; do
  [ -x "$bin/$tool" ] || { echo "FAIL: $tool not installed"; exit 1; }
done
[ -f "$work/moved/share/doc/procure/case-format.md" ] || { echo "FAIL: docs not installed"; exit 1; }
[ -f "$work/moved/share/doc/procure/examples/kmd-2018-prosessbistand/case.yaml" ] || { echo "FAIL: examples not installed"; exit 1; }
[ -f "$work/moved/share/man/man1/procure-check.1.gz" ] || { echo "FAIL: manual pages not installed"; exit 1; }
[ -f "$work/moved/share/man/nn/man1/procure-render.1.gz" ] || { echo "FAIL: Nynorsk manual pages not installed"; exit 1; }
[ -L "$work/moved/share/bash-completion/completions/procure-check" ] || { echo "FAIL: bash completion not installed"; exit 1; }

cd "$work"
"$bin/procure" init new-case --today 2026-11-26 --lang nb >/dev/null
"$bin/procure" check new-case >/dev/null
"$bin/procure-check" "$work/moved/share/doc/procure/examples/kmd-2018-prosessbistand" >/dev/null
# The document templates and their stylesheet are found from the moved prefix too.
"$bin/procure-render" tender-documents "$work/moved/share/doc/procure/examples/kmd-2018-prosessbistand" \
    --lang nn --today 2018-04-16 --out "$work/kg.html" >/dev/null
grep -q "<style>" "$work/kg.html" || { echo "FAIL: the HTML page has no stylesheet"; exit 1; }
"$bin/procure-dialogue" inputs "$work/moved/share/doc/procure/examples/innovasjonspris-2018" |
    grep -q "Fiktivøy kommune" || { echo "FAIL: the examples' dialogue folders are not installed"; exit 1; }
echo "1 passed, 0 failed"
