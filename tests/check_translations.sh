#!/usr/bin/env bash
# Every string of the console is translated: lupdate brings the .ts files up to date with the
# sources (as `cmake --build BUILD --target concord_lupdate` does for a developer), then no entry
# of concord_zh_CN.ts or concord_en.ts may be unfinished. Lists the untranslated source texts.
# Usage: check_translations.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
cmake --build "$build" --target concord_lupdate >/dev/null
status=0
for ts in "$source"/translations/concord_zh_CN.ts "$source"/translations/concord_en.ts; do
  count=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$count" -gt 0 ]; then
    echo "$(basename "$ts"): $count unfinished translation(s):"
    # The <source> line before each unfinished translation.
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//' | head -50
    status=1
  else
    echo "$(basename "$ts"): complete"
  fi
done
exit $status
