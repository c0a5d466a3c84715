#!/bin/sh
# Install, from Debian 12's own archive, every package careplan needs to
# build, test and document itself.  Does nothing when all are present, so it
# is cheap to run before every build.
set -eu

packages="meson ninja-build pkg-config gcc libc6-dev git
  libglib2.0-dev libjson-glib-dev gobject-introspection libgirepository1.0-dev
  libcmocka-dev python3-gi python3-pytest python3-jsonschema gjs gi-docgen
  valgrind chromium clang libclang-rt-14-dev
  bash-completion abigail-tools debhelper dh-python dpkg-dev fakeroot lintian man-db
  python3-icalendar libsoup-3.0-dev libjson-validator-perl curl"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

echo "careplan: installing:$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
