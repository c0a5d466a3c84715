// test-arguments.js: nothing crashes from GJS; data problems are errors
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Every method and function of the Careplan namespace (found through
// GIRepository) is called with null for each argument that may not be
// null: the call must throw (GJS refuses the null before C sees it, or
// careplan refuses it), and the process must go on.  Then the data
// problems of a child built in code, bad dates and numbers where dates
// are meant, and yes/no values.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import GIRepository from 'gi://GIRepository?version=2.0';
import Careplan from 'gi://Careplan?version=1.0';

import {check, checkEqual, checkThrows, run, sourceDir} from './harness.js';

const isCareplanError = (e, code) => e instanceof GLib.Error && e.matches(Careplan.error_quark(), code);

function newChild() {
    const child = new Careplan.Child({id: 'ARG-1', date_of_birth: '2015-03-02'});
    child.add_episode(new Careplan.Episode({start: '2025-01-06', legal_status: 'C2',
        placement_type: 'U4', reason_new_episode: 'S'}));
    return child;
}

const INSTANCES = {
    Calendar: () => Careplan.Calendar.new_default(),
    CareLeaver: () => new Careplan.CareLeaver(),
    Child: newChild,
    Engine: () => new Careplan.Engine(),
    EvaluationQueue: () => Careplan.EvaluationQueue.new(new Careplan.Engine(), '2025-06-30', 1, () => true),
    Episode: () => new Careplan.Episode(),
    Event: () => new Careplan.Event({kind: Careplan.EventKind.VISIT, date: '2025-01-10'}),
    FindingsWriter: () => Careplan.FindingsWriter.new(Gio.MemoryOutputStream.new_resizable(),
        Careplan.FindingsFormat.JSON, '2025-06-30'),
    Finding: () => new Careplan.Engine().evaluate(newChild(), '2025-06-30').get_item(0),
    Measure: () => Careplan.measures_compute([], '2025-04-01', '2026-03-31', null).get_item(0),
    MeasuresAccumulator: () => Careplan.MeasuresAccumulator.new('2025-04-01', '2026-03-31', null, null,
        null, null),
    MeasuresComparison: () => Careplan.MeasuresComparison.load_file(
        `${sourceDir()}/tests/measures/comparison/example.csv`),
    Postcodes: () => Careplan.Postcodes.new(),
    PeriodOfCare: () => newChild().dup_periods_of_care().get_item(0),
    Placement: () => newChild().dup_placements().get_item(0),
    Problem: () => Careplan.Problem.new(Careplan.ProblemKind.FAILED, 'ARG-1', 'p', 'f', 'm'),
    RecordWriter: () => Careplan.RecordWriter.new(Gio.MemoryOutputStream.new_resizable()),
    Rule: () => Careplan.Rulebook.new_default().get_rules().get_item(0),
    Plan: () => Careplan.Plan.load_file(`${sourceDir()}/examples/plans/care-plan-complete.json`),
    PlanElement: () => Careplan.PlanElement.dup_catalogue().get_item(0),
    PlanResult: () => Careplan.Plan.load_file(`${sourceDir()}/examples/plans/care-plan-complete.json`)
        .check(new Careplan.Child({id: 'EX-001', date_of_birth: '2015-03-02'}), 0).get_item(0),
    PlanWriter: () => Careplan.PlanWriter.new(Gio.MemoryOutputStream.new_resizable(),
        Careplan.FindingsFormat.JSON, '2025-06-30'),
    Rulebook: () => Careplan.Rulebook.new_default(),
    Ssda903Validator: () => new Careplan.Ssda903Validator({collection_year: 2026}),
    ValidationCheck: () => Careplan.validation_list_checks(2026).get_item(0),
    ValidationIssue: () => new Careplan.Ssda903Validator({collection_year: 2026})
        .validate(`${sourceDir()}/tests/ssda903/sample-2026/input`).get_item(0),
};

const POINTER_TAGS = new Set([GIRepository.TypeTag.UTF8, GIRepository.TypeTag.FILENAME]);

function isPointer(arg) {
    const type = GIRepository.arg_info_get_type(arg);
    const tag = GIRepository.type_info_get_tag(type);
    if (POINTER_TAGS.has(tag))
        return true;
    if (tag !== GIRepository.TypeTag.INTERFACE)
        return false;
    const kind = GIRepository.type_info_get_interface(type).get_type();
    return kind === GIRepository.InfoType.OBJECT || kind === GIRepository.InfoType.INTERFACE;
}

function inArgs(callable) {
    const args = [];
    for (let i = 0; i < GIRepository.callable_info_get_n_args(callable); i++) {
        const arg = GIRepository.callable_info_get_arg(callable, i);
        if (GIRepository.arg_info_get_direction(arg) !== GIRepository.Direction.OUT)
            args.push(arg);
    }
    return args;
}

// (owner, callable) for every function and method of the namespace.
function callables() {
    const repo = GIRepository.Repository.get_default();
    const found = [];
    for (let i = 0; i < repo.get_n_infos('Careplan'); i++) {
        const info = repo.get_info('Careplan', i);
        if (info.get_type() === GIRepository.InfoType.FUNCTION) {
            found.push([null, info]);
        } else if (info.get_type() === GIRepository.InfoType.OBJECT) {
            for (let j = 0; j < GIRepository.object_info_get_n_methods(info); j++)
                found.push([info.get_name(), GIRepository.object_info_get_method(info, j)]);
        }
    }
    return found;
}

run(() => {
    // Criticals are counted, not fatal, so that a C-side refusal shows.
    GLib.log_set_always_fatal(GLib.LogLevelFlags.LEVEL_ERROR);
    let criticals = 0;
    GLib.log_set_handler('Careplan', GLib.LogLevelFlags.LEVEL_CRITICAL, () => criticals++);

    const all = callables();
    check(all.length > 200, `${all.length} functions and methods found`);
    let calls = 0;
    for (const [owner, callable] of all) {
        const name = callable.get_name();
        const flags = GIRepository.function_info_get_flags(callable);
        const isMethod = (flags & GIRepository.FunctionInfoFlags.IS_METHOD) !== 0;
        const isConstructor = (flags & GIRepository.FunctionInfoFlags.IS_CONSTRUCTOR) !== 0;
        const target = owner === null ? Careplan
            : isMethod ? INSTANCES[owner]() : Careplan[owner];
        const fn = isMethod ? target[name] : target[name];
        if (typeof fn !== 'function')
            continue;   // renamed or hidden by the overrides
        const args = inArgs(callable);
        if (isMethod) {
            let threw = false;
            try {
                fn.apply(null, args.map(() => null));
            } catch (e) {
                threw = true;
            }
            calls++;
            check(threw, `${owner}.${name} refuses a null instance`);
        }
        args.forEach((arg, position) => {
            if (!isPointer(arg) || GIRepository.arg_info_may_be_null(arg))
                return;
            const values = args.map(() => null);
            values[position] = null;
            const before = criticals;
            let threw = false;
            try {
                fn.apply(isConstructor ? Careplan[owner] : target, values);
            } catch (e) {
                threw = true;
            }
            calls++;
            check(threw || criticals > before,
                `${owner ?? 'Careplan'}.${name} refuses null for ${arg.get_name()}`);
        });
    }
    check(calls > 200, `${calls} calls with a null where none may be`);

    // Data problems of a child built in code are GLib.Errors naming the field.
    const engine = new Careplan.Engine();
    const child = newChild();
    checkThrows(() => engine.evaluate(new Careplan.Child({date_of_birth: '2015-03-02'}), '2025-06-30'),
        e => isCareplanError(e, Careplan.Error.INVALID_RECORD) && e.message.includes("'id'"),
        'a child without an id');
    checkThrows(() => engine.evaluate_all([new Careplan.Child()], '2025-06-30'),
        e => isCareplanError(e, Careplan.Error.INVALID_RECORD), 'evaluate_all of a child without an id');
    checkThrows(() => engine.evaluate(child, '2015-03-01'),
        e => isCareplanError(e, Careplan.Error.INVALID_DATE) && e.message.includes('before the date of birth'),
        'an as-of date before birth');
    checkThrows(() => engine.evaluate(child, '2011-12-31'),
        e => isCareplanError(e, Careplan.Error.CALENDAR_RANGE), 'an as-of date before the calendar');
    checkThrows(() => engine.evaluate(child, '2029-01-01'),
        e => isCareplanError(e, Careplan.Error.CALENDAR_RANGE), 'an as-of date after the calendar');
    for (const bad of ['2025-02-29', '30/06/2025', '', 'today'])
        checkThrows(() => engine.evaluate(child, bad),
            e => e instanceof RangeError && isCareplanError(e.cause, Careplan.Error.INVALID_DATE),
            `'${bad}' is no date`);
    for (const bad of [2025, 739432, {}, true])
        checkThrows(() => engine.evaluate(child, bad), e => e instanceof TypeError, `${bad} is no date`);
    checkThrows(() => child.set_date_of_birth(20150302), e => e instanceof TypeError, 'a number as a date of birth');
    checkThrows(() => new Careplan.Event({kind: Careplan.EventKind.VISIT, seen_alone: 1}),
        e => e instanceof TypeError, 'seen_alone takes true, false or null, not 1');
    checkThrows(() => Careplan.record_load_data('{"format": "careplan-record/1", "children": [{}]}', 'bad.json'),
        e => isCareplanError(e, Careplan.Error.INVALID_RECORD) && e.message.startsWith('bad.json:'),
        'a record without an id');

    // Nothing writes or counts a child without an id.
    const nameless = new Careplan.Child({date_of_birth: '2015-03-02'});
    checkThrows(() => Careplan.record_save_data([nameless]),
        e => isCareplanError(e, Careplan.Error.INVALID_RECORD), 'record_save_data of a child without an id');
    checkThrows(() => Careplan.measures_compute([nameless], '2025-04-01', '2026-03-31', null),
        e => isCareplanError(e, Careplan.Error.INVALID_RECORD), 'measures of a child without an id');
    checkEqual(nameless.get_age_on('2014-01-01'), null, 'no age before birth');

    // Every list model iterates, and every model and result has toJSON().
    const busy = newChild();
    busy.add_event(new Careplan.Event({kind: Careplan.EventKind.VISIT, date: '2025-01-10', seen_alone: true}));
    checkEqual([[...busy.events].length, [...busy.get_events()].length, [...busy.episodes].length,
        [...busy.dup_placements()].length, [...busy.dup_periods_of_care()].length,
        [...busy.dup_periods_of_care()][0].placements.get_n_items()], [1, 1, 1, 1, 1, 1], 'lists iterate');
    check([...Careplan.Rulebook.new_default().get_rules()].length > 40, 'the rules iterate');
    const objects = Careplan.toObjects(engine.evaluate(busy, '2025-03-31'));
    check(objects.length > 0 && objects.every(o => typeof o.due === 'string' || o.due === null),
        'findings as plain objects with ISO dates');
    const record = JSON.parse(JSON.stringify(busy));
    checkEqual([record.id, record.date_of_birth, record.episodes[0].start, record.events[0].seen_alone],
        ['ARG-1', '2015-03-02', '2025-01-06', true], 'a child as JSON');
    checkEqual(busy.get_age_on('2025-03-02'), 10, 'age on a date');
    const result = INSTANCES.PlanResult();
    check([true, false, null].includes(result.get_condition()) && result.condition === result.get_condition(),
        'a plan result\'s condition is true, false or null');
    checkEqual(typeof result.toJSON().element.id, 'string', 'a plan result as JSON');

    // seen_alone: true means seen alone.
    for (const [seen, met] of [[true, true], [false, false], [null, false]]) {
        const c = newChild();
        const visit = new Careplan.Event({kind: Careplan.EventKind.VISIT, date: '2025-01-10', seen_alone: seen});
        c.add_event(visit);
        checkEqual([visit.seen_alone, visit.get_seen_alone(), visit.toJSON().seen_alone], [seen, seen, seen],
            `seen_alone ${seen} reads back`);
        const finding = [...engine.evaluate(c, '2025-03-31')]
            .find(f => f.rule_id === 'cppcr-2010.reg29.speak-in-private');
        checkEqual(finding.status === Careplan.FindingStatus.MET, met, `reg 29 with seen_alone ${seen}`);
    }
});
