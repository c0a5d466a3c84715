# test_plans.py: plan documents from Python, and `careplan check-plan`
#
# The same plan files as the C tests (tests/unit/test-plans.c): the example
# plans with what tests/plans/expected.json says of them, and the bad
# samples of tests/plans/manifest.json.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import datetime
import io
import json
import os
import subprocess

import pytest

from conftest import SOURCE_DIR

from gi.repository import Careplan, Gio, GLib

TOOL = os.environ.get('CAREPLAN_TOOL')
PLANS = SOURCE_DIR / 'examples' / 'plans'
CASELOAD = SOURCE_DIR / 'examples' / 'data' / 'caseload.json'
STATUTORY = SOURCE_DIR / 'examples' / 'data' / 'statutory.json'
EXPECTED = json.loads((SOURCE_DIR / 'tests' / 'plans' / 'expected.json').read_text(encoding='utf-8'))['plans']
MANIFEST = json.loads((SOURCE_DIR / 'tests' / 'plans' / 'manifest.json').read_text(encoding='utf-8'))['bad']

needs_tool = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def run(*args):
    return subprocess.run([TOOL, *[str(a) for a in args]], capture_output=True, text=True,
                          encoding='utf-8', timeout=60)


def children():
    found = {}
    for path in (CASELOAD, STATUTORY):
        model = Careplan.record_load_file(str(path))
        for i in range(model.get_n_items()):
            child = model.get_item(i)
            found[child.get_id()] = child
    return found


def statuses(results):
    return [(r.get_element_id(), Careplan.plan_element_status_to_string(r.get_status()))
            for r in (results.get_item(i) for i in range(results.get_n_items()))]


def test_catalogue_from_python():
    catalogue = Careplan.PlanElement.dup_catalogue()
    assert catalogue.get_n_items() == 142
    element = Careplan.PlanElement.lookup('cppcr-2010.reg5-a.care-plan.permanence-plan')
    assert element.props.provision == 'regulation 5(a)'
    assert element.props.url.startswith('https://www.legislation.gov.uk/uksi/2010/959/regulation/5')
    assert element.props.confirmation == Careplan.Confirmation.CONFIRMED_PRIMARY
    assert element.props.condition is None
    assert Careplan.PlanElement.lookup('nope') is None
    pathway = Careplan.PlanElement.dup_for_kind(Careplan.PlanKind.PATHWAY_PLAN,
                                                Careplan.LeavingCareStatus.FORMER_RELEVANT)
    assert pathway.get_n_items() == 22


@pytest.mark.parametrize('name', sorted(EXPECTED))
def test_example_plans_give_the_expected_missing_elements(name):
    expected = EXPECTED[name]
    plan = Careplan.Plan.load_file(str(PLANS / name))
    assert Careplan.plan_kind_to_string(plan.get_kind()) == expected['kind']
    assert plan.get_child_id() == expected['child']
    # The overrides give dates as datetime.date.
    assert isinstance(plan.get_date(), datetime.date)
    child = children()[plan.get_child_id()]
    for record in (child, None):
        results = plan.check(record, Careplan.PlanCheckFlags.NONE)
        assert results.get_item_type() == Careplan.PlanResult.__gtype__
        found = statuses(results)
        assert len(found) == expected['elements']
        assert [i for i, s in found if s == 'missing'] == expected['missing']
        if record is not None:
            counts = {k: 0 for k in expected['counts_with_records']}
            for _, status in found:
                counts[status] += 1
            assert counts == expected['counts_with_records']


@pytest.mark.parametrize('name', sorted(MANIFEST))
def test_bad_samples_are_refused(name):
    entry = MANIFEST[name]
    path = SOURCE_DIR / 'tests' / 'plans' / 'bad' / name
    with pytest.raises(GLib.Error) as info:
        Careplan.Plan.load_file(str(path))
    code = Careplan.Error.INVALID_JSON if entry['code'] == 'INVALID_JSON' else Careplan.Error.INVALID_PLAN
    assert info.value.matches(Careplan.error_quark(), code)
    assert info.value.message.startswith(str(path) + ':')
    assert entry['message'] in info.value.message


def test_cross_check_from_python():
    plan = Careplan.Plan.load_file(str(PLANS / 'care-plan-incomplete.json'))
    store = Gio.ListStore.new(Careplan.Plan.__gtype__)
    store.append(plan)
    child = children()['EX-018']
    findings = Careplan.Plan.cross_check(store, child, Careplan.Calendar.new_default(), datetime.date(2025, 6, 30))
    by_rule = {f.get_rule_id(): f for f in (findings.get_item(i) for i in range(findings.get_n_items()))}
    late = by_rule['cppcr-2010.reg4-2.care-plan.timing-10wd']
    assert late.get_status() == Careplan.FindingStatus.MET_LATE
    assert late.get_due() == datetime.date(2024, 7, 15)
    assert late.get_done() == datetime.date(2024, 7, 19)
    assert by_rule['guidance.vol2.care-plan.permanence-by-second-review'].get_status() == \
        Careplan.FindingStatus.OVERDUE


@needs_tool
def test_check_plan_json_lists_every_element_with_status_and_citation():
    plans = sorted(PLANS.glob('*.json'))
    result = run('check-plan', *plans, '--record', CASELOAD, '--record', STATUTORY,
                 '--as-of', '2025-06-30', '--format', 'json')
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc['as_of'] == '2025-06-30'
    assert len(doc['plans']) == len(plans)
    for plan in doc['plans']:
        name = os.path.basename(plan['file'])
        expected = EXPECTED[name]
        assert {'file', 'kind', 'child', 'date', 'elements'} <= set(plan)
        assert len(plan['elements']) == expected['elements']
        for element in plan['elements']:
            assert {'id', 'status', 'soft', 'provision', 'url', 'confirmation', 'message'} <= set(element)
            assert element['url'].startswith('https://www.legislation.gov.uk/')
            assert element['confirmation'] in ('CONFIRMED-PRIMARY', 'CONFIRMED-SECONDARY', 'UNCONFIRMED')
        assert [e['id'] for e in plan['elements'] if e['status'] == 'missing'] == expected['missing']
        assert plan['counts'] == expected['counts_with_records']
    rules = {f['rule'] for f in doc['findings']}
    assert 'cppcr-2010.reg18-1.pwp.signoff-nominated-officer' in rules
    for finding in doc['findings']:
        assert finding['citation']['url'].startswith('https://')


@needs_tool
def test_check_plan_without_record_reports_unknown_not_guesses():
    result = run('check-plan', PLANS / 'placement-plan-incomplete.json', '--format', 'json',
                 '--as-of', '2025-06-30')
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)['plans'][0]
    by_id = {e['id']: e for e in plan['elements']}
    # The plan itself says why the parent-placement matters do not apply.
    assert by_id['cppcr-2010.sch2.para2-1-c.pwp.decision']['status'] == 'not-applicable'
    assert json.loads(result.stdout)['findings'] == []


@needs_tool
def test_check_plan_reads_a_directory_like_its_files():
    by_dir = run('check-plan', PLANS, '--format', 'json', '--as-of', '2025-06-30')
    by_files = run('check-plan', *sorted(PLANS.glob('*.json')), '--format', 'json', '--as-of', '2025-06-30')
    assert by_dir.returncode == 0, by_dir.stderr
    assert [p['elements'] for p in json.loads(by_dir.stdout)['plans']] == \
        [p['elements'] for p in json.loads(by_files.stdout)['plans']]
    assert len(json.loads(by_dir.stdout)['plans']) == len(EXPECTED)


@needs_tool
def test_check_plan_csv_and_text():
    name = PLANS / 'short-break-plan-incomplete.json'
    result = run('check-plan', name, '--format', 'csv', '--as-of', '2025-06-30')
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 7
    assert {r['row'] for r in rows} == {'element'}
    assert [r['id'] for r in rows if r['status'] == 'missing'] == EXPECTED[name.name]['missing']
    text = run('check-plan', name, '--as-of', '2025-06-30')
    assert text.returncode == 0
    assert '2 missing' in text.stdout


@needs_tool
def test_check_plan_fail_on_missing_and_bad_input():
    assert run('check-plan', PLANS / 'care-plan-complete.json', '--fail-on', 'missing').returncode == 0
    assert run('check-plan', PLANS / 'care-plan-incomplete.json', '--fail-on', 'missing').returncode == 1
    bad = run('check-plan', SOURCE_DIR / 'tests' / 'plans' / 'bad' / 'unknown-element.json',
              PLANS / 'care-plan-complete.json')
    assert bad.returncode == 2
    assert 'unknown-element.json:7:' in bad.stderr
    assert 'care-plan-complete.json' in bad.stdout
    assert run('check-plan').returncode == 2
    assert run('check-plan', PLANS / 'care-plan-complete.json', '--fail-on', 'late').returncode == 2


@needs_tool
def test_rules_family_plan_content_and_catalogue_page():
    result = run('rules', '--family', 'plan-content', '--format', 'json')
    assert result.returncode == 0, result.stderr
    elements = json.loads(result.stdout)['elements']
    assert len(elements) == 142
    assert sum(1 for e in elements if e['status'] == 'UNCONFIRMED') == 25
    cross = json.loads(run('rules', '--family', 'plan-cross-checks', '--format', 'json').stdout)['rules']
    assert len(cross) == 8
    page = run('rules', '--format', 'markdown').stdout
    section = page.split('\n## Plan content\n')[1]
    for element in elements:
        assert '| `%s` |' % element['id'] in section
    for rule in cross:
        assert '| `%s` |' % rule['id'] in section
    assert run('rules', '--family', 'no-such-family').returncode == 2
