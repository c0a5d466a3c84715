# test_cli.py: the careplan command-line tool, run as a subprocess
#
# The tool is at $CAREPLAN_TOOL and the source tree at $CAREPLAN_SOURCE_DIR
# (both set by meson test).  Small inputs are in tests/cli-data; the
# synthetic caseload is examples/data.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess

import pytest

SOURCE_DIR = os.environ.get(
    "CAREPLAN_SOURCE_DIR",
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
)
TOOL = os.environ.get("CAREPLAN_TOOL")
EXAMPLES = os.path.join(SOURCE_DIR, "examples", "data")
CLI_DATA = os.path.join(SOURCE_DIR, "tests", "cli-data")
AS_OF = "2025-06-30"

STATUSES = {"met", "met-late", "due", "overdue", "not-applicable", "unknown"}
FINDING_KEYS = ["child", "rule", "status", "anchor", "due", "done", "days_late",
                "message", "citation"]
CSV_HEADER = ["child", "rule", "status", "anchor_kind", "anchor_date", "due", "done",
              "days_late", "message", "instrument", "provision", "url"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

pytestmark = pytest.mark.skipif(
    not TOOL or not os.access(TOOL, os.X_OK),
    reason="CAREPLAN_TOOL does not name a built careplan tool",
)


def cli(path):
    return os.path.join(CLI_DATA, path)


def run(*args, stdin=None):
    """Runs the tool; stdin is text or None (then it reads /dev/null)."""
    return subprocess.run(
        [TOOL, *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def check_json(*args, stdin=None, expect=0):
    result = run("check", "--format", "json", *args, stdin=stdin)
    assert result.returncode == expect, result.stderr
    return json.loads(result.stdout)


def example_files():
    return sorted(
        os.path.join(EXAMPLES, name)
        for name in os.listdir(EXAMPLES)
        if name.endswith(".json") and not name.startswith(".")
    )


def need_examples():
    if not os.path.isdir(EXAMPLES) or not example_files():
        pytest.fail("examples/data holds no *.json records")


def key(finding):
    return (finding["child"], finding["rule"], finding["status"], finding["due"],
            finding["done"], finding["days_late"])


# --- usage, help, version -------------------------------------------------

def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert re.fullmatch(r"careplan \d+\.\d+\.\d+\n", result.stdout)


@pytest.mark.parametrize("args", [["help"], ["--help"], ["-h"]])
def test_help_lists_commands(args):
    result = run(*args)
    assert result.returncode == 0
    assert "Usage:" in result.stdout
    for command in ("check", "due", "rules", "help"):
        assert re.search(r"^  %s\s" % command, result.stdout, re.M), command


@pytest.mark.parametrize("args", [["help", "check"], ["check", "--help"]])
def test_check_help(args):
    result = run(*args)
    assert result.returncode == 0
    for option in ("--as-of", "--format", "--status", "--fail-on", "--calendar", "--policy"):
        assert option in result.stdout
    assert "Exit status" in result.stdout


def test_no_command_is_usage_error():
    result = run()
    assert result.returncode == 2
    assert "Usage:" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["--bogus"],
    ["help", "frobnicate"],
    ["check", "--bogus", cli("overdue.json")],
    ["rules", "--bogus"],
    ["rules", "extra-argument"],
])
def test_unknown_command_or_option_is_usage_error(args):
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("careplan: ")
    assert "Usage:" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("args, word", [
    (["--as-of", "2025-02-30"], "--as-of"),
    (["--as-of", "yesterday"], "--as-of"),
    (["--format", "xml"], "--format"),
    (["--status", "overdue,late"], "late"),
    (["--fail-on", "sometimes"], "sometimes"),
])
def test_bad_option_value_is_usage_error(args, word):
    result = run("check", *args, cli("overdue.json"))
    assert result.returncode == 2
    assert result.stderr.startswith("careplan: ")
    assert word in result.stderr.splitlines()[0]
    assert result.stdout == ""


# --- check: the three formats ---------------------------------------------

def test_check_examples_json():
    need_examples()
    doc = check_json(EXAMPLES, "--as-of", AS_OF)
    assert list(doc) == ["as_of", "findings"]
    assert doc["as_of"] == AS_OF
    findings = doc["findings"]
    assert findings

    for f in findings:
        assert list(f) == FINDING_KEYS
        assert f["status"] in STATUSES
        assert list(f["anchor"]) == ["kind", "date"]
        for date in (f["anchor"]["date"], f["due"], f["done"]):
            assert date is None or ISO.match(date)
        if f["status"] in ("met-late", "overdue"):
            assert isinstance(f["days_late"], int) and f["days_late"] >= 0
        else:
            assert f["days_late"] is None
        # A met finding may have no done date (DESIGN §4: "or null"), e.g.
        # a return interview offered on a date not recorded.
        if f["status"] == "met-late":
            assert f["done"] is not None
        assert isinstance(f["message"], str) and f["message"]
        citation = f["citation"]
        assert list(citation) == ["instrument", "provision", "url"]
        assert citation["instrument"] and citation["provision"]
        assert citation["url"].startswith("https://")

    rules = {f["rule"] for f in findings}
    assert any(r.startswith("cppcr-2010.reg33") for r in rules), rules   # reviews
    assert any(r.startswith("cppcr-2010.reg28") for r in rules), rules   # visits
    children = {f["child"] for f in findings}
    assert len(children) >= 2


def test_check_json_overdue_values():
    doc = check_json(cli("overdue.json"), "--as-of", AS_OF)
    findings = doc["findings"]
    assert {f["child"] for f in findings} == {"CLI-OVERDUE"}
    first_review = [f for f in findings if f["rule"] == "cppcr-2010.reg33-1.first-review"]
    assert len(first_review) == 1
    f = first_review[0]
    # Looked after Monday 6 January 2025: 20 working days later is 3 February.
    assert f["status"] == "met"
    assert f["anchor"] == {"kind": "became-looked-after", "date": "2025-01-06"}
    assert f["due"] == "2025-02-03"
    assert f["done"] == "2025-01-20"
    overdue = [f for f in findings if f["status"] == "overdue"]
    assert overdue
    for f in overdue:
        due = datetime.date.fromisoformat(f["due"])
        assert f["days_late"] == (datetime.date.fromisoformat(AS_OF) - due).days


def test_check_csv_matches_json():
    need_examples()
    doc = check_json(EXAMPLES, "--as-of", AS_OF)
    result = run("check", "--format", "csv", "--as-of", AS_OF, EXAMPLES)
    assert result.returncode == 0, result.stderr
    # LF line ends; the csv module reads RFC 4180 quoting.
    assert "\r\n" not in result.stdout
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0] == CSV_HEADER
    rows = rows[1:]
    assert len(rows) == len(doc["findings"])
    for row, f in zip(rows, doc["findings"]):
        record = dict(zip(CSV_HEADER, row))
        assert len(row) == len(CSV_HEADER)
        assert record["child"] == f["child"]
        assert record["rule"] == f["rule"]
        assert record["status"] == f["status"]
        assert record["anchor_kind"] == (f["anchor"]["kind"] or "")
        assert record["anchor_date"] == (f["anchor"]["date"] or "")
        assert record["due"] == (f["due"] or "")
        assert record["done"] == (f["done"] or "")
        assert record["days_late"] == ("" if f["days_late"] is None else str(f["days_late"]))
        assert record["message"] == f["message"]
        assert record["instrument"] == f["citation"]["instrument"]
        assert record["provision"] == f["citation"]["provision"]
        assert record["url"] == f["citation"]["url"]


def test_check_text():
    need_examples()
    doc = check_json(EXAMPLES, "--as-of", AS_OF)
    findings = doc["findings"]
    result = run("check", "--as-of", AS_OF, EXAMPLES)   # text is the default
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    n = len(findings)
    # One line per finding, a blank line, a total and one line per status.
    assert lines[n] == ""
    assert lines[n + 1] == "%d findings as of %s" % (n, AS_OF)
    counts = {}
    for line, f in zip(lines[:n], findings):
        counts[f["status"]] = counts.get(f["status"], 0) + 1
        fields = line.split("  ")
        assert fields[0] == f["child"]
        assert line.split()[1] == f["status"]
        assert f["rule"] in line
        if f["due"]:
            assert "due " + f["due"] in line
        if f["days_late"] is not None:
            assert "(%d day%s late)" % (f["days_late"], "" if f["days_late"] == 1 else "s") in line
    summary = dict(line.split() for line in lines[n + 2:] if line)
    assert set(summary) == STATUSES
    for status in STATUSES:
        assert int(summary[status]) == counts.get(status, 0)
    assert result.stdout.endswith("\n")


def test_text_line_example():
    result = run("check", "--as-of", AS_OF, cli("overdue.json"))
    assert result.returncode == 0, result.stderr
    line = next(l for l in result.stdout.splitlines()
                if "cppcr-2010.reg33-1.first-review" in l)
    assert re.match(r"^CLI-OVERDUE  met {13}cppcr-2010\.reg33-1\.first-review  "
                    r"due 2025-02-03  done 2025-01-20  \S", line), line


def test_empty_input_gives_valid_documents():
    # A child who was never looked after has no obligations.
    record = json.dumps({"id": "CLI-NEVER", "date_of_birth": "2020-01-01", "episodes": []})
    doc = check_json("--as-of", AS_OF, stdin=record)
    assert doc == {"as_of": AS_OF, "findings": []}
    result = run("check", "--format", "csv", "--as-of", AS_OF, stdin=record)
    assert result.returncode == 0
    assert result.stdout == ",".join(CSV_HEADER) + "\n"
    result = run("check", "--as-of", AS_OF, stdin=record)
    assert result.returncode == 0
    assert result.stdout.startswith("0 findings as of %s\n" % AS_OF)


# --- filters and exit statuses --------------------------------------------

def test_status_filter():
    need_examples()
    everything = check_json(EXAMPLES, "--as-of", AS_OF)["findings"]
    wanted = {"overdue", "due"}
    filtered = check_json(EXAMPLES, "--as-of", AS_OF, "--status", "overdue,due")["findings"]
    assert filtered == [f for f in everything if f["status"] in wanted]
    repeated = check_json(EXAMPLES, "--as-of", AS_OF,
                          "--status", "overdue", "--status", "due")["findings"]
    assert repeated == filtered
    met = check_json(EXAMPLES, "--as-of", AS_OF, "--status", "met")["findings"]
    assert met == [f for f in everything if f["status"] == "met"]


def test_fail_on_overdue():
    result = run("check", "--as-of", AS_OF, "--fail-on", "overdue", cli("overdue.json"))
    assert result.returncode == 1, result.stderr
    assert "overdue" in result.stdout           # the findings are still printed
    result = run("check", "--as-of", AS_OF, cli("overdue.json"))
    assert result.returncode == 0


def test_fail_on_nothing_overdue():
    # Looked after on 20 June 2025: at 24 June the first visit and first
    # review are due, not overdue.
    doc = check_json("--as-of", "2025-06-24", cli("on-time.json"))
    statuses = {f["status"] for f in doc["findings"]}
    assert "overdue" not in statuses
    assert "due" in statuses
    result = run("check", "--as-of", "2025-06-24", "--fail-on", "overdue", cli("on-time.json"))
    assert result.returncode == 0, result.stderr
    # Later the first visit is overdue and the same command fails.
    result = run("check", "--as-of", AS_OF, "--fail-on", "overdue", cli("on-time.json"))
    assert result.returncode == 1


def test_fail_on_judges_hidden_findings_too():
    result = run("check", "--as-of", AS_OF, "--status", "met", "--fail-on", "overdue",
                 "--format", "json", cli("overdue.json"))
    assert result.returncode == 1
    assert all(f["status"] == "met" for f in json.loads(result.stdout)["findings"])


def test_default_as_of_is_today():
    doc = check_json(cli("overdue.json"))
    assert doc["as_of"] == datetime.date.today().isoformat()


# --- inputs: files, directories, stdin --------------------------------------

def test_stdin_input():
    with open(cli("overdue.json"), encoding="utf-8") as f:
        text = f.read()
    from_file = check_json("--as-of", AS_OF, cli("overdue.json"))
    assert check_json("--as-of", AS_OF, stdin=text) == from_file
    assert check_json("--as-of", AS_OF, "-", stdin=text) == from_file


def test_cohort_file():
    findings = check_json("--as-of", AS_OF, cli("cohort.json"))["findings"]
    children = [f["child"] for f in findings]
    assert set(children) == {"CLI-COHORT-1", "CLI-COHORT-2"}
    # Child by child, in file order.
    assert children == sorted(children)


def test_same_findings_from_file_dir_and_stdin():
    need_examples()
    files = example_files()
    from_dir = check_json("--as-of", AS_OF, EXAMPLES)["findings"]
    from_files = check_json("--as-of", AS_OF, *files)["findings"]
    from_stdin = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            from_stdin += check_json("--as-of", AS_OF, stdin=f.read())["findings"]
    assert from_dir == from_files
    assert from_dir == from_stdin


def test_directory_is_sorted_flat_and_json_only(tmp_path):
    shutil.copy(cli("overdue.json"), tmp_path / "b.json")
    shutil.copy(cli("on-time.json"), tmp_path / "a.json")
    shutil.copy(cli("bad-json.json"), tmp_path / ".hidden.json")
    shutil.copy(cli("bad-json.json"), tmp_path / "notes.txt")
    (tmp_path / "sub").mkdir()
    shutil.copy(cli("bad-json.json"), tmp_path / "sub" / "c.json")
    result = run("check", "--format", "json", "--as-of", AS_OF, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    children = [f["child"] for f in json.loads(result.stdout)["findings"]]
    first_b = children.index("CLI-OVERDUE")
    assert set(children[:first_b]) == {"CLI-ON-TIME"}
    assert set(children[first_b:]) == {"CLI-OVERDUE"}


def test_empty_directory_is_bad_input(tmp_path):
    # Nothing read is not "0 findings": with --fail-on that passed a pipeline.
    result = run("check", "--as-of", AS_OF, "--fail-on", "overdue", str(tmp_path))
    assert result.returncode == 2
    assert "nothing careplan can read" in result.stderr and "the folder is empty" in result.stderr


def test_directory_without_json_names_what_it_holds(tmp_path):
    for name in ("caseload.xlsx", "notes.txt", "CASELOAD.JSON"):
        (tmp_path / name).write_text("x")
    result = run("check", "--as-of", AS_OF, str(tmp_path))
    assert result.returncode == 2
    assert "CASELOAD.JSON, caseload.xlsx, notes.txt" in result.stderr


# --- bad input --------------------------------------------------------------

def test_bad_date_names_file_position_and_field():
    result = run("check", "--as-of", AS_OF, cli("bad-date.json"))
    assert result.returncode == 2
    assert result.stdout.startswith("0 findings")
    first = result.stderr.splitlines()[0]
    assert re.match(r"^careplan: .*bad-date\.json:\d+:\d+: ", first), first
    assert "start" in first


def test_bad_json_names_file_and_position():
    result = run("check", "--as-of", AS_OF, cli("bad-json.json"))
    assert result.returncode == 2
    first = result.stderr.splitlines()[0]
    assert re.match(r"^careplan: .*bad-json\.json:\d+:\d+: ", first), first


def test_bad_stdin_names_stdin():
    result = run("check", "--as-of", AS_OF, stdin='{"id": "X", "episodes": [')
    assert result.returncode == 2
    assert re.match(r"^careplan: <stdin>:\d+:\d+: ", result.stderr), result.stderr


def test_missing_file():
    missing = cli("no-such-file.json")
    result = run("check", "--as-of", AS_OF, missing)
    assert result.returncode == 2
    assert result.stderr == "careplan: %s: no such file or directory\n" % missing


def test_bad_file_is_skipped_and_others_checked():
    result = run("check", "--format", "json", "--as-of", AS_OF,
                 cli("bad-date.json"), cli("overdue.json"), cli("no-such-file.json"))
    assert result.returncode == 2
    doc = json.loads(result.stdout)                  # still a whole document
    assert {f["child"] for f in doc["findings"]} == {"CLI-OVERDUE"}
    assert doc == check_json("--as-of", AS_OF, cli("overdue.json"))
    assert len(result.stderr.splitlines()) == 2
    # Bad input outranks --fail-on.
    result = run("check", "--as-of", AS_OF, "--fail-on", "overdue",
                 cli("overdue.json"), cli("bad-json.json"))
    assert result.returncode == 2


def test_bad_calendar_feed(tmp_path):
    feed = tmp_path / "feed.json"
    feed.write_text("{ not json")
    result = run("check", "--as-of", AS_OF, "--calendar", str(feed), cli("overdue.json"))
    assert result.returncode == 2
    assert result.stderr.startswith("careplan: ")
    assert result.stdout == ""


def test_calendar_feed_moves_working_days(tmp_path):
    with open(os.path.join(SOURCE_DIR, "data", "bank-holidays.json"), encoding="utf-8") as f:
        feed = json.load(f)
    feed["england-and-wales"]["events"].append(
        {"title": "Test holiday", "date": "2025-01-15", "notes": "", "bunting": False})
    feed["england-and-wales"]["events"].sort(key=lambda e: e["date"])
    path = tmp_path / "bank-holidays.json"
    path.write_text(json.dumps(feed), encoding="utf-8")

    def first_review_due(*args):
        findings = check_json("--as-of", AS_OF, *args, cli("overdue.json"))["findings"]
        return next(f["due"] for f in findings
                    if f["rule"] == "cppcr-2010.reg33-1.first-review")

    assert first_review_due() == "2025-02-03"
    assert first_review_due("--calendar", str(path)) == "2025-02-04"


def test_validation_problems_are_warnings():
    result = run("check", "--format", "json", "--as-of", AS_OF, cli("warn.json"))
    assert result.returncode == 0, result.stderr
    assert {f["child"] for f in json.loads(result.stdout)["findings"]} == {"CLI-WARN"}
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    prefix = r"^careplan: .*warn\.json:\d+:\d+: warning: child CLI-WARN: "
    assert re.match(prefix + r"episodes\[0\]\.category_of_need: ", lines[0]), lines[0]
    assert re.match(prefix + r"reviews\[0\]\.participation: ", lines[1]), lines[1]


def test_stderr_names_children_only_by_id():
    # Nothing of a child's record but its id reaches stderr: a clean run
    # prints nothing there at all.
    result = run("check", "--as-of", AS_OF, cli("overdue.json"), cli("cohort.json"))
    assert result.returncode == 0
    assert result.stderr == ""


# --- rules --------------------------------------------------------------------

def rules_json():
    result = run("rules", "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert list(doc) == ["rules"]
    return doc["rules"]


def test_rules_json():
    rules = rules_json()
    assert rules
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    assert "cppcr-2010.reg33-1.first-review" in ids
    assert "cppcr-2010.reg28-2a.first-visit" in ids
    for r in rules:
        assert list(r) == ["id", "family", "title", "kind", "status", "citation",
                           "in_force", "parameters", "shape"]
        assert r["family"] and r["title"]
        assert r["kind"] in {"statute", "statutory-guidance", "dfe-definition",
                             "local-policy"}, r["kind"]
        assert r["status"] in {"CONFIRMED-PRIMARY", "CONFIRMED-SECONDARY", "VALIDATOR",
                               "UNCONFIRMED", "LOCAL"}, r["status"]
        assert list(r["citation"]) == ["instrument", "provision", "url"]
        assert r["citation"]["instrument"] and r["citation"]["provision"]
        assert r["citation"]["url"].startswith("https://")
        assert list(r["in_force"]) == ["from", "until"]
        for date in r["in_force"].values():
            assert date is None or ISO.match(date)
        for p in r["parameters"]:
            assert list(p) == ["name", "value", "unit", "description"]
            assert isinstance(p["value"], int)
            assert p["unit"] in {"days", "weeks", "months", "working-days", "years",
                                 "count", "month-day"}, p["unit"]
        # A row shows its shape, as on the catalogue page; a function has none.
        assert r["shape"] is None or r["shape"].startswith(("for each ", "while ")), r["shape"]
    by_id = {r["id"]: r for r in rules}
    assert by_id["cppcr-2010.reg33-1.first-review"]["shape"].startswith(
        "for each period of care: first review within 20 working days (`working_days`)")
    assert by_id["cppcr-2010.reg40.eligible-child"]["shape"] is None


def test_rules_cover_every_finding_rule():
    need_examples()
    ids = {r["id"] for r in rules_json()}
    findings = check_json("--as-of", AS_OF, EXAMPLES)["findings"]
    assert {f["rule"] for f in findings} <= ids


def test_rules_text():
    rules = rules_json()
    result = run("rules")
    assert result.returncode == 0
    for r in rules:
        assert re.search(r"^%s$" % re.escape(r["id"]), result.stdout, re.M)
        assert r["citation"]["url"] in result.stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    ["rules", "--format", "json"],
    ["check", "--as-of", AS_OF, "--format", "json", cli("overdue.json")],
])
def test_write_error_exits_2(args):
    with open("/dev/full", "w") as full:
        result = subprocess.run([TOOL, *args], stdin=subprocess.DEVNULL, stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("careplan: cannot write")


BAD_AND_GOOD = """{
  "format": "careplan-record/1",
  "children": [
    { "id": "KG-GOOD-1", "date_of_birth": "2015-01-01",
      "episodes": [ { "start": "2025-01-06", "reason_new_episode": "S", "legal_status": "C2",
                      "placement_type": "U6", "placement_provider": "PR1", "category_of_need": "N1" } ] },
    { "id": "KG-BAD", "date_of_birth": "2015-02-31" },
    { "id": "KG-GOOD-2", "date_of_birth": "2014-01-01",
      "episodes": [ { "start": "2025-02-03", "reason_new_episode": "S", "legal_status": "C2",
                      "placement_type": "U6", "placement_provider": "PR1", "category_of_need": "N1" } ] },
    { "id": "KG-GOOD-1" }
  ]
}
"""


def test_keep_going_evaluates_the_good_children_of_a_bad_file(tmp_path):
    path = tmp_path / "mixed.json"
    path.write_text(BAD_AND_GOOD, encoding="utf-8")

    strict = run("check", "--as-of", "2025-06-30", "--format", "json", str(path))
    assert strict.returncode == 2
    assert json.loads(strict.stdout)["findings"] == []
    assert "mixed.json:7:40:" in strict.stderr and "date_of_birth" in strict.stderr

    kept = run("check", "--as-of", "2025-06-30", "--format", "json", "--keep-going", str(path))
    assert kept.returncode == 2
    children = {f["child"] for f in json.loads(kept.stdout)["findings"]}
    assert children == {"KG-GOOD-1", "KG-GOOD-2"}
    lines = [l for l in kept.stderr.splitlines() if l.startswith("careplan: ")]
    assert any("children[1].date_of_birth" in l and "mixed.json:7:40:" in l for l in lines), kept.stderr
    assert any("duplicate child id" in l and "KG-GOOD-1" in l for l in lines), kept.stderr
