#!/usr/bin/env bash
# The Debian package (installer/packaging.cmake) as a steward's machine gets it: built with
# `cpack -G DEB` from the build tree, its control data and files inspected, its dependencies
# resolved against the machine's package lists (apt-get --simulate), the .desktop entry and the
# AppStream metainfo validated, then the binaries run from the extracted tree: concordctl
# --version and init-demo, and the console started offscreen on that demo (--smoke-test).
# Usage: check_deb.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if ! (cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack -G DEB failed"
fi
deb="$(ls "$work"/out/*.deb)"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info="$(dpkg-deb -f "$deb" Package Version Architecture Depends Recommends)"
echo "$info"
grep -qx "Package: concord" <<<"$info" || fail "package name"
grep -qx "Version: $version" <<<"$info" || fail "version is not the project's ($version)"
depends="$(dpkg-deb -f "$deb" Depends)"
# The SQL drivers and the SVG icon engine are plugins shlibdeps cannot see; the rest it must find.
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6svg6 libqt6core6 libqt6widgets6 libqt6charts6 \
           libqt6sql6 libyaml-cpp libxlsxwriter libssl3 libqt6keychain; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for f in ./usr/bin/concord ./usr/bin/concordctl \
         ./usr/share/applications/io.concord.Concord.desktop \
         ./usr/share/metainfo/io.concord.Concord.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.concord.Concord.svg \
         ./usr/share/doc/concord/README.md ./usr/share/doc/concord/docs/logs.md; do
  grep -qx "$f" <<<"$contents" || fail "the package lacks $f"
done
if grep -E '^\./usr/bin/(tst_|bench_|fuzz_)' <<<"$contents"; then fail "test binaries in the package"; fi

# Installable here: every dependency resolves from the machine's package lists.
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt cannot install it"; }

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.concord.Concord.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.concord.Concord.metainfo.xml" >"$work/as.log" 2>&1 \
  || { cat "$work/as.log" >&2; fail "AppStream metainfo"; }
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/io.concord.Concord.metainfo.xml" || fail "metainfo release"

# The installed binaries run: no private build-tree paths, the version from one place.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
export CONCORD_KEYCHAIN=off CONCORD_SECRETS_DIR="$work/secrets" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
got="$("$root/usr/bin/concordctl" --version)"
[ "$got" = "concordctl $version" ] || fail "concordctl --version said '$got'"
got="$("$root/usr/bin/concord" --version)"
grep -q "$version" <<<"$got" || fail "concord --version said '$got'"
"$root/usr/bin/concordctl" --log-level none init-demo "$work/demo" >/dev/null
title="$(timeout 120 "$root/usr/bin/concord" --smoke-test "$work/demo" 2>"$work/console.log")" \
  || { cat "$work/console.log" >&2; fail "the console did not come up"; }
echo "console: $title"
grep -q "ACME" <<<"$title" || fail "the console's title does not name the demo workspace: $title"
echo "ok"
