#!/bin/sh
# check-uninstalled-pc.sh: the build tree's careplan-1.pc builds a C program
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-uninstalled-pc.sh CC BUILD_DIR SOURCE_DIR
# Compiles examples/check-child.c with nothing but
# `pkg-config --cflags --libs careplan-1` against
# BUILD_DIR/meson-uninstalled, runs it on examples/data, and checks that
# it found overdue findings.
set -eu
cc=$1 build=$2 source=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export PKG_CONFIG_PATH="$build/meson-uninstalled"
# shellcheck disable=SC2046
"$cc" -o "$out/check-child" "$source/examples/check-child.c" $(pkg-config --cflags --libs careplan-1)
LD_LIBRARY_PATH="$build/lib" "$out/check-child" "$source/examples/data" > "$out/output"
grep -q ' overdue, ' "$out/output"
echo "uninstalled careplan-1.pc: ok"
