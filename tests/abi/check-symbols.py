#!/usr/bin/python3
"""The exported symbols of libcareplan-1 are exactly the public API.

Usage: check-symbols.py LIBRARY GIR HEADER...

Three sets must agree:
  exported    what the shared library exports (nm -D --defined-only);
  declared    what the public headers declare with CAREPLAN_AVAILABLE_IN_ALL
              (a G_DECLARE_*_TYPE line declares its *_get_type function);
  documented  what the GIR describes with a doc comment (gi-docgen's input).
Nothing exported may be undeclared or undocumented; nothing declared or
documented may be missing from the library.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

GIR_NS = {"core": "http://www.gtk.org/introspection/core/1.0",
          "c": "http://www.gtk.org/introspection/c/1.0",
          "glib": "http://www.gtk.org/introspection/glib/1.0"}


def exported(library):
    out = subprocess.run(["nm", "-D", "--defined-only", library],
                         check=True, capture_output=True, text=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TDRBVW":
            names.add(parts[2])
    return names


TYPE_DECL = re.compile(r"G_DECLARE_(?:FINAL|DERIVABLE|INTERFACE)_TYPE\s*\(\s*\w+\s*,\s*(\w+)")


def declared(headers):
    names = set()
    for path in headers:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # Each declaration runs from its macro to the next macro (a
        # G_DECLARE_*_TYPE line has no semicolon of its own).
        for chunk in text.split("CAREPLAN_AVAILABLE_IN_ALL")[1:]:
            decl = re.split(r";|\{", chunk, maxsplit=1)[0]
            t = TYPE_DECL.search(decl)
            if t:
                names.add(t.group(1) + "_get_type")
                continue
            f_ = re.search(r"\b(careplan_\w+)\s*\(", decl)
            if f_:
                names.add(f_.group(1))
                continue
            v = re.search(r"\b(careplan_\w+)\s*(?:\[[^\]]*\])?\s*$", decl.strip())
            if v:
                names.add(v.group(1))
        # glib-mkenums output declares its get_type functions this way.
        for m in re.finditer(r"CAREPLAN_AVAILABLE_IN_ALL\s+GType\s+(careplan_\w+_get_type)", text):
            names.add(m.group(1))
    return names


def documented(gir):
    tree = ET.parse(gir)
    names, undocumented = set(), set()
    for el in tree.iter():
        ident = el.get("{%s}identifier" % GIR_NS["c"])
        tag = el.tag.split("}")[1]
        if tag in ("function", "method", "constructor") and ident:
            names.add(ident)
            if el.find("core:doc", GIR_NS) is None:
                undocumented.add(ident)
        get_type = el.get("{%s}get-type" % GIR_NS["glib"])
        if get_type and get_type != "intern":
            names.add(get_type)
        if tag == "function-macro":
            continue
    return names, undocumented


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    lib, gir, headers = argv[1], argv[2], argv[3:]
    exp, dec = exported(lib), declared(headers)
    doc, undocumented = documented(gir)
    problems = []
    for name in sorted(exp - dec):
        problems.append(f"exported but not declared in a public header: {name}")
    for name in sorted(dec - exp):
        problems.append(f"declared in a public header but not exported: {name}")
    for name in sorted(exp - doc):
        problems.append(f"exported but not in the GIR (undocumented or skipped): {name}")
    for name in sorted(doc - exp):
        problems.append(f"in the GIR but not exported: {name}")
    for name in sorted(undocumented & exp):
        problems.append(f"exported without a doc comment: {name}")
    for p in problems:
        print(p)
    print(f"{len(exp)} exported, {len(dec)} declared, {len(doc)} in the GIR: "
          f"{'ok' if not problems else str(len(problems)) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
