#!/usr/bin/env bash
# gui_screenshot: the real console, started on an X server (Xvfb) as a steward starts it, in each
# interface language. For en and zh_CN, on a fresh demo workspace: the main window comes up with
# the workspace open (its title, read from X, is exactly "Concord — <the demo's name>"), it is at
# least 600x400, and a capture of it is a painted window, not a blank or single-colour rectangle.
# The two captures must differ, as the interface is translated. The PNGs are kept in OUT_DIR.
#
# Usage: check_screenshot.sh CONCORD CONCORDCTL OUT_DIR
#
# Nothing outside a temporary directory is touched: HOME, the XDG directories (QSettings, the
# single-instance socket) and the workspace secrets live in it, the keychain and the scheduler
# are off. Every wait is bounded; the whole check takes well under three minutes.
#
# The script runs itself a second time inside each xvfb-run (first argument --in-xvfb): that part
# starts the console, finds its window with xdotool, checks and captures it, and quits the console.
set -euo pipefail

# The demo's workspace name (engine/demo/demotemplates.cpp) and the title format of the main
# window, tr("Concord — %1") (ui/mainwindow.cpp), which both translations keep as it is.
demo_name='ACME 数据中台 (demo)'
expected_title="Concord — $demo_name"
window_wait=45        # seconds for the window to come up with the workspace open
min_width=600 min_height=400
min_stddev=0.02       # ImageMagick's normalised standard deviation of all channels (0: one colour)
min_colours=50        # distinct colours in the capture
min_differing=20000   # pixels that differ between the en and the zh_CN capture (en vs en: under 1000)
started="$EPOCHREALTIME"
elapsed() { awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f s", b - a }'; }

# --- inside xvfb-run: one language -----------------------------------------------------------------
if [ "${1:-}" = --in-xvfb ]; then
  lang="$2" concord="$3" demo="$4" png="$5" log="$6"
  fail() { echo "FAIL [$lang]: $*" >&2; exit 1; }
  show_log() { echo "--- the console's output ($log), last lines:" >&2; tail -n 20 "$log" >&2 || true; }

  "$concord" --lang "$lang" "$demo" >"$log" 2>&1 &
  pid=$!
  trap 'kill -KILL "$pid" 2>/dev/null || true' EXIT

  # The window, once its title names the workspace (before that it reads just "Concord").
  win=""
  deadline=$((SECONDS + window_wait))
  while :; do
    win="$(xdotool search --onlyvisible --name '^Concord — ' 2>/dev/null | head -n 1)" || true
    [ -n "$win" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      status=0; wait "$pid" || status=$?
      show_log; fail "the console exited (status $status) before a window titled 'Concord — …' was shown"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      show_log; echo "visible windows: $(xdotool search --onlyvisible --name . 2>/dev/null | while read -r w; do
        printf '%s "%s"; ' "$w" "$(xdotool getwindowname "$w")"; done)" >&2
      fail "no visible window titled 'Concord — …' within ${window_wait} s (the workspace did not open?)"
    fi
    sleep 0.5
  done
  echo "[$lang] window $win shown $(elapsed) after the start"

  title="$(xdotool getwindowname "$win")"
  echo "[$lang] title: $title"
  [ "$title" = "$expected_title" ] || fail "title check: the window's title is '$title', expected '$expected_title'"

  width="" height=""
  while IFS='=' read -r key value; do
    case "$key" in WIDTH) width="$value" ;; HEIGHT) height="$value" ;; esac
  done < <(xdotool getwindowgeometry --shell "$win")
  echo "[$lang] geometry: ${width}x${height}"
  [[ "$width" =~ ^[0-9]+$ && "$height" =~ ^[0-9]+$ ]] || fail "geometry check: xdotool gave no size for window $win"
  if [ "$width" -lt "$min_width" ] || [ "$height" -lt "$min_height" ]; then
    fail "geometry check: ${width}x${height} is smaller than ${min_width}x${min_height}"
  fi

  # Let the dashboard fill in and paint, then take the window's picture from the X server.
  sleep 2
  kill -0 "$pid" 2>/dev/null || { show_log; fail "the console exited after its window was shown"; }
  import -window "$win" "$png" 2>"$log.import" || { cat "$log.import" >&2; fail "capture: import -window $win failed"; }
  read -r stddev colours pic_w pic_h < <(identify -format '%[fx:standard_deviation] %k %w %h\n' "$png") \
    || fail "capture: identify cannot read $png"
  echo "[$lang] capture: $png, ${pic_w}x${pic_h}, $colours colours, standard deviation $stddev"
  awk -v s="$stddev" -v m="$min_stddev" 'BEGIN { exit !(s > m) }' \
    || fail "blank-capture check: standard deviation $stddev is not above $min_stddev (a blank or flat window)"
  [ "$colours" -gt "$min_colours" ] \
    || fail "blank-capture check: only $colours distinct colours (more than $min_colours expected)"

  # Quit as a user does (Ctrl+Q, QKeySequence::Quit); a console that ignores it gets SIGTERM.
  xdotool windowfocus "$win" 2>/dev/null || true
  xdotool key --clearmodifiers ctrl+q 2>/dev/null || true
  how="Ctrl+Q"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    how="SIGTERM (Ctrl+Q did not quit it within 10 s)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { show_log; fail "quit check: the console still runs 5 s after SIGTERM"; }
  fi
  status=0; wait "$pid" || status=$?
  trap - EXIT
  echo "[$lang] closed with $how, exit status $status"
  if [ "$how" = "Ctrl+Q" ] && [ "$status" -ne 0 ]; then
    show_log; fail "quit check: the console exited with status $status after Ctrl+Q"
  fi
  exit 0
fi

# --- outside: set up, run each language under its own X server, compare ---------------------------
if [ $# -ne 3 ]; then
  echo "usage: $0 CONCORD CONCORDCTL OUT_DIR" >&2
  exit 2
fi
concord="$(realpath "$1")" concordctl="$(realpath "$2")" out="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }

missing=()
for tool in xvfb-run:xvfb xauth:xauth xdotool:xdotool import:imagemagick identify:imagemagick compare:imagemagick \
            fc-list:fontconfig; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool%%:*} (Debian package ${tool#*:})")
done
[ ${#missing[@]} -eq 0 ] || fail "missing: ${missing[*]}. Install with: sudo apt-get install xvfb xauth xdotool imagemagick"
[ -x "$concord" ] || fail "no console at $1"
[ -x "$concordctl" ] || fail "no concordctl at $2"
# Without a CJK font the Chinese interface is drawn as boxes, and would still pass the checks below.
[ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || fail "no Chinese font installed: sudo apt-get install fonts-wqy-microhei"

work="$(mktemp -d)"
group=""
cleanup() {
  # The running xvfb-run is in a process group of its own (timeout's): Xvfb, the console and all.
  # SIGTERM first, so that Xvfb removes its lock file; timeout -k ends the rest within 5 s.
  if [ -n "$group" ]; then
    kill -TERM -- "-$group" 2>/dev/null || true
    wait "$group" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$group" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Each language gets a home of its own (QSettings, the single-instance socket, the workspace
# secret) and a copy of the same fresh demo, so the two runs differ only in the language.
private_home() {
  export HOME="$1/home" XDG_CONFIG_HOME="$1/home/.config" XDG_DATA_HOME="$1/home/.local/share" \
         XDG_CACHE_HOME="$1/home/.cache" XDG_RUNTIME_DIR="$1/run" CONCORD_SECRETS_DIR="$1/secrets"
  mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
}
export CONCORD_KEYCHAIN=off CONCORD_SCHEDULER=off QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
unset WAYLAND_DISPLAY DISPLAY LANGUAGE

mkdir -p "$out"
rm -f "$out"/concord_en.png "$out"/concord_zh_CN.png

private_home "$work/init"
demo="$work/init/demo"
timeout 30 "$concordctl" --log-level warning init-demo "$demo" >"$work/init-demo.log" 2>&1 \
  || { cat "$work/init-demo.log" >&2; fail "concordctl init-demo $demo failed"; }
name="$(sed -n 's/^name:[[:space:]]*//p' "$demo/workspace.yaml" | head -n 1)"
[ "$name" = "$demo_name" ] \
  || fail "the demo's workspace.yaml is named '$name', this test expects '$demo_name': update $0"
echo "demo workspace: created by concordctl init-demo, named '$name'"

for lang in en zh_CN; do
  echo "== $lang: concord --lang $lang under xvfb-run"
  private_home "$work/$lang"
  cp -a "$demo" "$work/$lang/demo"
  # timeout makes the process group (so cleanup can end all of it) and bounds the language's run.
  timeout -k 5 75 xvfb-run -a -f "$work/$lang/Xauthority" -s "-screen 0 1400x900x24" \
    "$BASH" "${BASH_SOURCE[0]}" --in-xvfb "$lang" "$concord" "$work/$lang/demo" "$out/concord_$lang.png" \
    "$work/$lang/concord.log" &
  group=$!
  status=0; wait "$group" || status=$?
  group=""
  case "$status" in
    0) ;;
    124|137) fail "$lang: did not finish within 75 s (timeout)" ;;
    *) fail "$lang: the checks above failed (status $status)" ;;
  esac
done

# Translated menus, navigator, dashboard and status bar: the two pictures must differ.
en="$out/concord_en.png" zh="$out/concord_zh_CN.png"
[ "$(md5sum <"$en")" != "$(md5sum <"$zh")" ] || fail "en/zh_CN check: the two captures are identical"
differing="$(compare -metric AE "$en" "$zh" null: 2>&1)" || true
if [[ "$differing" =~ ^[0-9.e+]+$ ]]; then
  echo "en/zh_CN: $differing pixels differ"
  awk -v d="$differing" -v m="$min_differing" 'BEGIN { exit !(d + 0 > m) }' \
    || fail "en/zh_CN check: only $differing pixels differ (more than $min_differing expected: is the interface translated?)"
else
  # Windows of different sizes cannot be compared pixel by pixel; they differ anyway.
  echo "en/zh_CN: not comparable pixel by pixel ($differing)"
  [ "$(identify -format '%wx%h' "$en")" != "$(identify -format '%wx%h' "$zh")" ] \
    || fail "en/zh_CN check: compare failed: $differing"
fi
echo "ok: en and zh_CN consoles came up, titled '$expected_title', painted and translated, in $(elapsed); pictures in $out"
