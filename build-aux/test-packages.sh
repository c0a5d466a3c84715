#!/bin/sh
# Build careplan's Debian packages from the committed tree, check them with
# lintian, install them, and prove that an installed careplan works with
# nothing from a build tree on any path: the README's C example compiles
# through pkg-config, the Python and GJS examples run with the system
# interpreters, and the tool checks the bundled caseload.  The packages are
# removed again at the end.  Needs root (apt-get) and a committed HEAD.
#
#   build-aux/test-packages.sh [WORKDIR]       (default: _build/packages)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$top/_build/packages}
version=$(sed -n '1s/^careplan (\([^)]*\)).*/\1/p' "$top/debian/changelog")
packages="libcareplan-1-0 libcareplan-1-dev gir1.2-careplan-1.0 python3-careplan careplan careplan-doc"

rm -rf "$work"
mkdir -p "$work/src"
git -C "$top" archive --format=tar --prefix="careplan-$version/" HEAD | tar -x -C "$work/src"
cd "$work/src/careplan-$version"

echo "== dpkg-buildpackage (the suites ran already: nocheck) =="
DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" dpkg-buildpackage -us -uc -b > "$work/build.log" 2>&1 || {
  tail -n 60 "$work/build.log"; exit 1; }
cd "$work/src"
ls -1 ./*.deb

echo "== lintian (tags left are explained in docs/releasing.md) =="
status=0
lintian --fail-on error,warning --profile debian ./careplan_"$version"_*.changes > "$work/lintian.log" 2>&1 || status=$?
grep -v '^running with root privileges' "$work/lintian.log" || true
[ $status -eq 0 ] || { echo "lintian: status $status" >&2; exit 1; }

echo "== install =="
restore() {
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -q $packages > /dev/null 2>&1 || true
}
trap restore EXIT
debs=$(for p in $packages; do ls ./"$p"_"$version"_*.deb; done)
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $debs > "$work/install.log" 2>&1 || {
  cat "$work/install.log"; exit 1; }

echo "== the installed careplan, with a clean environment =="
run() { env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$@"; }
ex="$top/examples"
run sh -c "cc -o '$work/check-child' '$ex/check-child.c' \$(pkg-config --cflags --libs careplan-1)"
run "$work/check-child" "$ex/data" > "$work/c.out"
run /usr/bin/python3 -c 'import gi; gi.require_version("Careplan", "1.0"); from gi.repository import Careplan; import gi.overrides.Careplan as o; print(o.__file__)'
(cd "$top" && run /usr/bin/python3 "$ex/check_child.py" "$ex/data") > "$work/py.out"
# The GJS example needs only gi://Careplan: GJS finds the installed
# overrides in /usr/share/gjs-1.0/overrides without any setup.
test -f /usr/share/gjs-1.0/overrides/Careplan.js
(cd "$top" && run gjs -m "$ex/check-child.js" "$ex/data") > "$work/js.out"
cmp "$work/c.out" "$work/py.out"
cmp "$work/c.out" "$work/js.out"
run careplan check "$ex/data" --as-of 2025-06-30 --format json > "$work/check.json"
run careplan --version
run man -w careplan > /dev/null
test -f /usr/share/bash-completion/completions/careplan
test -f /usr/share/doc/careplan-1/index.html
echo "installed packages: ok ($(wc -l < "$work/c.out") lines from each of C, Python and GJS)"
