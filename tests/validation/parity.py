#!/usr/bin/env python3
"""Parity of `careplan validate` with the open validator on the sample return.

Runs `careplan validate --format csv` over tests/ssda903/sample-2026/input
(collection year 2026) and compares its (child, table, row, code) set with
the open validator's findings in reference-issues.csv, minus the
differences listed in docs/ssda903-validation.md (the table under
"Differences on the sample return").  Prints, per code, how many rows
match, are missing (the peer flags them, careplan does not) or extra
(careplan flags them, the peer does not).

It fails when a code careplan implements has a difference that the docs
do not list, or the docs list one that no longer happens.  Codes careplan
does not implement yet are counted and listed, not failed.

Usage: parity.py [--code CODE ...] [--verbose]
Environment: CAREPLAN_TOOL (the careplan binary), CAREPLAN_SOURCE_DIR.
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

SOURCE = os.environ.get("CAREPLAN_SOURCE_DIR",
                        os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
TOOL = os.environ.get("CAREPLAN_TOOL", os.path.join(SOURCE, "_build", "default", "tools", "careplan"))
SAMPLE = os.path.join(SOURCE, "tests", "ssda903", "sample-2026")
DOCS = os.path.join(SOURCE, "docs", "ssda903-validation.md")


def run(*args):
    result = subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"careplan {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def read_reference():
    with open(os.path.join(SAMPLE, "reference-issues.csv"), newline="", encoding="utf-8") as f:
        return {(r["child_id"], r["table"], int(r["row_id"]), r["rule_code"]) for r in csv.DictReader(f)}


def read_careplan():
    out = run("validate", "--ssda903", os.path.join(SAMPLE, "input"), "--year", "2026", "--format", "csv")
    return {(r["child_id"], r["table"], int(r["row_id"]), r["rule_code"])
            for r in csv.DictReader(io.StringIO(out))}


def implemented_codes():
    checks = json.loads(run("rules", "--family", "ssda903-validation", "--format", "json"))["rules"]
    return {c["code"] for c in checks
            if (c["first_year"] is None or c["first_year"] <= 2026)
            and (c["last_year"] is None or c["last_year"] >= 2026)}


ROW = re.compile(r"^\|\s*`?([0-9A-Za-z]+)`?\s*\|\s*(\S*)\s*\|\s*(\w+)\s*\|\s*(\d+)\s*\|\s*(missing|extra)\s*\|")


def read_documented():
    """Rows of the differences table: | code | child | table | row | missing/extra | why |"""
    documented = {}
    in_section = False
    with open(DOCS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                in_section = line.strip().lower().startswith("## differences on the sample return")
                continue
            m = ROW.match(line) if in_section else None
            if m:
                code, child, table, row, kind = m.groups()
                documented[(child, table, int(row), code)] = kind
    return documented


def main(argv):
    only = set()
    verbose = "--verbose" in argv
    if "--code" in argv:
        i = argv.index("--code")
        only = {c for c in argv[i + 1:] if not c.startswith("--")}

    reference = read_reference()
    ours = read_careplan()
    codes = implemented_codes()
    documented = read_documented()

    by_code = defaultdict(lambda: {"match": 0, "missing": [], "extra": []})
    for key in reference & ours:
        by_code[key[3]]["match"] += 1
    for key in reference - ours:
        by_code[key[3]]["missing"].append(key)
    for key in ours - reference:
        by_code[key[3]]["extra"].append(key)

    failures = []
    not_implemented = []
    print(f"{'code':>10} {'match':>6} {'missing':>8} {'extra':>6} {'documented':>11}  status")
    totals = [0, 0, 0, 0]
    for code in sorted(by_code, key=lambda c: (not c[0].isdigit(), int(re.match(r"\d*", c).group() or 0), c)):
        if only and code not in only:
            continue
        s = by_code[code]
        if code not in codes:
            not_implemented.append(code)
            continue
        undocumented = [k for k in s["missing"] if documented.get(k) != "missing"] + \
                       [k for k in s["extra"] if documented.get(k) != "extra"]
        n_doc = len(s["missing"]) + len(s["extra"]) - len(undocumented)
        status = "ok" if not undocumented else "DIFFERS"
        print(f"{code:>10} {s['match']:>6} {len(s['missing']):>8} {len(s['extra']):>6} {n_doc:>11}  {status}")
        totals[0] += s["match"]
        totals[1] += len(s["missing"])
        totals[2] += len(s["extra"])
        totals[3] += n_doc
        if undocumented:
            failures.append(code)
            if verbose or only:
                for k in sorted(undocumented):
                    kind = "missing" if k in reference else "extra"
                    print(f"           {kind}: child {k[0]} {k[1]} row {k[2]}")

    stale = [k for k, kind in documented.items()
             if (kind == "missing" and not (k in reference and k not in ours))
             or (kind == "extra" and not (k in ours and k not in reference))]
    stale = [k for k in stale if not only or k[3] in only]

    print(f"{'total':>10} {totals[0]:>6} {totals[1]:>8} {totals[2]:>6} {totals[3]:>11}")
    print(f"implemented codes: {len(codes)}; codes in the reference not implemented: "
          f"{len(not_implemented)} ({', '.join(not_implemented)})")
    for k in stale:
        print(f"documented difference no longer seen: {k}")
    if failures or stale:
        print(f"FAIL: undocumented differences for {', '.join(failures)}" if failures else "FAIL: stale docs")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
