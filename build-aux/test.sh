#!/bin/sh
# Set up from nothing and run every test: the normal build (C, Python, GJS,
# schema, docs), the same suites under AddressSanitizer + UBSan, the
# valgrind setup, a minute of each libFuzzer target, the thread test under
# ThreadSanitizer, the smallest benchmark, an install into a prefix that
# the C example compiles against through pkg-config, and `meson dist`.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
out=${CAREPLAN_TEST_BUILD:-_build}

build-aux/install-deps.sh

echo "== build and test =="
rm -rf "$out"
meson setup "$out/default" --prefix="$top/$out/prefix"
meson test -C "$out/default" --print-errorlogs

echo "== AddressSanitizer + UndefinedBehaviorSanitizer =="
meson setup "$out/asan" -Db_sanitize=address,undefined -Db_lundef=false -Ddocs=false
meson test -C "$out/asan" --print-errorlogs

echo "== valgrind =="
meson test -C "$out/default" --setup valgrind --print-errorlogs

echo "== libFuzzer: 2,000 seeded runs a target, a minute at most (tests/fuzz/README.md) =="
CC=clang meson setup "$out/fuzz" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
  -Ddocs=false -Dintrospection=false -Dtests=false
FUZZ_SECONDS=${FUZZ_SECONDS:-60} ninja -C "$out/fuzz" fuzz-run

echo "== ThreadSanitizer: tests/unit/test-threads.c =="
CC=clang meson setup "$out/tsan" -Db_sanitize=thread -Db_lundef=false -Ddocs=false -Dintrospection=false
G_SLICE=always-malloc TSAN_OPTIONS=halt_on_error=1 meson test -C "$out/tsan" threads --print-errorlogs

echo "== benchmarks, smallest size (bench/README.md) =="
CAREPLAN_BENCH_BUILD="$top/$out/default" bench/run.sh 10000

echo "== install, then compile the C example against the installed careplan-1.pc =="
meson install -C "$out/default" --quiet
prefix="$top/$out/prefix"
libdir=$(find "$prefix" -name 'careplan-1.pc' -printf '%h\n' | head -n1)
PKG_CONFIG_PATH="$libdir" cc -o "$out/check-child-installed" examples/check-child.c \
  $(PKG_CONFIG_PATH="$libdir" pkg-config --cflags --libs careplan-1)
LD_LIBRARY_PATH="$(dirname "$libdir")" "$out/check-child-installed" examples/data > /dev/null
echo "installed example: ok"

echo "== the README's and the guides' Python and JS snippets against the installed prefix =="
/usr/bin/python3 tests/snippets/run_snippets.py --prefix "$prefix" README.md docs/overview.md docs/python.md docs/javascript.md

echo "== Debian packages: build, lintian, install, use without the build tree, remove (docs/releasing.md) =="
build-aux/test-packages.sh "$top/$out/packages"

echo "== meson dist =="
if git -C "$top" diff --quiet HEAD 2>/dev/null; then
  meson dist -C "$out/default" --formats xztar
else
  meson dist -C "$out/default" --formats xztar --allow-dirty
fi

echo "careplan: every suite passed"
