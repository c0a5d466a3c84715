// test-measures.js: cohort measures from GJS give the hand-computed numbers
//
// The same expectations as test-measures.c and test_measures.py:
// tests/measures/expected/*.json over the cohorts of tests/measures/records.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import * as CP from '../../bindings/gjs/careplan.js';
import {check, checkEqual, checkThrows, jsonFiles, readText, run, sourceDir} from './harness.js';

const measuresDir = GLib.build_filenamev([sourceDir(), 'tests', 'measures']);
const recordsDir = GLib.build_filenamev([measuresDir, 'records']);
const expectedDir = GLib.build_filenamev([measuresDir, 'expected']);

const list = model => [...CP.items(model)];

function loadRecords(name) {
    return Careplan.record_load_file(GLib.build_filenamev([recordsDir, name]));
}

function periodEnd(expected) {
    return 'year' in expected ? `${expected.year}-03-31` : expected.as_of;
}

function compute(records, end, parameters = null) {
    return computeOver(loadRecords(records), end, parameters);
}

function computeOver(children, end, parameters = null) {
    return Careplan.measures_compute_full(children,
        Careplan.measures_get_period_start(end), end, null, null, parameters);
}

function computeExpected(expected) {
    const children = childrenOf(expected);
    if (!('postcodes' in expected))
        return computeOver(children, periodEnd(expected), expected.parameters ?? null);
    const postcodes = Careplan.Postcodes.new();
    for (const name of expected.postcodes)
        postcodes.load_file(GLib.build_filenamev([measuresDir, 'postcodes', name]));
    const end = periodEnd(expected);
    const accumulator = Careplan.MeasuresAccumulator.new(Careplan.measures_get_period_start(end),
        end, null, null, expected.parameters ?? null, postcodes);
    for (const child of CP.items(children))
        accumulator.add_child(child);
    return accumulator.finish();
}

function childrenOf(expected) {
    if (!('ssda903' in expected))
        return loadRecords(expected.records);
    const dir = GLib.build_filenamev([sourceDir(), 'tests', 'ssda903', expected.ssda903]);
    const {children} = Careplan.ssda903_load_dir(dir, Number(periodEnd(expected).slice(0, 4)));
    return children;
}

function byId(measures) {
    return Object.fromEntries(list(measures).map(m => [m.get_id(), m]));
}

run(() => {
    // Every hand-computed cohort.
    const files = jsonFiles(expectedDir);
    check(files.length >= 9, 'the expectation files are there');
    const covered = new Set();
    for (const name of files) {
        const expected = JSON.parse(readText(GLib.build_filenamev([expectedDir, name])));
        const measures = byId(computeExpected(expected));
        for (const [id, want] of Object.entries(expected.measures)) {
            covered.add(id);
            const m = measures[id];
            const got = {
                numerator: m.get_numerator(),
                denominator: m.get_denominator(),
                numerator_ids: m.get_numerator_ids(),
                denominator_ids: m.get_denominator_ids(),
            };
            if ('values' in want)
                got.values = got.denominator_ids.map((_, i) => m.get_item_value(i));
            if ('result' in want)
                got.result = Careplan.measure_result_to_string(m.get_result());
            if ('rate' in want)
                got.rate = want.rate;
            checkEqual(got, want, `${name}: ${id}`);
            if (want.result === 'no-data') {
                // No data is not a rate of zero.
                check(!m.has_rate() && m.get_rate() === null, `${name}: ${id} has no rate`);
                continue;
            }
            const rate = want.rate ?? want.numerator / want.denominator;
            check(Math.abs(m.get_rate() - rate) < 1e-12, `${name}: ${id} rate`);
        }
    }
    const all = list(Careplan.measures_compute(new Gio.ListStore({item_type: Careplan.Child}),
        '2025-04-01', '2026-03-31', null));
    checkEqual([...covered].sort(), all.map(m => m.get_id()).sort(), 'every measure has a cohort');

    // An empty denominator: no rate.
    for (const m of all) {
        check(!m.has_rate() && m.get_rate() === null && m.rate === null, `${m.get_id()}: null without a denominator`);
        checkEqual(m.get_denominator_ids(), [], `${m.get_id()}: no ids`);
    }

    // On several threads: the same measures and items, in the same order.
    {
        const caseload = Careplan.record_load_file(
            GLib.build_filenamev([sourceDir(), 'examples', 'data', 'caseload.json']));
        const summary = nThreads => {
            const accumulator = Careplan.MeasuresAccumulator.new('2025-04-01', '2026-03-31',
                null, null, null, null);
            accumulator.set_n_threads(nThreads);
            checkEqual(accumulator.get_n_threads(), nThreads, `n_threads ${nThreads}`);
            for (const child of CP.items(caseload))
                accumulator.add_child(child);
            return list(accumulator.finish()).map(m => [m.get_id(), m.get_numerator(),
                m.get_denominator_ids(), m.get_denominator_ids().map((_, i) => m.get_item_note(i))]);
        };
        const one = summary(1);
        check(one.some(([, numerator]) => numerator > 0), 'the caseload counts somewhere');
        checkEqual(summary(3), one, 'three threads give what one gives');
    }

    // Worked example 14: 1 April is in, 2 April is out.
    const oc2 = byId(compute('oc2.json', '2026-03-31'))['dfe.oc2.cohort'];
    const ids = oc2.get_denominator_ids();
    check(oc2.get_item_counted(ids.indexOf('WE14-A')), 'WE14-A in the OC2 cohort');
    check(!oc2.get_item_counted(ids.indexOf('WE14-B')), 'WE14-B not in the OC2 cohort');

    // Worked example 16.
    const longTerm = byId(compute('stability.json', '2026-03-31'))['dfe.stability.long-term'];
    const ltIds = longTerm.get_denominator_ids();
    checkEqual(longTerm.get_item_note(ltIds.indexOf('WE16')),
        'with the same carer since 2024-01-01 (on or before 2024-03-31)', 'WE16 stable');
    check(!longTerm.get_item_counted(ltIds.indexOf('WE16-moved')), 'WE16 moved on 1 April 2024: not stable');

    // The measure object as GJS sees it.
    const a1 = byId(compute('adoption.json', '2026-03-31'))['dfe.adoption.a1'];
    check(a1.kind === Careplan.MeasureKind.DFE, 'kind property');
    check(a1.scale === Careplan.MeasureScale.MEAN_DAYS, 'scale property');
    checkEqual(a1.numerator, 1696, 'numerator property');
    checkEqual(a1.rate, 424, 'rate property');
    checkEqual(a1.get_period_start(), '2025-04-01', 'period start');
    checkEqual(a1.get_parameter_value('window_years'), '3', 'parameter value');
    checkEqual(a1.get_parameter_names().includes('threshold_days'), true, 'parameter names');

    // Parameters, and a bad one.
    const four = byId(compute('stability.json', '2026-03-31',
        ['dfe.stability.three-plus-placements.min_placements=4']));
    checkEqual(four['dfe.stability.three-plus-placements'].get_numerator(), 0, 'min_placements=4');
    checkThrows(() => compute('stability.json', '2026-03-31', ['dfe.stability.nothing.x=1']),
        e => e.matches(Careplan.error_quark(), Careplan.Error.FAILED), 'unknown measure');

    // The SSDA903 reader with a size limit a file (the override gives
    // {children, problems} as ssda903_load_dir's does).
    const small = GLib.build_filenamev([sourceDir(), 'tests', 'ssda903', 'small-2026']);
    checkEqual(list(Careplan.ssda903_load_dir_full(small, 2026, 0).children).length,
        list(Careplan.ssda903_load_dir(small, 2026).children).length, 'ssda903_load_dir_full, default limit');
    checkThrows(() => Careplan.ssda903_load_dir_full(small, 2026, 64),
        e => e.matches(Careplan.error_quark(), Careplan.Error.IO) && e.message.includes('too big to read'),
        'ssda903_load_dir_full refuses a file over the limit');

    // The writers.
    const measures = compute('care-leavers.json', '2026-03-31');
    const json = JSON.parse(Careplan.measures_to_string(measures, Careplan.MeasuresFormat.JSON));
    const inTouch = json.measures.find(m => m.id === 'local.care-leavers-in-touch');
    checkEqual([inTouch.numerator, inTouch.denominator], [4, 6], 'JSON numbers');
    const html = Careplan.measures_to_string(measures, Careplan.MeasuresFormat.HTML);
    check(html.startsWith('<!DOCTYPE html>') && !html.includes('<script'), 'HTML page without script');
    check(html.includes('<svg class="chart"'), 'HTML charts');
});
