#!/usr/bin/env bash
# The generated manual pages render without a warning, and each lists
# exactly the options the tool's --help lists (they come from the same
# definitions: this catches the two drifting apart).
# usage: check_man_pages.sh BUILD_DIR
set -euo pipefail
build=$1
man_dir=$build/share/man
bin=$build/bin
failures=0 checks=0 pages=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
export LANG=C.UTF-8 MANWIDTH=80

for page in "$man_dir"/man1/*.1.gz "$man_dir"/nb/man1/*.1.gz "$man_dir"/nn/man1/*.1.gz; do
  pages=$((pages + 1)) checks=$((checks + 1))
  warnings=$( { man --warnings -l "$page" >/dev/null; } 2>&1)
  warnings+=$(zcat "$page" | groff -man -ww -k -Tutf8 -z 2>&1)
  [ -z "$warnings" ] || fail "$page: $warnings"
done

# --help's option lines: "  -f,--format TEXT ..." or "  --json ...".
help_options() { grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' || true; }
# The manual's tagged paragraphs: "       -f, --format ..." or "       --json ...".
man_options() { grep -oE '^       (-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' || true; }

tools=$("$bin/procure" --help | awk '/^Tools:/ {on = 1; next} on && NF == 0 {exit} on {print $1}')
for tool in $tools; do
  page=$man_dir/man1/procure-$tool.1.gz
  checks=$((checks + 1))
  [ -f "$page" ] || { fail "no manual page for $tool"; continue; }
  help=$("$bin/procure-$tool" --help --lang en)
  # A tool with commands: their options too.
  commands=$(awk '/^(Sub)?[Cc]ommands:/ {on = 1; next} on && NF == 0 {exit} on {print $1}' <<<"$help")
  from_help=$( { help_options <<<"$help"; for c in $commands; do "$bin/procure-$tool" "$c" --help --lang en | help_options; done; } | sort -u)
  from_man=$(man -l "$page" | man_options | sort -u)
  [ "$from_help" = "$from_man" ] ||
    fail "procure-$tool: --help and the manual page list different options:
$(diff <(echo "$from_help") <(echo "$from_man") || true)"
  man -l "$page" | grep -q "^EXIT CODES" || fail "procure-$tool: no exit codes section"
done
# procure and each tool its --help lists, in en, nb and nn.
expected=$((3 * ($(wc -w <<<"$tools") + 1)))
[ "$pages" -eq "$expected" ] || fail "expected $expected pages (procure and its tools in en, nb and nn), found $pages"
echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
