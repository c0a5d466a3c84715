#!/bin/sh
# Proof that tests/abi/abi-check.sh guards what it should, on a demo library
# built here in five versions (tests/abi/demo/demo.c).
# Usage: test-abi-guard.sh ABI-CHECK DEMO.c WORKDIR
set -u
check=$1 src=$2 work=$3
command -v abidw > /dev/null 2>&1 || { echo "1..0 # SKIP abigail-tools is not installed"; exit 77; }
CC=${CC:-cc}
mkdir -p "$work"
build() { # name soname cflags...
  name=$1 soname=$2; shift 2
  $CC -g -O0 -shared -fPIC -Wl,-soname,"$soname" -o "$work/$name.so" "$@" "$src" || exit 1
}
build v1 libdemo.so.1
build added libdemo.so.1 -DDEMO_ADDED
build struct libdemo.so.1 -DDEMO_STRUCT_CHANGED
build signature libdemo.so.1 -DDEMO_SIGNATURE_CHANGED
build bumped libdemo.so.2 -DDEMO_STRUCT_CHANGED
abidw "$work/v1.so" > "$work/v1.abi" || exit 1

n=0 failed=0
case_() { # expected-status name
  n=$((n + 1))
  "$check" "$work/v1.abi" "$work/$2.so" > "$work/$2.log" 2>&1
  rc=$?
  if { [ "$1" = pass ] && [ $rc -eq 0 ]; } || { [ "$1" = fail ] && [ $rc -eq 1 ]; }; then
    echo "ok $n - $2: the guard says $1"
  else
    echo "not ok $n - $2: expected $1, got status $rc"; sed 's/^/# /' "$work/$2.log"; failed=1
  fi
}
case_ pass v1
case_ pass added
case_ fail struct
case_ fail signature
case_ pass bumped
echo "1..$n"
exit $failed
