#!/usr/bin/env bash
# Runs the sync benchmark at 1M and 4M rows (each in its own process, so that peak memory is
# measured per size) and prints Concord's rate as a fraction of the raw copy's, and whether the
# peak memory of the sync stayed flat. Builds the default preset first.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset default >/dev/null
cmake --build --preset default --target bench_sync >/dev/null
bench=build/default/tests/bench/bench_sync
small=$("$bench" --rows "${SMALL:-1000000}" --json 2>/dev/null | tail -n 1)
large=$("$bench" --rows "${LARGE:-4000000}" --json 2>/dev/null | tail -n 1)
python3 - "$small" "$large" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for r in (a, b):
    print(f"{r['rows']:>9} rows: Concord {r['concord_s']:.2f} s, raw copy {r['raw_copy_s']:.2f} s, "
          f"ratio {r['ratio']*100:.1f}% (target >= 25%), peak RSS {r['peak_rss_kib']/1024:.1f} MiB")
growth = b['peak_rss_kib'] / a['peak_rss_kib'] - 1
print(f"peak memory {b['rows']} vs {a['rows']} rows: {growth*100:+.1f}% (target within 15%)")
PY
