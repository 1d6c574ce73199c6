#!/usr/bin/env bash
# Set-up, build and run for a fresh Debian machine. See README.md.
#
#   scripts/build.sh example   install what is missing, build, run the examples
#   scripts/build.sh test      install what is missing, build (plain and
#                              ASan+UBSan), run every test of both builds
#   scripts/build.sh deps      only install what is missing
#   scripts/build.sh build     install and build the default preset
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages only: the build downloads nothing else.
packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev python3 tzdata
  libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev
  libhowardhinnant-date-dev libkainjow-mustache-dev nlohmann-json3-dev libssl-dev
  python3-jsonschema python3-icalendar python3-holidays python3-dateutil tidy pandoc
  libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev
)

install_missing() {
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
}

# Tests run in a zone far from Oslo, so that any dependence on the machine's zone shows.
run_tests() {
  local preset=$1 zone=$2
  TZ="$zone" ctest --test-dir "build/$preset" --output-on-failure -j "$(nproc)"
}

case "${1:-}" in
  deps)
    install_missing
    ;;
  build)
    install_missing
    build default
    ;;
  example)
    install_missing
    build default
    export PATH="$PWD/build/default/bin:$PATH"
    out=build/example-output
    mkdir -p "$out"
    # Exit 1 means "found what you asked about" (a rule finding, something
    # due): part of what the example shows. 2 and 3 are failures.
    step() { echo; echo "\$ $*"; "$@" || [ $? -eq 1 ]; }
    step procure check examples/kmd-2018-prosessbistand examples/innovasjonspris-2018
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
    echo; echo "Documents written to $out/"
    ;;
  test)
    install_missing
    build default
    run_tests default America/St_Johns
    build asan
    run_tests asan Asia/Kolkata
    ;;
  *)
    echo "usage: scripts/build.sh example|test|deps|build" >&2
    exit 2
    ;;
esac
