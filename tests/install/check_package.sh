#!/usr/bin/env bash
# Builds the Debian package from a build configured for /usr (the package
# preset), installs it with dpkg into an empty root, and checks it there:
# every file in its FHS place, every shared library of every tool resolves on
# this system and comes from a package the .deb depends on, the installed
# tools find their templates and rules and check the installed examples, the
# manual pages render and name the installed folders, and the installed bash
# completion completes.
# usage: check_package.sh BUILD_DIR
set -euo pipefail
build=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 checks=0
check() {
  checks=$((checks + 1))
  if ! "$@"; then
    failures=$((failures + 1))
    echo "FAIL: $*"
  fi
}

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(echo "$work"/out/procure_*.deb)
[ -f "$deb" ] || { echo "FAIL: no package in $work/out"; exit 1; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# The package's control fields.
field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
check test "$(field Package)" = procure
check grep -q libicu <<<"$depends"
# The scoring sheets: written with libxlsxwriter, read with libzip and expat.
for library in libxlsxwriter libzip libexpat; do check grep -q "$library" <<<"$depends"; done
check grep -q pandoc <<<"$(field Recommends)"

# Every file in its place; the build's own generator is not shipped.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
outside=$(grep -vE '^/$|^/usr/$|^/usr/share/$|^/usr/share/doc/$|^/usr/bin/|^/usr/share/(procure|doc/procure|man|bash-completion)/' "$work/files" || true)
check test -z "$outside"
for path in /usr/bin/procure /usr/bin/procure-check /usr/share/procure/rules/ /usr/share/procure/templates/nb/ \
    /usr/share/doc/procure/README.md /usr/share/doc/procure/examples/kmd-2018-prosessbistand/case.yaml \
    /usr/share/man/man1/procure-check.1.gz /usr/share/man/nb/man1/procure-check.1.gz \
    /usr/share/bash-completion/completions/procure; do
  check grep -qxF "$path" "$work/files"
done
# procure and one link per tool declared in apps/tools.hpp.
check test "$(grep -c '^/usr/bin/.' "$work/files")" -eq "$(($(grep -c '^extern const ToolInfo' "$source_dir/apps/tools.hpp") + 1))"
check bash -c "! grep -q generate_manual '$work/files'"

# Installed into an empty root: dpkg knows nothing there, so dependencies are
# checked below against this system instead.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log=/dev/null --force-not-root --force-depends --force-script-chrootless \
  -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; exit 1; }
check test "$(dpkg --root="$root" -s procure | sed -n 's/^Status: //p')" = "install ok installed"

# Every shared library resolves, and each one a tool links directly comes from
# a package the .deb depends on (what those libraries need in turn, their own
# packages depend on). The tools are links to procure; each is checked as installed.
for tool in "$root"/usr/bin/*; do
  check bash -c "! ldd '$tool' | grep -q 'not found'"
  for soname in $(readelf -d "$tool" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    library=$(ldd "$tool" | awk -v name="$soname" '$1 == name {print $3}')
    owner=$(dpkg -S "$library" 2>/dev/null || dpkg -S "$(realpath "$library")" 2>/dev/null ||
      dpkg -S "/usr$library" 2>/dev/null || echo "none:")
    owner=${owner%%:*}
    if ! tr ',' '\n' <<<"$depends" | awk '{print $1}' | grep -qxF "$owner"; then
      failures=$((failures + 1))
      echo "FAIL: $(basename "$tool") needs $soname ($library) from $owner, which the package does not depend on ($depends)"
    fi
  done
done

# The installed tools find their data relative to themselves and check the installed examples.
examples=$root/usr/share/doc/procure/examples
check "$root/usr/bin/procure" check "$examples/kmd-2018-prosessbistand" "$examples/innovasjonspris-2018" --lang nb
check bash -c "'$root/usr/bin/procure-dates' rules 2018-04-29 | grep -q '1 300 000'"
(cd "$work" && check "$root/usr/bin/procure" render tender-documents "$examples/kmd-2018-prosessbistand" \
  --lang nn --today 2018-04-16 -o "$work/kg.html")
check grep -q "<style>" "$work/kg.html"

# The manual: found by name in the installed tree, in English and Bokmål,
# rendered without warnings, naming where the package put the data and docs.
export MANWIDTH=80
manual=$root/usr/share/man
warnings=$( { LANG=C.UTF-8 man --warnings -M "$manual" procure-check >"$work/man.txt"; } 2>&1)
check test -z "$warnings"
check grep -q "^EXIT CODES" "$work/man.txt"
check grep -q "/usr/share/procure/rules" "$work/man.txt"
# (man picks them by the locale, LANG=nb_NO.UTF-8, where that locale is installed.)
check grep -q "^AVSLUTNINGSKODER" <(LANG=C.UTF-8 man -l "$manual/nb/man1/procure-check.1.gz")
check grep -q "^AVSLUTNINGSKODAR" <(LANG=C.UTF-8 man -l "$manual/nn/man1/procure-check.1.gz")
# Every chapter of the guide that a page points to is installed.
for doc in $(zcat "$manual"/man1/*.1.gz | sed -n 's|.*/usr/share/doc/procure: README.md, \(.*\); .*|\1|p' | tr -d , | tr ' ' '\n' | sort -u); do
  check test -f "$root/usr/share/doc/procure/$doc"
done

# Bash completion, loaded as bash-completion loads it: by the command's name.
completion=$root/usr/share/bash-completion/completions
check test -L "$completion/procure-check"
check "$source_dir/tests/install/check_completion.sh" "$root/usr" "$completion/procure-render"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
