#!/bin/sh
# Set up from nothing and run the main job: `careplan check` on the bundled
# synthetic caseload, at a fixed as-of date so the output is reproducible.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
meson compile -C build
build/tools/careplan check examples/data --as-of "${AS_OF:-2025-06-30}" "$@"
