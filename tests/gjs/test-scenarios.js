// test-scenarios.js: every tests/scenarios/*.json file, evaluated from GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The same comparison as the C and Python suites (tests/scenarios/README.md):
// the default rulebook's findings at `as_of`, filtered by `rules`, projected
// to the compared keys, must equal `expected` exactly and in order; an
// optional `policy` file extends the rulebook first.

import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import * as CP from '../../bindings/gjs/careplan.js';
import {check, checkEqual, jsonFiles, readText, run, skip, sourceDir} from './harness.js';

const COMPARED_KEYS = ['child', 'rule', 'status', 'anchor', 'due', 'done', 'days_late'];
const SCENARIO_DIR = GLib.build_filenamev([sourceDir(), 'tests', 'scenarios']);

function evaluateScenario(name, scenario) {
    const calendar = scenario.calendar
        ? Careplan.Calendar.new_from_file(GLib.build_filenamev([SCENARIO_DIR, scenario.calendar]), null)
        : Careplan.Calendar.new_default();
    const rulebook = Careplan.Rulebook.new_default();
    if (scenario.policy)
        Careplan.policy_load_file(rulebook, GLib.build_filenamev([SCENARIO_DIR, scenario.policy]));
    const engine = Careplan.Engine.new(rulebook, calendar);
    const children = [...CP.items(Careplan.record_load_data(JSON.stringify(scenario.record), name))];
    check(children.length === 1, `${name}: a scenario record is one child`);
    return [...CP.items(CP.evaluate(engine, children[0], scenario.as_of))]
        .filter(f => !scenario.rules || scenario.rules.includes(f.get_rule_id()))
        .map(CP.findingToObject);
}

const files = jsonFiles(SCENARIO_DIR);
if (files.length === 0)
    skip('no scenario files in tests/scenarios yet');

run(() => {
    for (const name of files) {
        const scenario = JSON.parse(readText(GLib.build_filenamev([SCENARIO_DIR, name])));
        let findings;
        try {
            findings = evaluateScenario(name, scenario);
        } catch (e) {
            check(false, `${name}: ${e}`);
            continue;
        }
        const projected = findings.map(f => Object.fromEntries(COMPARED_KEYS.map(k => [k, f[k]])));
        checkEqual(projected, scenario.expected, `${name}: ${scenario.description ?? ''}`);
        for (const f of findings) {
            check(f.message, `${name}: ${f.rule} has a message`);
            if (f.due)
                check(f.message.includes(f.due), `${name}: ${f.rule} message names the due date ${f.due}`);
        }
    }
});
