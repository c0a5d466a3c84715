#!/usr/bin/python3
"""Write debian/libcareplan-1-0.symbols from a built library.

Usage: build-aux/update-symbols.py LIBRARY VERSION

A symbol already in the file keeps its version; a new one gets VERSION (the
release that adds it). A symbol in the file that the library no longer
exports is an ABI break: it is reported and the script fails, so that the
break is made on purpose (docs/releasing.md).
"""
import os
import re
import subprocess
import sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = os.path.join(top, "debian", "libcareplan-1-0.symbols")


def main(library, version):
    out = subprocess.run(["nm", "-D", "--defined-only", library],
                         check=True, capture_output=True, text=True).stdout
    exported = sorted(p[2] for p in (l.split() for l in out.splitlines())
                      if len(p) == 3 and p[1] in "TDRBVW")
    soname = subprocess.run(["objdump", "-p", library], check=True,
                            capture_output=True, text=True).stdout
    soname = re.search(r"SONAME\s+(\S+)", soname).group(1)
    known = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^ (\S+)@Base (\S+)", line)
                if m:
                    known[m.group(1)] = m.group(2)
    lost = sorted(set(known) - set(exported))
    if lost:
        print("no longer exported (an ABI break):", *lost, sep="\n  ", file=sys.stderr)
        return 1
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(f"{soname} libcareplan-1-0 #MINVER#\n")
        f.write("* Build-Depends-Package: libcareplan-1-dev\n")
        for name in exported:
            f.write(f" {name}@Base {known.get(name, version)}\n")
    os.replace(path + ".tmp", path)
    print(f"{path}: {len(exported)} symbols, {len(set(exported) - set(known))} new at {version}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
