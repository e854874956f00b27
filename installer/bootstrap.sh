#!/usr/bin/env bash
# Sets up a Debian 12 machine for Concord and builds it.
#
#   installer/bootstrap.sh demo [DIR]   install what is missing, build, create the demo workspace
#                                       in DIR (default: ./demo-workspace) if absent, launch the console
#   installer/bootstrap.sh test         install what is missing, build the default and the
#                                       AddressSanitizer/UBSan presets, run every test in both,
#                                       then run the fuzzers for 60 s each
#   installer/bootstrap.sh fuzz [SECS]  install what is missing, build the fuzz targets with clang
#                                       and run each for SECS seconds (default 60)
#   installer/bootstrap.sh deps         only install the Debian packages
#   installer/bootstrap.sh build        install what is missing and build the default preset
#
# Environment: JOBS (parallel build jobs, default: number of cores), CONCORD_SKIP_APT=1 to skip apt,
# FUZZ_SECONDS (seconds per fuzz target in `test`, default 60).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="${JOBS:-$(nproc)}"

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6
  libqt6opengl6-dev libsqlite3-dev libxkbcommon-dev libgl-dev libyaml-cpp-dev libssl-dev libxlsxwriter-dev qtkeychain-qt6-dev
  xvfb xauth fonts-wqy-microhei
  # gui_screenshot (tests/gui): the console started under Xvfb, found and captured
  xdotool imagemagick
  # tst_keychain: QtKeychain against a real Secret Service in a private D-Bus session
  dbus-bin dbus-daemon gnome-keyring libsecret-1-0
  # tst_schedule: cron next-fire times checked against a reference implementation
  python3 python3-croniter
  # libFuzzer (tests/fuzz): clang's runtime libraries are only a Recommends of clang; llvm-14 brings
  # llvm-symbolizer, for readable sanitizer reports.
  clang libclang-rt-14-dev llvm-14
  # tst_export reads exports back: the XLSX's cells with xlsx2csv, its sheet XML with unzip
  xlsx2csv unzip
  # bench_diff compares against sqldiff
  sqlite3-tools
  # tests/package: the .deb built (dpkg-shlibdeps), its .desktop entry and AppStream metainfo
  # validated, and the Windows installer script compiled with makensis
  dpkg-dev desktop-file-utils appstream nsis
  # PostgreSQL connector: Qt's QPSQL driver, libpq for COPY and logical decoding; tst_postgres and
  # the benchmarks start their own server from postgresql-15 (wal2json for logical decoding)
  libqt6sql6-psql libpq-dev postgresql-15 postgresql-15-wal2json
  # MySQL/MariaDB connector: Qt's QMYSQL driver, MariaDB Connector/C for binary-log capture;
  # tst_mysql starts its own mariadb-server
  libqt6sql6-mysql libmariadb-dev mariadb-server mariadb-client
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_deps() {
  if [ "${CONCORD_SKIP_APT:-0}" = 1 ]; then
    return
  fi
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages: all present"
    return
  fi
  say "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  local preset="$1"
  say "Configuring and building ($preset)"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
}

run_tests() {
  local preset="$1"
  say "Running the tests ($preset)"
  ctest --preset "$preset" -j "$jobs" --timeout 900
}

run_fuzz() {
  JOBS="$jobs" bash tests/fuzz/run_fuzz.sh "$1"
}

command="${1:-}"
case "$command" in
  deps)
    install_deps
    ;;
  build)
    install_deps
    build default
    ;;
  demo)
    install_deps
    build default
    dir="${2:-$here/demo-workspace}"
    if [ ! -f "$dir/workspace.yaml" ]; then
      say "Creating the demo workspace in $dir"
      build/default/app/concordctl --log-level warning init-demo "$dir"
    fi
    say "Launching the console on $dir"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: run it under a desktop session, or try: xvfb-run -a build/default/app/concord \"$dir\""
    fi
    exec build/default/app/concord "$dir"
    ;;
  test)
    install_deps
    # Integration tests start PostgreSQL themselves; here a missing server is a failure, not a skip.
    export CONCORD_REQUIRE_SERVERS=1
    build default
    run_tests default
    build asan
    run_tests asan
    run_fuzz "${FUZZ_SECONDS:-60}"
    say "All tests passed in both presets, and the fuzzers found nothing"
    ;;
  fuzz)
    install_deps
    run_fuzz "${2:-60}"
    ;;
  *)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
