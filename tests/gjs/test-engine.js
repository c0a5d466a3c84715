// test-engine.js: evaluating children from GJS, and findings as objects
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import * as CP from '../../bindings/gjs/careplan.js';   // the 0.1 helpers, still working
import {check, checkEqual, checkThrows, jsonFiles, run, sourceDir} from './harness.js';

const FIRST_REVIEW = 'cppcr-2010.reg33-1.first-review';

function newChild(id, start, reviews = []) {
    const child = Careplan.Child.new(id);
    child.set_date_of_birth('2015-05-01');
    const episode = Careplan.Episode.new();
    episode.set_start(start);
    episode.set_reason_new_episode('S');
    episode.set_legal_status('C2');
    episode.set_category_of_need('N1');
    episode.set_placement_type('U4');
    episode.set_placement_provider('PR1');
    child.add_episode(episode);
    for (const review of reviews)
        child.add_event(new Careplan.Event({kind: Careplan.EventKind.REVIEW, date: review}));
    return child;
}

const list = model => [...CP.items(model)];
const firstReview = findings => list(findings).filter(f => f.get_rule_id() === FIRST_REVIEW);
const objects = findings => list(findings).map(CP.findingToObject);

run(() => {
    const engine = Careplan.Engine.new(null, null);

    // Worked example 1, evaluated with an ISO string and with a JS Date.
    const we1 = newChild('WE01', '2024-12-20', ['2025-01-22']);
    const findings = CP.evaluate(engine, we1, '2025-03-31');
    check(findings.get_n_items() > 0, 'evaluate gives a list model');
    check(list(findings).every(f => f instanceof Careplan.Finding), 'of findings');
    const [met] = firstReview(findings);
    checkEqual(CP.findingToObject(met), {
        child: 'WE01',
        rule: FIRST_REVIEW,
        status: 'met',
        anchor: {kind: 'became-looked-after', date: '2024-12-20'},
        due: '2025-01-22',
        done: '2025-01-22',
        days_late: null,
        message: met.get_message(),
        citation: {
            instrument: met.get_rule().get_instrument(),
            provision: met.get_rule().get_provision(),
            url: met.get_rule().get_url(),
        },
    }, 'findingToObject of a met finding');
    checkEqual(Object.keys(CP.findingToObject(met)),
        ['child', 'rule', 'status', 'anchor', 'due', 'done', 'days_late', 'message', 'citation'],
        'keys in the order of docs/overview.md, findings');
    check(met.get_message().includes('2025-01-22'), 'the message names the due date');
    checkEqual(objects(CP.evaluate(engine, we1, new Date(2025, 2, 31))), objects(findings),
        'a JS Date as-of gives the same findings');

    for (const f of CP.items(findings)) {
        checkEqual(CP.findingToObject(f), JSON.parse(f.to_json()),
            `findingToObject matches the C JSON writer (${f.get_rule_id()})`);
    }

    // Worked example 2 is overdue ten days after its due date.
    const we2 = newChild('WE02', '2025-03-01');
    const [overdue] = firstReview(CP.evaluate(engine, we2, '2025-04-07'));
    const o = CP.findingToObject(overdue);
    checkEqual([o.status, o.due, o.done, o.days_late], ['overdue', '2025-03-28', null, 10], 'overdue finding');
    const [due] = firstReview(CP.evaluate(engine, we2, '2025-03-28'));
    checkEqual(CP.findingToObject(due).status, 'due', 'due on the due date');

    checkThrows(() => CP.evaluate(engine, we2, '2025-02-29'), e => e instanceof RangeError, 'bad as-of date');

    // evaluateAll takes an array or a list model, and keeps child order.
    const fromArray = objects(CP.evaluateAll(engine, [we1, we2], '2025-04-07'));
    checkEqual(fromArray,
        [...objects(CP.evaluate(engine, we1, '2025-04-07')), ...objects(CP.evaluate(engine, we2, '2025-04-07'))],
        'evaluateAll is evaluate child by child');
    const store = Gio.ListStore.new(Careplan.Child.$gtype);
    store.splice(0, 0, [we1, we2]);
    checkEqual(objects(CP.evaluateAll(engine, store, '2025-04-07')), fromArray, 'evaluateAll of a list model');
    checkEqual(firstReview(CP.evaluateAll(engine, [we1, we2], '2025-04-07')).map(f => f.get_child_id()),
        ['WE01', 'WE02'], 'child order');

    // items() walks any list model.
    const episodes = list(we1.get_episodes());
    checkEqual(episodes.map(e => e.get_start()), ['2024-12-20'], 'items() over episodes');
    const rules = list(engine.get_rulebook().get_rules());
    check(rules.length > 0, 'items() over the rulebook');
    checkEqual(engine.get_rulebook().lookup(FIRST_REVIEW).get_in_force_from(), '2011-04-01',
        'rule in force from');

    // Records from a file.
    const dir = GLib.dir_make_tmp('careplan-gjs-XXXXXX');
    const path = GLib.build_filenamev([dir, 'one.json']);
    GLib.file_set_contents(path, JSON.stringify({
        id: 'R001', date_of_birth: '2015-05-01',
        episodes: [{start: '2024-12-20', reason_new_episode: 'S', legal_status: 'C2',
            category_of_need: 'N1', placement_type: 'U4', placement_provider: 'PR1'}],
        reviews: [{date: '2025-01-22'}],
    }));
    const loaded = list(CP.loadRecords(path));
    checkEqual(loaded.map(c => c.get_id()), ['R001'], 'loadRecords of a file');
    checkEqual(list(CP.loadRecords(dir)).map(c => c.get_id()), ['R001'], 'loadRecords of a directory');
    checkEqual(objects(CP.evaluate(engine, loaded[0], '2025-03-31')).map(f => [f.rule, f.status]),
        objects(findings).map(f => [f.rule, f.status]), 'a loaded record evaluates alike');
    GLib.unlink(path);
    GLib.rmdir(dir);
    checkThrows(() => CP.loadRecords(path), e => e instanceof GLib.Error &&
        e.matches(Careplan.error_quark(), Careplan.Error.IO), 'a missing file');

    const data = GLib.build_filenamev([sourceDir(), 'examples', 'data']);
    if (jsonFiles(data).length > 0) {
        const children = CP.loadRecords(data);
        check(children.get_n_items() > 0, 'examples/data loads');
        check(CP.evaluateAll(engine, children, '2025-06-30').get_n_items() > 0, 'examples/data evaluates');
    }
});
