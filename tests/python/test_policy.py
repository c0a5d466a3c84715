# test_policy.py: local policy files, from Python and through the tool
#
# The policy reader is reached through GObject-introspection
# (Careplan.policy_load_file / policy_load_data) and through
# `careplan check|due|rules --policy FILE`.  The JSON Schema in docs/ must
# accept every policy of the source tree and refuse what the reader refuses.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
from datetime import date
import os
import re
import subprocess

import pytest

from conftest import SOURCE_DIR

from gi.repository import GLib, Careplan

TOOL = os.environ.get('CAREPLAN_TOOL')
POLICIES = SOURCE_DIR / 'examples' / 'policies'
TEST_POLICIES = SOURCE_DIR / 'tests' / 'policies'
CLI_DATA = SOURCE_DIR / 'tests' / 'cli-data'
SCHEMA = SOURCE_DIR / 'docs' / 'careplan-policy.schema.json'
DEVON = POLICIES / 'devon.json'
VISITS = POLICIES / 'four-weekly-visits.json'
PERMANENCE = 'local.devon.permanence-plan-12-weeks'
LIFE_STORY = 'local.devon.life-story-work-12-weeks'
SIX_WEEKLY = 'cppcr-2010.reg28-2b.first-year-six-weekly'
FIRST_REVIEW = 'cppcr-2010.reg33-1.first-review'

ALL_POLICIES = sorted(POLICIES.glob('*.json')) + sorted(TEST_POLICIES.glob('*.json'))

needs_tool = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def rules_of(rulebook):
    model = rulebook.get_rules()
    return [model.get_item(i) for i in range(model.get_n_items())]


def describe(rulebook):
    """Everything about a rulebook that a policy may change."""
    out = []
    for rule in rules_of(rulebook):
        values = []
        for name in rule.get_parameter_names():
            values.append((name, rule.get_parameter(name), rule.get_parameter_unit(name)))
        out.append((rule.get_id(), values))
    return out


def run(*args, stdin=''):
    return subprocess.run([TOOL, *[str(a) for a in args]], input=stdin, capture_output=True,
                          text=True, encoding='utf-8', timeout=120)


# --- the Python API ---------------------------------------------------------

def test_devon_policy_adds_two_local_rules():
    rulebook = Careplan.Rulebook.new_default()
    before = len(rules_of(rulebook))
    assert Careplan.policy_load_file(rulebook, str(DEVON))
    rules = rules_of(rulebook)
    assert len(rules) == before + 2
    assert [r.get_id() for r in rules[-2:]] == [PERMANENCE, LIFE_STORY]
    rule = rulebook.lookup(PERMANENCE)
    assert rule.get_kind() == Careplan.RuleKind.LOCAL_POLICY
    assert rule.get_confirmation() == Careplan.Confirmation.LOCAL
    assert rule.get_family() == 'local'
    assert rule.get_url().startswith('https://beta.devon.gov.uk/')
    assert rule.get_parameter('within') == 12
    assert rule.get_parameter_unit('within') == 'weeks'


def test_policy_changes_a_parameter_in_place():
    rulebook = Careplan.Rulebook.new_default()
    ids = [r.get_id() for r in rules_of(rulebook)]
    Careplan.policy_load_data(rulebook, json.dumps({
        'format': 'careplan-policy/1',
        'parameters': {SIX_WEEKLY: {'interval': 28}},
    }), -1, 'inline.json')
    assert [r.get_id() for r in rules_of(rulebook)] == ids
    assert rulebook.lookup(SIX_WEEKLY).get_parameter('interval') == 28


def test_policy_switches_a_rule_off():
    rulebook = Careplan.Rulebook.new_default()
    Careplan.policy_load_data(rulebook, json.dumps({
        'format': 'careplan-policy/1', 'disable': [FIRST_REVIEW]}), -1, None)
    assert rulebook.lookup(FIRST_REVIEW) is None


def test_placement_boundary_setting():
    rulebook = Careplan.Rulebook.new_default()
    assert rulebook.props.placement_boundary == Careplan.PlacementBoundary.CARER
    Careplan.policy_load_file(rulebook, str(TEST_POLICIES / 'placement-boundary-episode.json'))
    assert rulebook.get_placement_boundary() == Careplan.PlacementBoundary.EPISODE
    with pytest.raises(GLib.Error) as raised:
        Careplan.policy_load_data(Careplan.Rulebook.new_default(),
                                  '{"format": "careplan-policy/1", "placement_boundary": "house"}',
                                  -1, 'p.json')
    assert 'placement_boundary' in raised.value.message and 'house' in raised.value.message


def test_devon_target_evaluated():
    rulebook = Careplan.Rulebook.new_default()
    Careplan.policy_load_file(rulebook, str(DEVON))
    engine = Careplan.Engine.new(rulebook, Careplan.Calendar.new_default())
    child = Careplan.record_load_data(json.dumps({
        'id': 'PY-DEVON', 'date_of_birth': '2015-01-01',
        'episodes': [{'start': '2025-01-06', 'reason_new_episode': 'S', 'legal_status': 'C2',
                      'category_of_need': 'N1', 'placement_type': 'U4',
                      'placement_provider': 'PR1'}],
        'life_story_work': [{'date': '2025-03-31', 'kind': 'completed'}],
    }), -1, None)[0]
    by_rule = {}
    for as_of in ('2025-03-30', '2025-03-31', '2025-04-01'):
        by_rule[as_of] = {f.get_rule_id(): f.to_dict() for f in engine.evaluate(child, as_of)}
    assert by_rule['2025-03-30'][PERMANENCE]['status'] == 'due'
    assert by_rule['2025-03-31'][PERMANENCE]['status'] == 'due'
    assert by_rule['2025-04-01'][PERMANENCE]['status'] == 'overdue'
    assert by_rule['2025-04-01'][PERMANENCE]['days_late'] == 1
    assert by_rule['2025-03-30'][LIFE_STORY]['status'] == 'due'
    assert by_rule['2025-03-31'][LIFE_STORY]['status'] == 'met'
    assert by_rule['2025-04-01'][LIFE_STORY]['done'] == date(2025, 3, 31)
    for finding in by_rule['2025-04-01'].values():
        if finding['rule'].startswith('local.devon.'):
            assert finding['due'] == date(2025, 3, 31)
            assert finding['citation']['url'].startswith('https://beta.devon.gov.uk/')


@pytest.mark.parametrize('text, code, where', [
    ('{"format": "careplan-policy/1", "parameters": {"no.such.rule": {"x": 1}}}',
     Careplan.Error.UNKNOWN_RULE, r'^bad\.json:1:64: parameters\["no\.such\.rule"\]: .*no\.such\.rule'),
    ('{"format": "careplan-policy/1",\n "parameters": {"%s": {"intervall": 1}}}' % SIX_WEEKLY,
     Careplan.Error.UNKNOWN_RULE, r'^bad\.json:2:\d+: parameters\["%s"\]\.intervall: .*“intervall”'
     % re.escape(SIX_WEEKLY)),
    ('{"format": "careplan-policy/1", "disable": ["nothing"]}',
     Careplan.Error.UNKNOWN_RULE, r'^bad\.json:1:45: disable\[0\]: no rule nothing'),
    ('{"format": "careplan-policy/1", "rules": [{"id": "x"}]}',
     Careplan.Error.INVALID_RECORD, r'^bad\.json:1:50: rules\[0\]\.id: '),
    ('{"format": "careplan-policy/1", "rules": [',
     Careplan.Error.INVALID_JSON, r'^bad\.json:1:\d+: '),
])
def test_errors_name_position_and_field_and_change_nothing(text, code, where):
    rulebook = Careplan.Rulebook.new_default()
    before = describe(rulebook)
    with pytest.raises(GLib.Error) as info:
        Careplan.policy_load_data(rulebook, text, -1, 'bad.json')
    assert info.value.matches(Careplan.error_quark(), code), info.value.message
    assert re.search(where, info.value.message), info.value.message
    assert describe(rulebook) == before


def test_missing_file_is_an_io_error(tmp_path):
    with pytest.raises(GLib.Error) as info:
        Careplan.policy_load_file(Careplan.Rulebook.new_default(), str(tmp_path / 'none.json'))
    assert info.value.matches(Careplan.error_quark(), Careplan.Error.IO)


# --- the schema ---------------------------------------------------------------

def validator():
    jsonschema = pytest.importorskip('jsonschema')
    schema = json.loads(SCHEMA.read_text(encoding='utf-8'))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize('path', ALL_POLICIES, ids=[p.name for p in ALL_POLICIES])
def test_every_policy_passes_the_schema_and_loads(path):
    validator().validate(json.loads(path.read_text(encoding='utf-8')))
    assert Careplan.policy_load_file(Careplan.Rulebook.new_default(), str(path))


@pytest.mark.parametrize('change', [
    lambda p: p.update(format='careplan-policy/2'),
    lambda p: p.update(paramaters={}),
    lambda p: p['rules'][0].update(id='devon.permanence'),
    lambda p: p['rules'][0].update(status='CONFIRMED-PRIMARY'),
    lambda p: p['rules'][0]['within'].update(unit='fortnights'),
    lambda p: p['rules'][0].update(satisfied_by=[]),
    lambda p: p['rules'][0]['satisfied_by'][0].update(event='permanence-plans'),
    lambda p: p['rules'][0].update(anchor='on-a-whim'),
    lambda p: p['rules'][0].update(every={'count': 0, 'unit': 'days'}),
    lambda p: p['rules'][0]['citation'].pop('provision'),
    # A birthday anchor names its age, 1 to 25; no other anchor has one.
    lambda p: p['rules'][0].update(anchor='birthday'),
    lambda p: p['rules'][0].update(anchor='birthday', age=26),
    lambda p: p['rules'][0].update(anchor='birthday', age=0),
    lambda p: p['rules'][0].update(age=16),
])
def test_schema_and_reader_refuse_the_same(change):
    policy = json.loads(DEVON.read_text(encoding='utf-8'))
    change(policy)
    errors = list(validator().iter_errors(policy))
    assert errors, 'the schema accepted it'
    with pytest.raises(GLib.Error):
        Careplan.policy_load_data(Careplan.Rulebook.new_default(), json.dumps(policy), -1, None)


# --- the tool -------------------------------------------------------------------

@needs_tool
def test_check_with_policy_adds_local_findings():
    plain = json.loads(run('check', '--format', 'json', '--as-of', '2025-06-30',
                           CLI_DATA / 'overdue.json').stdout)
    result = run('check', '--format', 'json', '--as-of', '2025-06-30', '--policy', DEVON,
                 CLI_DATA / 'overdue.json')
    assert result.returncode == 0, result.stderr
    with_policy = json.loads(result.stdout)['findings']
    local = [f for f in with_policy if f['rule'].startswith('local.devon.')]
    assert {f['rule'] for f in local} == {PERMANENCE, LIFE_STORY}
    for f in local:
        assert f['anchor'] == {'kind': 'became-looked-after', 'date': '2025-01-06'}
        assert f['due'] == '2025-03-31'
        assert f['citation']['url'].startswith('https://beta.devon.gov.uk/')
    # The statutory findings are unchanged and come first.
    assert with_policy[:len(plain['findings'])] == plain['findings']


@needs_tool
def test_check_with_stricter_visits_policy():
    def visits(*policy):
        result = run('check', '--format', 'json', '--as-of', '2025-06-30', *policy,
                     CLI_DATA / 'overdue.json')
        assert result.returncode == 0, result.stderr
        return [f for f in json.loads(result.stdout)['findings'] if f['rule'] == SIX_WEEKLY]

    import datetime
    for f in visits('--policy', VISITS):
        if f['anchor']['kind'] == 'visit' and f['due']:
            gap = (datetime.date.fromisoformat(f['due'])
                   - datetime.date.fromisoformat(f['anchor']['date'])).days
            assert gap == 28, f
    assert visits() != visits('--policy', VISITS)


@needs_tool
def test_policies_apply_in_order(tmp_path):
    tighter = tmp_path / 'tighter.json'
    tighter.write_text(json.dumps({'format': 'careplan-policy/1',
                                   'parameters': {PERMANENCE: {'within': 8}}}))
    result = run('rules', '--format', 'json', '--policy', DEVON, '--policy', tighter)
    assert result.returncode == 0, result.stderr
    rule = next(r for r in json.loads(result.stdout)['rules'] if r['id'] == PERMANENCE)
    assert rule['parameters'][0]['value'] == 8
    # The other way round, the second names a rule not yet defined.
    result = run('rules', '--format', 'json', '--policy', tighter, '--policy', DEVON)
    assert result.returncode == 2
    assert PERMANENCE in result.stderr


@needs_tool
@pytest.mark.parametrize('command', ['check', 'due', 'rules'])
def test_bad_policy_is_bad_input_naming_position_and_field(command):
    args = [command, '--policy', CLI_DATA / 'overdue.json']
    if command != 'rules':
        args.append(CLI_DATA / 'overdue.json')
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ''
    assert re.match(r'^careplan: .*overdue\.json:1:1: format: missing', result.stderr), result.stderr
    assert 'Usage:' not in result.stderr


@needs_tool
def test_missing_policy_file():
    result = run('check', '--policy', CLI_DATA / 'no-such-policy.json', CLI_DATA / 'overdue.json')
    assert result.returncode == 2
    assert result.stderr.startswith('careplan: ')
    assert 'no-such-policy.json' in result.stderr
    assert result.stdout == ''


@needs_tool
def test_rules_with_policy_lists_local_rules():
    result = run('rules', '--format', 'json', '--policy', DEVON)
    assert result.returncode == 0, result.stderr
    rules = json.loads(result.stdout)['rules']
    local = [r for r in rules if r['family'] == 'local']
    assert [r['id'] for r in local] == [PERMANENCE, LIFE_STORY]
    for r in local:
        assert r['kind'] == 'local-policy'
        assert r['status'] == 'LOCAL'
        assert r['in_force'] == {'from': None, 'until': None}
        assert r['parameters'][0]['name'] == 'within'
        assert r['parameters'][0]['unit'] == 'weeks'
        assert r['parameters'][0]['value'] == 12
    text = run('rules', '--policy', DEVON).stdout
    assert re.search(r'^%s$' % re.escape(PERMANENCE), text, re.M)


def test_local_target_and_statute_judged_alike():
    # A council target that says what reg 33(1) says is a row judged by the
    # same interpreter: the same due date and status the day before, on and
    # after the deadline, and a shape in the catalogue.
    rulebook = Careplan.Rulebook.new_default()
    Careplan.policy_load_data(rulebook, json.dumps({
        'format': 'careplan-policy/1',
        'rules': [{
            'id': 'local.test.first-review', 'title': 'First review in 20 working days',
            'what': 'first review', 'kind': 'local-policy', 'status': 'LOCAL',
            'citation': {'instrument': 'Test council', 'provision': 'target 1'},
            'anchor': 'became-looked-after',
            'within': {'count': 20, 'unit': 'working-days'},
            'satisfied_by': [{'event': 'review'}],
        }],
    }), -1, None)
    shape = rulebook.lookup('local.test.first-review').dup_shape()
    assert shape.startswith('for each period of care: first review within 20 working days '
                            '(`within`) after becoming looked after, met by the first review')
    engine = Careplan.Engine.new(rulebook, Careplan.Calendar.new_default())
    for review, as_of, status in (('2025-02-02', '2025-02-10', 'met'),
                                  ('2025-02-03', '2025-02-10', 'met'),
                                  ('2025-02-04', '2025-02-10', 'met-late'),
                                  (None, '2025-02-03', 'due'),
                                  (None, '2025-02-04', 'overdue')):
        child = Careplan.record_load_data(json.dumps({
            'id': 'PY-ROW', 'date_of_birth': '2015-01-01',
            'episodes': [{'start': '2025-01-06', 'reason_new_episode': 'S', 'legal_status': 'C2',
                          'category_of_need': 'N1', 'placement_type': 'U4',
                          'placement_provider': 'PR1'}],
            'reviews': [{'date': review}] if review else [],
        }), -1, None)[0]
        by_rule = {f.get_rule_id(): f.to_dict() for f in engine.evaluate(child, as_of)}
        local = by_rule['local.test.first-review']
        statute = by_rule['cppcr-2010.reg33-1.first-review']
        assert local['status'] == statute['status'] == status, (review, as_of)
        for key in ('due', 'done', 'days_late', 'anchor'):
            assert local[key] == statute[key], (key, review, as_of)
        assert local['due'] == date(2025, 2, 3)
