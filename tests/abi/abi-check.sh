#!/bin/sh
# The ABI guard: compare a built shared library with its recorded baseline.
#
#   abi-check.sh BASELINE.abi|BASELINE-DIR LIBRARY
#
# A directory stands for the one libcareplan-1.so.*.abi file in it.
#
# Passes when the library's ABI is the baseline's or a compatible superset
# (functions added). Fails on any other change (a function removed, a
# signature, a public struct or an enum changed), unless the SONAME was
# bumped: then the break is deliberate and the baseline must be renewed with
# build-aux/abi-baseline.sh (docs/releasing.md).  Exit 77 (skipped) when
# libabigail's tools are missing.
set -u
baseline=$1
library=$2
if [ -d "$baseline" ]; then
  baseline=$(find "$baseline" -maxdepth 1 -name '*.so.*.abi' | head -n 1)
fi

for tool in abidiff readelf; do
  if ! command -v "$tool" > /dev/null 2>&1; then
    echo "abi-check: $tool is not installed (Debian: abigail-tools, binutils); skipped"
    exit 77
  fi
done
if [ ! -f "$baseline" ]; then
  echo "abi-check: no baseline at $baseline; create it with build-aux/abi-baseline.sh" >&2
  exit 1
fi

old_soname=$(sed -n "s/.*<abi-corpus [^>]*soname='\([^']*\)'.*/\1/p" "$baseline" | head -n 1)
new_soname=$(readelf -d "$library" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
if [ -z "$old_soname" ] || [ -z "$new_soname" ]; then
  echo "abi-check: cannot read the SONAME of the baseline ('$old_soname') or the library ('$new_soname')" >&2
  exit 1
fi
if [ "$old_soname" != "$new_soname" ]; then
  echo "abi-check: SONAME bumped from $old_soname to $new_soname: a deliberate break."
  echo "abi-check: renew the baseline (build-aux/abi-baseline.sh) in the same commit."
  exit 0
fi

abidiff --no-added-syms --no-unreferenced-symbols \
  --suppressions "$(dirname "$0")/private-types.suppr" "$baseline" "$library"
rc=$?
# abidiff's status is a bit mask: 1 error, 2 usage, 4 ABI change, 8 incompatible.
if [ $rc -eq 0 ]; then
  echo "abi-check: $new_soname is compatible with the baseline"
  exit 0
fi
if [ $((rc & 3)) -ne 0 ]; then
  echo "abi-check: abidiff failed (status $rc)" >&2
  exit 1
fi
echo "abi-check: $new_soname changed its ABI incompatibly (abidiff status $rc, above)." >&2
echo "abi-check: keep the old ABI, or bump the SONAME (lib/meson.build soversion) and renew the baseline." >&2
exit 1
