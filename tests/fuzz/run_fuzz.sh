#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) in build/fuzz and runs each
# one, side by side, for SECONDS seconds from its seed corpus. Exits nonzero on any crash,
# sanitizer report, leak, timeout or out-of-memory. See docs/testing.md.
#
#   tests/fuzz/run_fuzz.sh [SECONDS]        default 60 seconds per target (they run in parallel)
#
# Environment: JOBS (build jobs, default 2), FUZZ_TARGETS (default "fuzz_mapping fuzz_expression"),
# FUZZ_BUILD_DIR (default build/fuzz), FUZZ_FLAGS (more libFuzzer flags, e.g. "-seed=1").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
seconds="${1:-60}"
jobs="${JOBS:-2}"
build="${FUZZ_BUILD_DIR:-$here/build/fuzz}"
targets=(${FUZZ_TARGETS:-fuzz_mapping fuzz_expression})
extra=(${FUZZ_FLAGS:-})

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! command -v clang++ >/dev/null; then
  echo "clang++ not found: install clang and libclang-rt-14-dev (installer/bootstrap.sh deps)" >&2
  exit 2
fi

say "Configuring and building the fuzz targets with clang ($build)"
# Debug keeps Q_ASSERT and Qt's bounds checks on; -O1 keeps the fuzzer fast enough.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" -DCONCORD_FUZZ=ON -DCONCORD_WERROR=ON \
  -DCONCORD_BUILD_GUI=OFF -DCONCORD_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# Reports must stop the run and be readable: symbolized stacks, UB is fatal, leaks are checked.
symbolizer="$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)"
if [ -n "$symbolizer" ]; then
  export ASAN_SYMBOLIZER_PATH="$symbolizer"
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

pids=()
started="$build/logs/.started"
mkdir -p "$build/logs" && touch "$started" # reproducers newer than this are this run's
for t in "${targets[@]}"; do
  name="${t#fuzz_}"
  # New inputs go to a working corpus under the build dir; the seeds in git stay as they are.
  mkdir -p "$build/corpus/$name" "$build/artifacts" "$build/logs"
  say "Fuzzing $t for ${seconds}s (log: $build/logs/$t.log)"
  "$build/tests/fuzz/$t" "$build/corpus/$name" "tests/fuzz/corpus/$name" \
    -dict="tests/fuzz/$name.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/$t-" -print_final_stats=1 ${extra[@]+"${extra[@]}"} \
    >"$build/logs/$t.log" 2>&1 &
  pids+=($!)
done

failed=0
for i in "${!targets[@]}"; do
  t="${targets[$i]}"
  log="$build/logs/$t.log"
  status=0
  wait "${pids[$i]}" || status=$?
  # A sanitizer report that did not stop the process still fails the run.
  if [ "$status" -ne 0 ] || grep -qE '^==[0-9]+==ERROR|runtime error:|^SUMMARY: ' "$log"; then
    failed=1
    say "$t FAILED (exit $status); the report:"
    grep -vE '^#[0-9]+' "$log" | tail -n 80
    find "$build/artifacts" -name "$t-*" -newer "$started" | sed 's/^/  reproducer: /'
    echo "  replay with: $build/tests/fuzz/$t <reproducer>"
  else
    say "$t: no crash, leak or sanitizer report in ${seconds}s ($(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') inputs)"
  fi
done
exit "$failed"
