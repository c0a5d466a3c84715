// test-plans.js: plan documents from JavaScript
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The same plan files as the C and Python tests: every example plan must
// give the missing elements tests/plans/expected.json names, with the
// records of examples/data and without; every bad sample of
// tests/plans/manifest.json must be refused with its place.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import {check, checkEqual, readText, run, sourceDir} from './harness.js';

const SOURCE = sourceDir();
const path = (...parts) => GLib.build_filenamev([SOURCE, ...parts]);
const EXPECTED = JSON.parse(readText(path('tests', 'plans', 'expected.json'))).plans;
const MANIFEST = JSON.parse(readText(path('tests', 'plans', 'manifest.json'))).bad;

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

function loadChildren() {
    const children = new Map();
    for (const name of ['caseload.json', 'statutory.json']) {
        for (const child of items(Careplan.record_load_file(path('examples', 'data', name))))
            children.set(child.get_id(), child);
    }
    return children;
}

run(() => {
    const children = loadChildren();
    checkEqual(Careplan.PlanElement.dup_catalogue().get_n_items(), 142, 'the catalogue has 142 elements');

    for (const [name, expected] of Object.entries(EXPECTED)) {
        const plan = Careplan.Plan.load_file(path('examples', 'plans', name));
        checkEqual(Careplan.plan_kind_to_string(plan.get_kind()), expected.kind, `${name}: kind`);
        for (const record of [children.get(plan.get_child_id()), null]) {
            const results = items(plan.check(record, Careplan.PlanCheckFlags.NONE));
            checkEqual(results.length, expected.elements, `${name}: one result per element`);
            const missing = results
                .filter(r => r.get_status() === Careplan.PlanElementStatus.MISSING)
                .map(r => r.get_element_id());
            checkEqual(missing, expected.missing, `${name}: the missing elements (record: ${record !== null})`);
            for (const r of results) {
                const element = r.get_element();
                check(element.url.startsWith('https://www.legislation.gov.uk/'), `${name}: ${element.id} is cited`);
            }
        }
    }

    for (const [name, entry] of Object.entries(MANIFEST)) {
        const file = path('tests', 'plans', 'bad', name);
        try {
            Careplan.Plan.load_file(file);
            check(false, `${name} was accepted`);
        } catch (e) {
            const code = entry.code === 'INVALID_JSON' ? Careplan.Error.INVALID_JSON : Careplan.Error.INVALID_PLAN;
            check(e.matches(Careplan.error_quark(), code), `${name}: error code (${e.message})`);
            check(e.message.startsWith(`${file}:`) && e.message.includes(entry.message), `${name}: ${e.message}`);
        }
    }

    // Cross-checks with the record: the incomplete care plan of EX-018.
    const store = Gio.ListStore.new(Careplan.Plan.$gtype);
    store.append(Careplan.Plan.load_file(path('examples', 'plans', 'care-plan-incomplete.json')));
    const asOf = Careplan.date_parse_iso('2025-06-30');
    const findings = items(Careplan.Plan.cross_check(store, children.get('EX-018'),
        Careplan.Calendar.new_default(), asOf));
    const byRule = Object.fromEntries(findings.map(f => [f.get_rule_id(), f]));
    checkEqual(byRule['cppcr-2010.reg4-2.care-plan.timing-10wd'].get_status(), Careplan.FindingStatus.MET_LATE,
        'the care plan of EX-018 is late');
    checkEqual(byRule['guidance.vol2.care-plan.permanence-by-second-review'].get_status(),
        Careplan.FindingStatus.OVERDUE, 'and has no plan for permanence by the second review');
});
