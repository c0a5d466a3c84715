#!/bin/sh
# Runs careplan's libFuzzer targets on their seeds.
#
#   run-fuzzers.sh BUILD_FUZZ_DIR SOURCE_FUZZ_DIR TARGET...
#
# BUILD_FUZZ_DIR holds the fuzz-TARGET executables (BUILD/tests/fuzz),
# SOURCE_FUZZ_DIR is tests/fuzz of the source tree.  Each target makes
# FUZZ_RUNS runs (default 2000) from FUZZ_SEED, for FUZZ_SECONDS at most
# (default 60), on a corpus in BUILD_FUZZ_DIR/corpus/TARGET seeded from the
# project's own sample files (see README.md); a crash,
# leak, sanitizer report or timeout stops it, leaves the input in
# BUILD_FUZZ_DIR/artifacts/ and makes this script exit 1.
set -eu

build=$1
src=$2
shift 2
top=$(cd "$src/../.." && pwd)
seconds=${FUZZ_SECONDS:-60}
# A fixed seed and a bounded number of runs make a CI run reproducible:
# what passes here passes there.  FUZZ_RUNS=-1 fuzzes for FUZZ_SECONDS.
seed=${FUZZ_SEED:-1}
runs=${FUZZ_RUNS:-2000}
python=${PYTHON:-/usr/bin/python3}

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# GLib and json-glib have no frame pointers: leaks are unwound the slow way
# so that lsan.supp can name json-glib's own leak.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:fast_unwind_on_malloc=0:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$src/lsan.supp}
export G_SLICE=always-malloc

mkdir -p "$build/artifacts"
status=0

for target in "$@"; do
  seeds="$build/seeds/$target"
  corpus="$build/corpus/$target"
  rm -rf "$seeds"
  mkdir -p "$seeds" "$corpus"
  "$python" "$src/make-seeds.py" "$target" "$top" "$seeds"

  # The commands' targets use the dictionary of the reader they read with.
  case $target in
    due|measures) reader=record ;;
    import) reader=ssda903 ;;
    *) reader=$target ;;
  esac
  dict=""
  if [ -f "$src/$reader.dict" ]; then
    dict="-dict=$src/$reader.dict"
  fi

  echo "== fuzz-$target: $runs runs, ${seconds} s at most, on $(ls "$seeds" | wc -l) seeds =="
  # The work corpus comes first: libFuzzer adds what it finds there.
  # shellcheck disable=SC2086
  if ! "$build/fuzz-$target" $dict \
        -seed="$seed" -runs="$runs" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$corpus" "$seeds" > "$build/fuzz-$target.log" 2>&1; then
    echo "fuzz-$target FAILED: see $build/fuzz-$target.log and $build/artifacts/" >&2
    tail -n 60 "$build/fuzz-$target.log" >&2
    status=1
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$build/fuzz-$target.log" || true
    grep -E 'cov: [0-9]+' "$build/fuzz-$target.log" | tail -n 1 || true
  fi
done

exit $status
