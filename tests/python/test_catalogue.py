# test_catalogue.py: the rules catalogue page and `careplan rules`
#
# docs/catalogue.md is generated at build time by `careplan rules --format
# markdown` (docs/meson.build).  It must list every rule of the default
# rulebook, in a table per family, with its kind, status, citation link,
# dates in force and parameters; the JSON catalogue must hold every rule
# the families define.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import re
import subprocess

import pytest

from conftest import BUILD_DIR, SOURCE_DIR

from gi.repository import Careplan

TOOL = os.environ.get('CAREPLAN_TOOL')
DEVON = SOURCE_DIR / 'examples' / 'policies' / 'devon.json'

# The default rulebook holds 46 rules in 11 families (docs/rules.md,
# wave 2): a catalogue that shrinks has lost a rule.
EXPECTED_RULES = 46
EXPECTED_FAMILIES = 11

pytestmark = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def run(*args):
    return subprocess.run([TOOL, *[str(a) for a in args]], capture_output=True, text=True,
                          encoding='utf-8', timeout=120)


def default_rules():
    book = Careplan.Rulebook.new_default()
    model = book.get_rules()
    return [model.get_item(i) for i in range(model.get_n_items())]


def markdown(*args):
    result = run('rules', '--format', 'markdown', *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


# The page ends with the plan section (plan content and plan cross-checks),
# which tests/python/test_plans.py checks.
PLAN_SECTION = '\n## Plan content\n'


def rows_by_id(page):
    """The table rows of the page's rulebook part, by rule id, as lists of cells."""
    page = page.split(PLAN_SECTION)[0]
    rows = {}
    for line in page.splitlines():
        match = re.match(r'^\| `([^`]+)` \|', line)
        if match:
            cells = [c.strip() for c in re.split(r'(?<!\\)\|', line)[1:-1]]
            assert match.group(1) not in rows, 'listed twice: ' + match.group(1)
            rows[match.group(1)] = cells
    return rows


def test_json_catalogue_holds_every_rule():
    result = run('rules', '--format', 'json')
    assert result.returncode == 0, result.stderr
    rules = json.loads(result.stdout)['rules']
    assert [r['id'] for r in rules] == [r.get_id() for r in default_rules()]
    assert len(rules) >= EXPECTED_RULES, len(rules)
    families = {r['family'] for r in rules}
    assert {'reviews', 'visits'} <= families
    assert len(families) >= EXPECTED_FAMILIES, families
    for r in rules:
        assert r['citation']['url'].startswith('https://'), r['id']


def test_rows_show_their_shape():
    rules = {r.get_id(): r for r in default_rules()}
    shape = rules['cppcr-2010.reg33-1.first-review'].dup_shape()
    assert shape.startswith('for each period of care: first review within 20 working days '
                            '(`working_days`) after becoming looked after, met by the first review')
    assert rules['clr-2010.reg8-2b.pa-visit-before-review'].dup_shape() is not None
    # Rows with an age-bounded scope, a birthday-bounded scope, a document
    # that may come before the placement, and out-of-area placements only.
    assert ('only for a child aged from 3 (`min_age`) to 17 (`max_age`)'
            in rules['guidance.education-2018.pep-initiation'].dup_shape())
    assert ('to the birthday at 21 (`until_age`)'
            in rules['clr-2010.reg8-2c.pa-visits-two-monthly'].dup_shape())
    assert 'the latest dated before the placement' in rules['cppcr-2010.reg9.placement-plan'].dup_shape()
    assert ("only placements out of the authority's area"
            in rules['cppcr-2010.reg13-4.out-of-area-notification'].dup_shape())
    # Reg 42 is a row anchored on eligibility, which reg 40's rule works out.
    assert rules['cppcr-2010.reg42.eligible-needs-assessment'].dup_shape().startswith(
        'while an eligible child (regulation 40), from the day the child becomes one')
    # An irregular rule is written as a function and has no shape.
    assert rules['cppcr-2010.reg40.eligible-child'].dup_shape() is None


def test_markdown_page_has_gi_docgen_header():
    page = markdown()
    assert page.startswith('Title: Rules catalogue\nSlug: catalogue\n\n# Rules catalogue\n')
    assert '(rules.html)' in page
    assert page.endswith('|\n')


def test_markdown_lists_every_rule_with_status_kind_and_citation_link():
    rows = rows_by_id(markdown())
    rules = default_rules()
    assert len(rows) == len(rules)
    for rule in rules:
        cells = rows[rule.get_id()]
        assert len(cells) == 7, cells
        ident, title, kind, status, citation, in_force, parameters = cells
        shape = rule.dup_shape()
        if shape is None:
            assert title == rule.get_title().replace('|', '\\|')
        else:
            # A rule written as a row shows its shape, generated from the row.
            assert title == (rule.get_title() + '<br>*Shape:* ' + shape).replace('|', '\\|')
        assert kind == Careplan.rule_kind_to_string(rule.get_kind())
        assert status == Careplan.confirmation_to_string(rule.get_confirmation())
        assert citation.startswith('[') and citation.endswith('(%s)' % rule.get_url()), citation
        assert rule.get_provision() in citation
        # The overrides give dates as datetime.date, or None for no date.
        since = rule.get_in_force_from()
        until = rule.get_in_force_until()
        if since:
            assert 'from %s' % since.isoformat() in in_force
        if until:
            assert 'until %s' % until.isoformat() in in_force
        if not since and not until:
            assert in_force == 'always'
        names = rule.get_parameter_names()
        for name in names:
            assert '`%s` = ' % name in parameters, (rule.get_id(), name)
        if not names:
            assert parameters == '—'


def test_markdown_has_one_table_per_family_in_rulebook_order():
    page = markdown().split(PLAN_SECTION)[0]
    headings = re.findall(r'^## (.+)$', page, re.M)
    families = []
    for rule in default_rules():
        if rule.get_family() not in families:
            families.append(rule.get_family())
    assert len(headings) == len(families)
    for heading, family in zip(headings, families):
        assert heading.lower() == family.replace('-', ' ').replace('_', ' ')
    assert page.count('| id | title | kind | status | citation | in force | parameters |') == len(families)
    # Within a family, rulebook order.
    ids = re.findall(r'^\| `([^`]+)` \|', page, re.M)
    assert ids == [r.get_id() for r in sorted(default_rules(),
                                               key=lambda r: families.index(r.get_family()))]


def test_markdown_parameters_show_value_unit_and_meaning():
    rows = rows_by_id(markdown())
    first_review = rows['cppcr-2010.reg33-1.first-review'][6]
    assert first_review.startswith('`working_days` = 20 working days: ')
    visits = rows['cppcr-2010.reg28-2b.first-year-six-weekly'][6]
    assert '`interval` = 42 days: ' in visits
    assert '<br>`first_year` = 12 months: ' in visits


def test_markdown_with_policy_has_local_section():
    page = markdown('--policy', DEVON)
    assert '`devon.json`' in page
    assert re.search(r'^## Local$', page, re.M)
    rows = rows_by_id(page)
    row = rows['local.devon.permanence-plan-12-weeks']
    assert row[2:4] == ['local-policy', 'LOCAL']
    assert row[4].endswith('(https://beta.devon.gov.uk/dcfp/postofstedimprovementplan/children-in-care/)')
    assert row[5] == 'always'
    assert row[6].startswith('`within` = 12 weeks: ')
    assert len(rows) == len(default_rules()) + 2


def test_built_catalogue_page_is_the_tools_output():
    if BUILD_DIR is None or not (BUILD_DIR / 'docs' / 'catalogue.md').exists():
        pytest.skip('the docs were not built (meson -Ddocs=false or no gi-docgen)')
    page = BUILD_DIR / 'docs' / 'catalogue.md'
    # meson test rebuilds only what the tests depend on: a page older than
    # the tool is from an earlier build, not a drift.
    if page.stat().st_mtime < os.stat(TOOL).st_mtime:
        pytest.skip('docs/catalogue.md is older than the tool: run ninja first')
    built = page.read_text(encoding='utf-8')
    assert built == markdown()


def test_catalogue_page_is_in_the_docs():
    toml = (SOURCE_DIR / 'docs' / 'careplan.toml.in').read_text(encoding='utf-8')
    assert '"catalogue.md"' in toml
    rules_page = (SOURCE_DIR / 'docs' / 'rules.md').read_text(encoding='utf-8')
    assert '(catalogue.html)' in rules_page
