#!/usr/bin/python3
"""Gathers the seed corpus of one careplan fuzz target.

    make-seeds.py TARGET SOURCE_ROOT OUT_DIR

The seeds are the project's own sample files, read where they live so
that the corpus grows with them: the record samples, the example caseload,
the CLI test data, the record of every scenario file, the bad-input
catalogue (the cases of the target's loader), and the hand-made seeds in
tests/fuzz/seeds/TARGET.  The calendar also gets small feeds cut from
data/bank-holidays.json, one per division and one uniting two, so that
mutations are cheap.
"""

import json
import pathlib
import shutil
import sys

MAX_SEED = 65536


def copy(path, out, prefix):
    path = pathlib.Path(path)
    if path.is_file() and path.stat().st_size <= MAX_SEED:
        shutil.copyfile(path, out / f"{prefix}-{path.name}")


def bad_input_cases(root, loader):
    manifest = root / "tests" / "bad-input" / "manifest.json"
    if not manifest.exists():
        return []
    cases = json.loads(manifest.read_text(encoding="utf-8"))["cases"]
    return [root / "tests" / "bad-input" / c["file"]
            for c in cases if c["loader"] == loader and "file" in c]


def record_seeds(root, out):
    for sub in ("good", "bad"):
        for p in sorted((root / "tests" / "record-samples" / sub).glob("*.json")):
            copy(p, out, f"sample-{sub}")
    for p in sorted((root / "examples" / "data").glob("*.json")):
        copy(p, out, "example")
    for p in sorted((root / "tests" / "cli-data").glob("*.json")):
        copy(p, out, "cli")
    for p in sorted((root / "tests" / "scenarios").glob("*.json")):
        try:
            scenario = json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(scenario, dict) and "record" in scenario:
            (out / f"scenario-{p.name}").write_text(
                json.dumps(scenario["record"], indent=1, ensure_ascii=False), encoding="utf-8")
    for p in bad_input_cases(root, "record"):
        copy(p, out, "bad-input")


def calendar_seeds(root, out):
    feed_path = root / "data" / "bank-holidays.json"
    copy(feed_path, out, "data")
    feed = json.loads(feed_path.read_text(encoding="utf-8"))
    for name, division in feed.items():
        small = {name: dict(division, events=[e for e in division["events"]
                                               if e["date"].startswith(("2024", "2025"))])}
        (out / f"cut-{name}.json").write_text(json.dumps(small, indent=1), encoding="utf-8")
    two = {name: dict(division, events=[e for e in division["events"] if e["date"].startswith("2025")])
           for name, division in feed.items() if name in ("england-and-wales", "scotland")}
    (out / "cut-two.json").write_text("#england-and-wales,scotland\n" + json.dumps(two), encoding="utf-8")
    for p in sorted((root / "tests" / "scenarios").glob("*")):
        if p.suffix == ".json" and "holiday" in p.name:
            copy(p, out, "scenario")
    for p in bad_input_cases(root, "calendar"):
        copy(p, out, "bad-input")


def policy_seeds(root, out):
    for folder in (root / "examples", root / "tests" / "policy", root / "tests" / "policies"):
        if folder.is_dir():
            for p in sorted(folder.rglob("*.json")):
                if "polic" in p.name or "polic" in str(p.parent.name):
                    copy(p, out, "policy")
    for p in bad_input_cases(root, "policy"):
        copy(p, out, "bad-input")


def ssda903_seeds(root, out):
    for folder in (root / "tests" / "ssda903", root / "examples"):
        if folder.is_dir():
            for p in sorted(folder.rglob("*.csv")):
                copy(p, out, p.parent.name)
    for p in bad_input_cases(root, "ssda903"):
        if p.is_dir():
            for q in sorted(p.glob("*.csv")):
                copy(q, out, f"bad-input-{p.name}")
        else:
            copy(p, out, "bad-input")


def main():
    target, root, out = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    {"record": record_seeds, "calendar": calendar_seeds,
     "policy": policy_seeds, "ssda903": ssda903_seeds,
     # The commands' targets read what their readers read.
     "due": record_seeds, "measures": record_seeds, "import": ssda903_seeds}[target](root, out)
    # The hand-made seeds of the reader a command's target reads with.
    reader = {"due": "record", "measures": "record", "import": "ssda903"}.get(target, target)
    hand_made = root / "tests" / "fuzz" / "seeds" / reader
    if hand_made.is_dir():
        for p in sorted(hand_made.iterdir()):
            copy(p, out, "seed")


if __name__ == "__main__":
    main()
