# SPDX-License-Identifier: LGPL-2.1-or-later
"""The docs are part of the product: they must match what the code does."""
import os
import pathlib
import re

import gi

gi.require_version("Careplan", "1.0")
from gi.repository import Careplan  # noqa: E402

SOURCE = pathlib.Path(os.environ.get("CAREPLAN_SOURCE_DIR", pathlib.Path(__file__).parents[2]))


def default_rules():
    book = Careplan.Rulebook.new_default()
    return [book.get_rules().get_item(i) for i in range(book.get_rules().get_n_items())]


def test_rules_page_lists_every_rule_with_its_status():
    page = (SOURCE / "docs" / "rules.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `([^`]+)` \|.*$", page, re.M)}
    rules = default_rules()
    assert rules, "the default rulebook is empty"
    for rule in rules:
        assert rule.get_id() in rows, f"docs/rules.md does not list {rule.get_id()}"
        label = Careplan.confirmation_to_string(rule.get_confirmation())
        assert rows[rule.get_id()].rstrip(" |").endswith(label) or f"| {label}" in rows[rule.get_id()], \
            f"docs/rules.md gives {rule.get_id()} another status than {label}"


def test_every_rule_has_a_citation():
    for rule in default_rules():
        assert rule.get_instrument(), rule.get_id()
        assert rule.get_provision(), rule.get_id()
        assert rule.get_url().startswith("https://www.legislation.gov.uk/") or \
            rule.get_url().startswith("https://legislation.gov.uk/"), rule.get_id()


def test_readme_opens_with_the_two_setup_commands():
    readme = (SOURCE / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1).splitlines()
    assert block[0].startswith("build-aux/example.sh")
    assert block[1].startswith("build-aux/test.sh")
    ci = (SOURCE / ".ci" / "run").read_text(encoding="utf-8")
    assert "build-aux/test.sh" in ci
