#!/bin/sh
# Record the ABI baseline of libcareplan-1 (tests/abi/), which the `abi`
# test compares every build with.  Run it only on purpose: at a release that
# bumps the SONAME, or when the ABI is first declared stable
# (docs/releasing.md).  Needs a build with debug information (the default
# buildtype, debugoptimized).
#
#   build-aux/abi-baseline.sh [BUILD-DIR]      (default: _build/default)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build/default}
lib=$(find "$build/lib" -maxdepth 1 -name 'libcareplan-1.so.*.*' -type f | head -n 1)
[ -n "$lib" ] || { echo "abi-baseline: no libcareplan-1.so in $build/lib: build first" >&2; exit 1; }
soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
out="$top/tests/abi/$soname.abi"
rm -f "$top"/tests/abi/libcareplan-1.so.*.abi
abidw --no-corpus-path --no-comp-dir-path --short-locs --drop-undefined-syms "$lib" > "$out.tmp"
mv "$out.tmp" "$out"
echo "abi-baseline: wrote $out"
