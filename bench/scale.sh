#!/bin/sh
# National-scale benchmarks of the careplan tool on one SSDA903 return.
#
#   bench/scale.sh SIZE          e.g. 10000, 100000, 1000000
#
# Makes a return of SIZE children with the SSDA903 test generator
# (tests/ssda903/gen_ssda903.py), then times, each in a process of its
# own, with wall time, CPU time, µs a child, peak resident memory and the
# ratio to the floor measured in the same run:
#
#   floor          bench-floor: read every CSV file and split it into rows
#                  and cells, nothing kept (the least any reader does)
#   check          careplan check --ssda903 --format json, on 1 thread and
#                  on the default (one per processor), and --citations table
#   import         careplan import --ssda903 (to careplan JSON)
#   JSON floor     bench-floor: read the imported JSON and split it into tokens
#   JSON load      careplan-bench json-load: read that file into children
#   JSON check     careplan check --format json FILE: the imported file
#   measures       careplan measures --ssda903 --format json, and with
#                  --items FILE (the children behind each measure written
#                  to that file rather than into the report)
#   validate       careplan validate --ssda903 --format json
#
# import, measures and the checks stream; JSON loading (the whole file
# into children) and validate (the DfE's checks see the whole return)
# hold the caseload: they run up to 100,000 children, or for any SIZE with
# CAREPLAN_BENCH_WHOLE=1.  Builds a release build in _build/bench unless
# CAREPLAN_BENCH_BUILD names a build directory; writes its files under
# CAREPLAN_BENCH_DATA (default: a temporary folder, removed at the end).
# Nothing asserts a time: the numbers are read and reported.  A step that
# fails is said on standard error and shown as "failed" in the table; the
# steps after it still run, and the script then exits 1.
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
  ninja -C "$build" tools/careplan bench/careplan-bench bench/bench-floor >/dev/null
fi
tool="$build/tools/careplan"
bench="$build/bench/careplan-bench"
floor="$build/bench/bench-floor"

if [ -n "${CAREPLAN_BENCH_DATA:-}" ]; then
  data=$CAREPLAN_BENCH_DATA
  mkdir -p "$data"
  keep=1
else
  data=$(mktemp -d "${TMPDIR:-/tmp}/careplan-scale-XXXXXX")
  keep=0
fi
return_dir="$data/return-$size"
json="$data/records-$size.json"
results="$data/scale-$size.txt"
: > "$results"
failed=0
cleanup() {
  rm -f "$json"
  if [ "$keep" = 0 ]; then rm -rf "$data"; fi
}
trap cleanup EXIT

whole=${CAREPLAN_BENCH_WHOLE:-}
if [ -z "$whole" ]; then
  if [ "$size" -le 100000 ]; then whole=1; else whole=0; fi
fi
as_of=2026-03-31

if [ ! -f "$return_dir/header.csv" ]; then
  echo "-- generating a return of $size children in $return_dir" >&2
  /usr/bin/python3 "$top/tests/ssda903/gen_ssda903.py" --children "$size" --seed 1 "$return_dir" >/dev/null
fi

# time_step NAME FLOOR-NAME COMMAND…: one line of "$results".
time_step() {
  name=$1; base=$2; shift 2
  echo "-- $name: $*" >&2
  if ! /usr/bin/time -f '%e %U %S %M' -o "$data/time" "$@" >/dev/null 2>"$data/stderr"; then
    # Said, kept in the table, and the exit status at the end: the steps
    # after it still run (a million-child run takes half an hour).
    echo "$name failed:" >&2; tail -5 "$data/stderr" >&2
    echo "$name|$base|failed|0|0|0" >> "$results"
    failed=1
    return
  fi
  read -r wall user sys peak < "$data/time"
  echo "$name|$base|$wall|$user|$sys|$peak" >> "$results"
}

# The floor is a few tens of milliseconds: the best of three.
best_floor() {
  name=$1; shift
  best=
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %U %S %M' -o "$data/time" "$@" > "$data/floor-out"
    read -r wall user sys peak < "$data/time"
    seconds=$(awk '{ print $(NF - 1) }' "$data/floor-out")
    if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$seconds; best_peak=$peak
    fi
  done
  echo "$name|$name|$best|$best|0|$best_peak" >> "$results"
}

best_floor "floor: read + split the CSV" "$floor" csv "$return_dir"
time_step "check --format json, 1 thread" "floor: read + split the CSV" \
  "$tool" check --ssda903 "$return_dir" --as-of $as_of --format json --jobs 1
time_step "check --format json, $(nproc) threads" "floor: read + split the CSV" \
  "$tool" check --ssda903 "$return_dir" --as-of $as_of --format json
time_step "check --format json --citations table" "floor: read + split the CSV" \
  "$tool" check --ssda903 "$return_dir" --as-of $as_of --format json --citations table
time_step "check --format csv" "floor: read + split the CSV" \
  "$tool" check --ssda903 "$return_dir" --as-of $as_of --format csv
time_step "import (SSDA903 to JSON)" "floor: read + split the CSV" \
  "$tool" import --ssda903 "$return_dir" -o "$json"
best_floor "floor: read + split the JSON" "$floor" json "$json"
time_step "check JSON records --format json" "floor: read + split the JSON" \
  "$tool" check --as-of $as_of --format json "$json"
if [ "$whole" = 1 ]; then
  time_step "JSON load" "floor: read + split the JSON" "$bench" json-load "$json"
fi
rm -f "$json"
time_step "measures --format json --items FILE" "floor: read + split the CSV" \
  "$tool" measures --ssda903 "$return_dir" --year 2026 --format json --items "$data/items.csv"
rm -f "$data/items.csv"
time_step "measures --format json" "floor: read + split the CSV" \
  "$tool" measures --ssda903 "$return_dir" --year 2026 --format json
if [ "$whole" = 1 ]; then
  time_step "validate --format json" "floor: read + split the CSV" \
    "$tool" validate --ssda903 "$return_dir" --year 2026 --format json
fi

echo
echo "$size children ($(du -shL "$return_dir" | cut -f1) of CSV), $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| step | wall (s) | CPU (s) | µs a child (wall) | peak (MiB) | × floor (wall) |"
echo "|---|---:|---:|---:|---:|---:|"
awk -F'|' -v size="$size" '
  { floor_of[$1] = $3 }
  { name[NR] = $1; base[NR] = $2; wall[NR] = $3; cpu[NR] = $4 + $5; peak[NR] = $6 }
  END {
    for (i = 1; i <= NR; i++) {
      if (wall[i] == "failed") { printf "| %s | failed | | | | |\n", name[i]; continue }
      ratio = (base[i] != name[i] && floor_of[base[i]] > 0) ? sprintf("%.0f", wall[i] / floor_of[base[i]]) : "1"
      printf "| %s | %.3f | %.2f | %.1f | %.1f | %s |\n", name[i], wall[i], cpu[i], wall[i] * 1e6 / size, peak[i] / 1024, ratio
    }
  }' "$results"
exit $failed
