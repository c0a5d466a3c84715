# test_scenarios.py: every tests/scenarios/*.json file, evaluated from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The comparison is the one tests/scenarios/README.md fixes for C, Python
# and GJS alike: the default rulebook's findings at `as_of`, filtered by
# `rules`, projected to the compared keys, must equal `expected` exactly
# and in order; an optional `policy` file extends the rulebook first.

import json

import pytest

from conftest import SCENARIO_DIR

from gi.repository import Careplan

COMPARED_KEYS = ('child', 'rule', 'status', 'anchor', 'due', 'done', 'days_late')

SCENARIOS = sorted(SCENARIO_DIR.glob('*.json'))


def evaluate_scenario(path):
    """Returns (the scenario, the findings as dicts) for the file @path."""
    scenario = json.loads(path.read_text(encoding='utf-8'))
    if 'calendar' in scenario:
        calendar = Careplan.Calendar.new_from_file(str(SCENARIO_DIR / scenario['calendar']), None)
    else:
        calendar = Careplan.Calendar.new_default()
    rulebook = Careplan.Rulebook.new_default()
    if 'policy' in scenario:
        Careplan.policy_load_file(rulebook, str(SCENARIO_DIR / scenario['policy']))
    engine = Careplan.Engine.new(rulebook, calendar)
    children = Careplan.record_load_data(json.dumps(scenario['record']), -1, path.name)
    assert len(children) == 1, 'a scenario record is one child'
    rules = scenario.get('rules')
    findings = [json.loads(f.to_json()) for f in engine.evaluate(children[0], scenario['as_of'])
                if rules is None or f.get_rule_id() in rules]
    return scenario, findings


@pytest.mark.skipif(not SCENARIOS, reason='no scenario files in tests/scenarios yet')
@pytest.mark.parametrize('path', SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path):
    scenario, findings = evaluate_scenario(path)
    got = [{key: f[key] for key in COMPARED_KEYS} for f in findings]
    assert got == scenario['expected'], scenario.get('description', path.name)
    for finding in findings:
        assert finding['message'], 'a finding has a message'
        if finding['due']:
            assert finding['due'] in finding['message'], 'the message names the due date'

