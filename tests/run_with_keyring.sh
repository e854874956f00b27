#!/usr/bin/env bash
# Runs one test inside a private D-Bus session with its own unlocked gnome-keyring, so the OS
# keychain path (QtKeychain -> Secret Service) is tested for real on a headless machine. HOME and
# the XDG directories point at a temporary directory: the user's own keyrings are never touched.
# Needs the Debian packages dbus-bin, dbus-daemon, gnome-keyring and libsecret-1-0
# (installer/bootstrap.sh installs them).
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "run_with_keyring.sh: $tool is missing (Debian: dbus-bin, gnome-keyring)" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset CONCORD_KEYCHAIN
export CONCORD_REQUIRE_KEYCHAIN=1
# dbus-run-session ends the session bus (and the keyring daemon with it) when the test exits.
dbus-run-session -- bash -c 'echo -n concord-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' _ "$@" 2> >(grep -v "Failed to set fd limit" >&2)
