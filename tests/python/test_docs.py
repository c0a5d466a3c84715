# SPDX-License-Identifier: LGPL-2.1-or-later
"""The docs are part of the product: they must match what the code does.

docs/catalogue.md is generated from the rule definitions (test_catalogue.py);
docs/rules.md is written by hand and says how rules are judged and which
readings are open: its named-policies table must name every parameter that
encodes an UNCONFIRMED reading, with the value the code uses.
"""
import os
import pathlib
import re

import gi

gi.require_version("Careplan", "1.0")
from gi.repository import Careplan  # noqa: E402

SOURCE = pathlib.Path(os.environ.get("CAREPLAN_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
RULES_PAGE = SOURCE / "docs" / "rules.md"


def default_rules():
    book = Careplan.Rulebook.new_default()
    return [book.get_rules().get_item(i) for i in range(book.get_rules().get_n_items())]


def section(page, heading):
    match = re.search(r"^## %s\n(.*?)(?=^## |\Z)" % re.escape(heading), page, re.S | re.M)
    assert match, "docs/rules.md has no section “%s”" % heading
    return match.group(1)


def unconfirmed_parameters():
    """(rule, parameter name, value) for every parameter of an UNCONFIRMED
    rule, and every parameter whose description says UNCONFIRMED."""
    found = []
    for rule in default_rules():
        unconfirmed_rule = rule.get_confirmation() == Careplan.Confirmation.UNCONFIRMED
        for name in rule.get_parameter_names():
            description = rule.get_parameter_description(name) or ""
            if unconfirmed_rule or "UNCONFIRMED" in description:
                found.append((rule, name, rule.get_parameter(name)))
    return found


def test_rules_page_links_the_catalogue():
    page = RULES_PAGE.read_text(encoding="utf-8")
    assert page.startswith("Title: Rules\nSlug: rules\n")
    assert "(catalogue.html)" in page


def test_named_policies_table_has_every_unconfirmed_parameter():
    table = section(RULES_PAGE.read_text(encoding="utf-8"), "Named policies (where the law is unclear)")
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    missing = []
    for rule, name, value in unconfirmed_parameters():
        wanted = "`%s`" % rule.get_id()
        if not any(wanted in row and re.search(r"`%s` = %d\b" % (re.escape(name), value), row)
                   for row in rows):
            missing.append("%s %s = %d" % (rule.get_id(), name, value))
    assert not missing, "docs/rules.md named policies lacks (or gives another default for):\n" + \
        "\n".join(missing)


def test_every_unconfirmed_rule_is_named_on_the_rules_page():
    page = RULES_PAGE.read_text(encoding="utf-8")
    for rule in default_rules():
        if rule.get_confirmation() == Careplan.Confirmation.UNCONFIRMED:
            assert "`%s`" % rule.get_id() in page, rule.get_id()


def test_rules_page_names_only_rules_that_exist():
    page = RULES_PAGE.read_text(encoding="utf-8")
    ids = {rule.get_id() for rule in default_rules()}
    for named in re.findall(r"`((?:cppcr|clr|ca1989|guidance|adoption|visits)[-.][^`]+)`", page):
        assert named in ids, "docs/rules.md names %s, which is no rule" % named


def test_every_rule_has_a_citation():
    for rule in default_rules():
        assert rule.get_instrument(), rule.get_id()
        assert rule.get_provision(), rule.get_id()
        url = rule.get_url()
        assert re.match(r"^https://(www\.)?([a-z0-9-]+\.)*gov\.uk/", url), (rule.get_id(), url)


def test_readme_opens_with_the_two_setup_commands():
    readme = (SOURCE / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1).splitlines()
    assert block[0].startswith("build-aux/example.sh")
    assert block[1].startswith("build-aux/test.sh")
    ci = (SOURCE / ".ci" / "run").read_text(encoding="utf-8")
    assert "build-aux/test.sh" in ci


def test_man_page_documents_every_command_and_option():
    man = (SOURCE / "docs" / "careplan.1").read_text(encoding="utf-8").replace("\\-", "-")
    for command in ("check", "due", "rules", "help"):
        assert re.search(r"^\.B careplan %s\b" % command, man, re.M), command
    for option in ("--as-of", "--policy", "--within", "--format", "--status", "--fail-on",
                   "--calendar", "--ssda903", "markdown"):
        assert option in man, option
