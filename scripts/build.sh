#!/usr/bin/env bash
# Set-up, build and run for a fresh Debian machine. See README.md.
#
#   scripts/build.sh example   install what building the tools needs, build the
#                              tools only (preset tools), run them on the examples
#   scripts/build.sh test      install everything, build (plain, ASan+UBSan and
#                              the Release package), run every test of each
#   scripts/build.sh package   build the Debian package (preset package) into
#                              build/package/packages/
#   scripts/build.sh documents install pandoc and LibreOffice (DOCX and PDF), then
#                              write the example's documents as DOCX and PDF
#   scripts/build.sh deps      only install what is missing for the tests
#   scripts/build.sh build     install and build the default preset
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages only: the build downloads nothing else.
# What building and running the tools needs, and nothing more.
tool_packages=(
  cmake ninja-build g++
  libcli11-dev libfmt-dev libyaml-cpp-dev libyaml-dev
  libhowardhinnant-date-dev nlohmann-json3-dev libssl-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev
  libzip-dev libxml2-dev libxlsxwriter-dev libexpat1-dev libmimalloc-dev libxxhash-dev
  pkg-config
)
# DOCX (pandoc) and PDF (LibreOffice from the DOCX, with fonts metric-compatible
# with Word's Calibri and Cambria): over 100 MB to fetch, so not in `example`.
document_packages=(
  pandoc libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea
)
# Making the Debian package: dpkg-shlibdeps finds its dependencies, file finds its programs.
package_packages=(dpkg-dev file)
# The tests, the sanitizer and fuzz builds (clang), the manual page checks, and
# eforms-validate (xmllint, Java and Saxon-HE) for the notices.eforms-validate test;
# DFØ's rules (notices.doffin-rules) are YAML.
test_packages=(
  clang libclang-rt-14-dev doctest-dev python3 tzdata
  python3-jsonschema python3-icalendar python3-holidays python3-dateutil tidy
  man-db groff-base poppler-utils python3-openpyxl
  libxml2-utils default-jre-headless libsaxonhe-java python3-yaml
)

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
all_packages=("${tool_packages[@]}" "${package_packages[@]}" "${test_packages[@]}"
  "${document_packages[@]}")

build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
}

# Tests run in a zone far from Oslo, so that any dependence on the machine's zone shows.
# Further arguments go to ctest.
run_tests() {
  local preset=$1 zone=$2
  shift 2
  TZ="$zone" ctest --test-dir "build/$preset" --output-on-failure -j "$(nproc)" "$@"
}

case "${1:-}" in
  deps)
    install_missing "${all_packages[@]}"
    ;;
  build)
    install_missing "${all_packages[@]}"
    build default
    ;;
  package)
    install_missing "${tool_packages[@]}" "${package_packages[@]}"
    build package
    (cd build/package && cpack >/dev/null)
    echo "Package: $(ls build/package/packages/procure_*.deb)"
    ;;
  example)
    install_missing "${tool_packages[@]}"
    build tools
    export PATH="$PWD/build/tools/bin:$PATH"
    out=build/example-output
    mkdir -p "$out"
    # Exit 1 means "found what you asked about" (a rule finding, something
    # due): part of what the example shows. 2 and 3 are failures.
    step() { echo; echo "\$ $*"; "$@" || [ $? -eq 1 ]; }
    step procure check examples/kmd-2018-prosessbistand examples/innovasjonspris-2018 examples/bergvik-2025-digital-byggesak
    step procure check examples/kmd-2019-rammeavtale examples/kmd-2019-rammeavtale/call-offs/avrop-2
    step procure status examples/kmd-2019-rammeavtale --now "2021-05-20 09:00"
    step procure score rank examples/kmd-2019-rammeavtale/call-offs/avrop-2
    step procure status examples --now "2018-05-20 09:00"
    step procure timeline examples/kmd-2018-prosessbistand
    step procure remind examples --within 14d --now "2018-05-20 09:00"
    step procure dialogue check examples/kmd-2018-prosessbistand
    step procure render tender-documents examples/kmd-2018-prosessbistand --lang nb \
      --today 2018-04-16 --out-dir "$out" -f md -f html --force
    step procure score rank examples/kmd-2018-prosessbistand
    step procure render evaluation-report examples/kmd-2018-prosessbistand --lang nb \
      --today 2018-06-04 --out-dir "$out" -f md -f html --force
    step procure render award-notice examples/kmd-2018-prosessbistand --lang nb \
      --today 2018-06-05 --out-dir "$out" -f md -f html --force
    step procure render rejection-letter examples/kmd-2018-prosessbistand --lang nb \
      --today 2018-06-05 --out-dir "$out" -f md -f html --force
    step procure notice cn examples/kmd-2018-prosessbistand --now "2018-04-16 09:00" \
      -o "$out/kmd-cn.xml" --force
    step procure notice cn examples/solvik-2025-renhold --lang nb --now "2025-02-03 09:00" \
      -o "$out/solvik-cn.xml" --force
    echo; echo "Documents written to $out/"
    ;;
  documents)
    install_missing "${tool_packages[@]}" "${document_packages[@]}"
    [ -x build/tools/bin/procure ] || build tools
    out=build/example-output
    mkdir -p "$out"
    for document in tender-documents evaluation-report; do
      build/tools/bin/procure render "$document" examples/kmd-2018-prosessbistand --lang nb \
        --today 2018-06-05 --out-dir "$out" -f docx -f pdf --force
    done
    ;;
  test)
    install_missing "${all_packages[@]}"
    build default
    run_tests default America/St_Johns
    build asan
    # The external checks of what the tools write (eForms notices through
    # eforms-validate, DOCX through LibreOffice) take minutes and test the
    # same output in every build: they run once, in the default build.
    run_tests asan Asia/Kolkata -LE 'eforms|office'
    # The optimised build warns differently (GCC at -O3): it must build clean
    # too, and its package must install and run.
    build package
    run_tests package Pacific/Auckland -LE 'eforms|office'
    ;;
  *)
    echo "usage: scripts/build.sh example|documents|test|package|deps|build" >&2
    exit 2
    ;;
esac
