#!/usr/bin/env bash
# The Windows installer script (installer/packaging.cmake, CPack's NSIS generator) compiles:
# `cpack -G NSIS` with makensis. The binaries inside are this machine's; on Windows the same
# configuration packages what windeployqt gathered (docs/packaging.md). Usage: check_nsis.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$build" && cpack -G NSIS -B "$work/out") >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  find "$work/out" -name 'NSISOutput.log' -exec tail -40 {} \; >&2 || true
  echo "FAIL: cpack -G NSIS failed" >&2
  exit 1
fi
exe="$(ls "$work"/out/*.exe)"
echo "installer: $(basename "$exe") ($(du -h "$exe" | cut -f1))"
# A Windows executable: the MZ header.
[ "$(head -c 2 "$exe")" = "MZ" ] || { echo "FAIL: not a Windows executable" >&2; exit 1; }
echo "ok"
