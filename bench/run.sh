#!/bin/sh
# Runs careplan's benchmarks for SIZE synthetic children and prints a table.
#
#   bench/run.sh SIZE            e.g. 10000, 100000, 1000000
#
# Builds a release build in _build/bench unless CAREPLAN_BENCH_BUILD names
# a build directory; writes its files under CAREPLAN_BENCH_DATA (default: a
# temporary folder, removed at the end).  Each step runs in a process of
# its own, so each peak memory is that step's.  SIZE up to 100,000 also
# times reading one JSON file of every child (the reader holds a whole
# file: see README.md); set CAREPLAN_BENCH_ONE_FILE=1 to do it for larger
# sizes too, or 0 to skip it.
set -eu

size=${1:-}
case $size in
  ''|*[!0-9]*) echo "usage: $0 SIZE (a number of children)" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
build=${CAREPLAN_BENCH_BUILD:-}
if [ -z "$build" ]; then
  build="$top/_build/bench"
  if [ ! -d "$build" ]; then
    meson setup "$build" "$top" --buildtype=release -Ddocs=false -Dintrospection=false -Dtests=false >/dev/null
  fi
  ninja -C "$build" bench/bench-evaluate bench/careplan-bench >/dev/null
  if [ -f "$top/bench/bench-validate.c" ]; then
    ninja -C "$build" bench/bench-validate >/dev/null
  fi
fi
validate="$build/bench/bench-validate"
bench="$build/bench/careplan-bench"
evaluate="$build/bench/bench-evaluate"

if [ -n "${CAREPLAN_BENCH_DATA:-}" ]; then
  data=$CAREPLAN_BENCH_DATA
  mkdir -p "$data"
  keep=1
else
  data=$(mktemp -d "${TMPDIR:-/tmp}/careplan-bench-XXXXXX")
  keep=0
fi
out="$data/results-$size.txt"
: > "$out"
cleanup() {
  rm -rf "$data/ssda903" "$data/gen903" "$data/one.json"
  if [ "$keep" = 0 ]; then rm -rf "$data"; fi
}
trap cleanup EXIT

step() {
  echo "-- $*" >&2
  "$@" | tee -a "$out"
}

# A step the build may not have (no SSDA903 reader, no measures yet).
has_step() {
  "$bench" steps | grep -qx "$1"
}

step "$evaluate" "$size"
step "$bench" generate "$size"
step "$bench" evaluate "$size"
if has_step measures; then
  step "$bench" measures "$size"
fi
if has_step ssda903; then
  step "$bench" ssda903 "$size" "$data/ssda903"
  # The DfE's validation checks over the first 10,000-child folder.
  if [ -x "$validate" ]; then
    step "$validate" "$data/ssda903/chunk-0000" 0 5
  fi
  rm -rf "$data/ssda903"
fi
# The SSDA903 test generator's returns (tests/ssda903/gen_ssda903.py), made
# 10,000 children a folder, then read back: a return shaped as local
# authorities send them, rather than careplan's own writer's.
generator="$top/tests/ssda903/gen_ssda903.py"
if [ -f "$generator" ] && has_step ssda903-load; then
  echo "-- $generator ($size children, in folders of 10000)" >&2
  /usr/bin/python3 - "$generator" "$size" "$data/gen903" <<'PY' | tee -a "$out"
import resource, subprocess, sys, time
generator, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
start = time.monotonic()
for first in range(0, size, 10000):
    subprocess.run(['/usr/bin/python3', generator, '--children', str(min(10000, size - first)),
                    '--seed', str(first // 10000), '%s/chunk-%04d' % (out, first // 10000)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print('%-28s %9d children %9.3f s %9.2f us/child  peak %8.1f MiB  gen_ssda903.py'
      % ('generate 903 (python)', size, seconds, seconds * 1e6 / max(size, 1), peak))
PY
  step "$bench" ssda903-load "$data/gen903"
  rm -rf "$data/gen903"
fi

one_file=${CAREPLAN_BENCH_ONE_FILE:-}
if [ -z "$one_file" ]; then
  if [ "$size" -le 100000 ]; then one_file=1; else one_file=0; fi
fi
if [ "$one_file" = 1 ]; then
  step "$bench" json-write "$size" "$data/one.json"
  step "$bench" json-load "$data/one.json"
  rm -f "$data/one.json"
fi
step "$bench" due

echo
echo "| step | children | wall time (s) | µs a child | peak memory (MiB) |"
echo "|---|---:|---:|---:|---:|"
awk '{
       for (i = 2; i <= NF; i++)
         if ($i == "children" && $(i + 4) == "us/child") {
           what = $1
           for (j = 2; j < i - 1; j++) what = what " " $j
           printf "| %s | %s | %s | %s | %s |\n", what, $(i - 1), $(i + 1), $(i + 3), $(i + 6)
         }
     }
     / ns a call$/ { what = $1; for (j = 2; j < NF - 3; j++) what = what " " $j
                     printf "| %s | | %s ns a call | | |\n", what, $(NF - 3) }' "$out"
