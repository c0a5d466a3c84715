// Careplan.js: GJS overrides for the Careplan namespace
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// GJS applies this file to `import Careplan from 'gi://Careplan'` when it
// lies in an `overrides` folder of its search path: installed, that is
// $datadir/gjs-1.0/overrides/Careplan.js (found without setup for the
// /usr and /usr/local prefixes, otherwise through GJS_PATH or
// XDG_DATA_DIRS); in the build tree `meson devenv` sets GJS_PATH.
//
// What it changes (docs/javascript.md is the guide):
//  - dates: the C API passes a CareplanDate, a day number.  Every method,
//    constructor property and property here takes a Date (its local
//    calendar day) or an ISO 'YYYY-MM-DD' string, or null for "no date",
//    and gives back an ISO string, or null.  A number is refused (2025
//    is not a date) with a TypeError; a badly written string raises a
//    RangeError whose `cause` is careplan's GLib.Error;
//  - yes/no/not-recorded (CareplanTristate) is true/false/null;
//  - "none" sentinels (days late -1, no SDQ score -1) are null;
//  - no length arguments: record_load_data(text, filename),
//    calendar new_from_data(text, divisions), policy_load_data(rulebook,
//    text, filename); record_save_data(children) returns the text;
//    ssda903_load_dir(dir, year) returns {children, problems}; a rule's
//    get_parameter(name) returns the value;
//  - children may be passed as arrays where the C API wants a list
//    model; every model and result type has toJSON(), so
//    JSON.stringify(finding) writes the shape of `careplan check
//    --format json`.
//
// This is a legacy-style GJS script (GJS loads overrides so): `this` in
// _init() is the Careplan namespace.

const {GLib, Gio, GObject} = imports.gi;

// The dated entry points: [owner, name, date argument positions (after
// the instance of a method), returns a date].  Owner null is a namespace
// function.
// tests/python/test_pythonic.py checks this against the Python table.
const DATED_API = [
    [null, 'date_new', [], true],
    [null, 'date_is_valid', [0], false],
    [null, 'date_parse_iso', [], true],
    [null, 'date_to_iso', [0], false],
    [null, 'date_get_year', [0], false],
    [null, 'date_get_month', [0], false],
    [null, 'date_get_day', [0], false],
    [null, 'date_get_weekday', [0], false],
    [null, 'date_add_days', [0], true],
    [null, 'date_add_weeks', [0], true],
    [null, 'date_add_months', [0], true],
    [null, 'date_days_between', [0, 1], false],
    [null, 'date_get_birthday', [0], true],
    [null, 'date_get_age_on', [0, 1], false],
    ['Calendar', 'get_first_date', [], true],
    ['Calendar', 'get_last_date', [], true],
    ['Calendar', 'covers', [0], false],
    ['Calendar', 'is_bank_holiday', [0], false],
    ['Calendar', 'is_working_day', [0], false],
    ['Calendar', 'add_working_days', [0], true],
    ['Calendar', 'add', [0], true],
    ['Episode', 'get_start', [], true],
    ['Episode', 'set_start', [0], false],
    ['Episode', 'get_end', [], true],
    ['Episode', 'set_end', [0], false],
    ['Event', 'get_date', [], true],
    ['Event', 'set_date', [0], false],
    ['Event', 'get_end', [], true],
    ['Event', 'set_end', [0], false],
    ['Event', 'get_extended_to', [], true],
    ['Event', 'set_extended_to', [0], false],
    ['Event', 'get_approved', [], true],
    ['Event', 'set_approved', [0], false],
    ['Event', 'get_date_field', [], true],
    ['Event', 'set_date_field', [1], false],
    ['CareLeaver', 'get_needs_assessment', [], true],
    ['CareLeaver', 'set_needs_assessment', [0], false],
    ['CareLeaver', 'get_personal_adviser_from', [], true],
    ['CareLeaver', 'set_personal_adviser_from', [0], false],
    ['CareLeaver', 'get_staying_put_from', [], true],
    ['CareLeaver', 'set_staying_put_from', [0], false],
    ['CareLeaver', 'get_accommodation_from', [], true],
    ['CareLeaver', 'set_accommodation_from', [0], false],
    ['CareLeaver', 'get_support_requested', [], true],
    ['CareLeaver', 'set_support_requested', [0], false],
    ['CareLeaver', 'get_adviser_declined', [], true],
    ['CareLeaver', 'set_adviser_declined', [0], false],
    ['Placement', 'get_start', [], true],
    ['Placement', 'get_end', [], true],
    ['PeriodOfCare', 'get_start', [], true],
    ['PeriodOfCare', 'get_end', [], true],
    ['Child', 'get_date_of_birth', [], true],
    ['Child', 'set_date_of_birth', [0], false],
    ['Finding', 'get_anchor_date', [], true],
    ['Finding', 'get_due', [], true],
    ['Finding', 'get_done', [], true],
    ['Rule', 'get_in_force_from', [], true],
    ['Rule', 'get_in_force_until', [], true],
    ['Rule', 'is_in_force_on', [0], false],
    ['Engine', 'evaluate', [1], false],
    ['Engine', 'check_child', [1], false],
    ['Engine', 'evaluate_caseload', [1], false],
    ['EvaluationQueue', 'new', [1], false],
    ['EvaluationQueue', 'get_as_of', [], true],
    [null, 'measures_get_period_start', [0], true],
    ['Measure', 'get_period_start', [], true],
    ['Measure', 'get_period_end', [], true],
    ['MeasuresAccumulator', 'new', [0, 1], false],   // a function of the class
    ['MeasuresComparison', 'lookup', [1], false],
    [null, 'measures_item_to_csv', [1], false],
    [null, 'timeline_render', [2], false],
    ['Plan', 'get_date', [], true],
    ['Plan', 'get_placement_start', [], true],
    ['Plan', 'get_agreement_date', [], true],
    ['Plan', 'cross_check', [3], false],   // a function of the class: plans, child, calendar, as_of
];

// The GObject properties that hold dates, and those that hold yes/no
// facts, by class (the "none" sentinels are converted below).
const DATE_PROPS = {
    Calendar: ['first-date', 'last-date'],
    CareLeaver: ['accommodation-from', 'adviser-declined', 'needs-assessment',
        'personal-adviser-from', 'staying-put-from', 'support-requested'],
    Child: ['date-of-birth'],
    Episode: ['start', 'end'],
    Event: ['date', 'end', 'extended-to', 'approved'],
    Finding: ['anchor-date', 'due', 'done'],
    FindingsWriter: ['as-of'],
    Measure: ['period-start', 'period-end'],
    PeriodOfCare: ['start', 'end'],
    Placement: ['start', 'end'],
    Rule: ['in-force-from', 'in-force-until'],
    Plan: ['date', 'placement-start'],
    PlanWriter: ['as-of'],
};
const TRISTATE_PROPS = {
    Child: ['uasc', 'disabled'],
    Episode: ['long-term', 'out-of-area', 'at-distance'],
    Event: ['seen-alone', 'return-interview-offered'],
    PlanResult: ['condition'],
};
const TRISTATE_METHODS = {
    Child: ['uasc', 'disabled'],
    Episode: ['long_term', 'out_of_area', 'at_distance'],
    Event: ['seen_alone', 'return_interview_offered'],
    PlanResult: ['condition'],
};
// The properties toJSON() writes, by class.
const JSON_PROPS = {
    Child: ['id', 'date-of-birth', 'sex', 'upn', 'uasc', 'disabled', 'care-leaver', 'episodes', 'events'],
    CareLeaver: DATE_PROPS.CareLeaver,
    Episode: ['start', 'end', 'legal-status', 'category-of-need', 'placement-type',
        'placement-provider', 'placement-postcode', 'home-postcode', 'urn',
        'reason-new-episode', 'reason-placement-change', 'reason-ended', 'long-term',
        'out-of-area', 'at-distance'],
    Event: ['kind', 'date', 'end', 'extended-to', 'approved', 'score', 'seen-alone',
        'return-interview-offered', 'participation', 'not-seen-alone-reason',
        'sub-kind', 'plan', 'recipient', 'approver'],
    Placement: ['start', 'end', 'placement-type', 'long-term'],
    PeriodOfCare: ['start', 'end', 'short-break', 'placements'],
    Rule: ['id', 'family', 'title', 'kind', 'confirmation', 'instrument', 'provision',
        'url', 'in-force-from', 'in-force-until'],
    Measure: ['id', 'title', 'definition', 'kind', 'scale', 'unit', 'confirmation',
        'instrument', 'provision', 'url', 'period-start', 'period-end', 'numerator',
        'denominator', 'rate', 'numerator-ids', 'denominator-ids', 'result', 'result-note'],
    Problem: ['kind', 'child-id', 'path', 'field', 'message', 'file', 'line', 'column'],
    Plan: ['file', 'kind', 'child-id', 'date', 'leaving-care-status', 'placement-start'],
    PlanElement: ['id', 'kind', 'instrument', 'provision', 'requirement', 'condition', 'soft',
        'confirmation', 'url'],
    PlanResult: ['element', 'status', 'condition', 'message'],
};

const camel = name => name.replace(/[-_]([a-z])/g, (_m, c) => c.toUpperCase());
const snake = name => name.replace(/-/g, '_');

function _init() {
    const Careplan = this;
    const raw = {};   // the introspected functions, before wrapping

    function toDay(value) {
        if (value === null || value === undefined)
            return 0;
        if (value instanceof Date) {
            if (Number.isNaN(value.getTime()))
                throw new RangeError('careplan: invalid Date object');
            return raw.date_new(value.getFullYear(), value.getMonth() + 1, value.getDate());
        }
        if (typeof value === 'string') {
            try {
                return raw.date_parse_iso(value);
            } catch (e) {
                if (!(e instanceof GLib.Error))
                    throw e;
                throw new RangeError(
                    `careplan: '${value}' is not a valid ISO date (YYYY-MM-DD): ${e.message}`,
                    {cause: e});
            }
        }
        throw new TypeError(`careplan: expected a Date, an ISO date string or null, not ${typeof value} ${value}`);
    }

    function fromDay(day) {
        return day ? raw.date_to_iso(day) : null;
    }

    function toTristate(value) {
        if (value === null || value === undefined)
            return Careplan.Tristate.UNSET;
        if (value === true)
            return Careplan.Tristate.YES;
        if (value === false)
            return Careplan.Tristate.NO;
        throw new TypeError(`careplan: expected true, false or null (not recorded), not ${value}`);
    }

    function fromTristate(value) {
        if (value === Careplan.Tristate.YES)
            return true;
        if (value === Careplan.Tristate.NO)
            return false;
        return null;
    }

    const noneIfNegative = value => value < 0 ? null : value;

    // Any Gio.ListModel as an iterable (GJS 1.74 iterates a Gio.ListStore
    // but not other implementations, such as a child's events).
    function* items(model) {
        const n = model.get_n_items();
        for (let i = 0; i < n; i++)
            yield model.get_item(i);
    }

    function asChildModel(children) {
        if (!Array.isArray(children))
            return children;
        const model = Gio.ListStore.new(Careplan.Child.$gtype);
        model.splice(0, 0, children);
        return model;
    }

    function wrapFunction(name, datePositions, returnsDate) {
        const original = Careplan[name];
        raw[name] = original;
        Careplan[name] = function (...args) {
            for (const i of datePositions)
                args[i] = toDay(args[i]);
            const result = original(...args);
            return returnsDate ? fromDay(result) : result;
        };
    }

    function wrapMethod(proto, name, convertArgs, convertResult) {
        const original = proto[name];
        if (typeof original !== 'function')
            throw new Error(`careplan overrides: no method ${name}`);
        proto[name] = function (...args) {
            return convertResult(original.apply(this, convertArgs(args)));
        };
    }

    function accessor(proto, propName) {
        const snakeName = snake(propName);
        void (snakeName in proto);   // let GJS define it
        for (let p = proto; p; p = Object.getPrototypeOf(p)) {
            const descriptor = Object.getOwnPropertyDescriptor(p, snakeName);
            if (descriptor)
                return descriptor;
        }
        throw new Error(`careplan overrides: no property ${propName}`);
    }

    function convertProperty(proto, propName, toJs, fromJs) {
        const original = accessor(proto, propName);
        const descriptor = {
            configurable: true,
            enumerable: original.enumerable,
            get() {
                return toJs(original.get.call(this));
            },
        };
        if (original.set) {
            descriptor.set = function (value) {
                original.set.call(this, fromJs(value));
            };
        }
        for (const name of new Set([snake(propName), camel(propName)]))
            Object.defineProperty(proto, name, descriptor);
    }

    // Functions and methods with dates.
    raw.date_new = Careplan.date_new;
    raw.date_parse_iso = Careplan.date_parse_iso;
    raw.date_to_iso = Careplan.date_to_iso;
    for (const [owner, name, positions, returnsDate] of DATED_API) {
        if (owner === null) {
            wrapFunction(name, positions, returnsDate);
            continue;
        }
        const convertArgs = args => {
            for (const i of positions)
                args[i] = toDay(args[i]);
            return args;
        };
        const convertResult = result => returnsDate ? fromDay(result) : result;
        if (typeof Careplan[owner].prototype[name] === 'function') {
            wrapMethod(Careplan[owner].prototype, name, convertArgs, convertResult);
        } else {
            // A function of the class (its first argument is no instance).
            const original = Careplan[owner][name];
            Careplan[owner][name] = (...args) => convertResult(original(...convertArgs(args)));
        }
    }
    Careplan.date_to_iso = day => fromDay(toDay(day));   // takes a Date or string too
    const eventNew = Careplan.Event.new;
    Careplan.Event.new = (kind, date) => eventNew(kind, toDay(date));
    const planWriterNew = Careplan.PlanWriter.new;
    Careplan.PlanWriter.new = (stream, format, asOf) => planWriterNew(stream, format, toDay(asOf));
    const writerNew = Careplan.FindingsWriter.new;
    Careplan.FindingsWriter.new = (stream, format, asOf) => writerNew(stream, format, toDay(asOf));

    // Every list model a method or property gives iterates: GJS 1.74
    // iterates a Gio.ListStore, not careplan's own list type.
    const iterable = model => {
        if (model instanceof Gio.ListModel && typeof model[Symbol.iterator] !== 'function')
            model[Symbol.iterator] = () => items(model);
        return model;
    };
    for (const [owner, names] of Object.entries({
        Child: ['get_episodes', 'get_events', 'dup_events_of_kind', 'dup_periods_of_care',
            'dup_placements', 'validate'],
        PeriodOfCare: ['get_placements'],
        Rulebook: ['get_rules'],
        // The engine's findings come in careplan's array-backed list.
        Engine: ['evaluate', 'evaluate_all', 'evaluate_caseload'],
    })) {
        for (const name of names)
            wrapMethod(Careplan[owner].prototype, name, args => args, iterable);
    }
    for (const [owner, props] of Object.entries({Child: ['episodes', 'events'], PeriodOfCare: ['placements']})) {
        for (const prop of props)
            convertProperty(Careplan[owner].prototype, prop, iterable, v => v);
    }

    // Yes/no methods.
    for (const [owner, names] of Object.entries(TRISTATE_METHODS)) {
        const proto = Careplan[owner].prototype;
        for (const name of names) {
            wrapMethod(proto, `get_${name}`, args => args, fromTristate);
            if (typeof proto[`set_${name}`] === 'function')
                wrapMethod(proto, `set_${name}`, args => [toTristate(args[0])], result => result);
        }
    }
    wrapMethod(Careplan.Finding.prototype, 'get_days_late', args => args, noneIfNegative);
    wrapMethod(Careplan.Event.prototype, 'get_score', args => args, noneIfNegative);
    wrapMethod(Careplan.Child.prototype, 'get_age_on', args => [toDay(args[0])], noneIfNegative);
    wrapMethod(Careplan.Event.prototype, 'set_score',
        args => [args[0] === null || args[0] === undefined ? Careplan.EVENT_NO_SCORE : args[0]],
        result => result);
    wrapMethod(Careplan.Measure.prototype, 'get_rate', args => args, rate => Number.isNaN(rate) ? null : rate);

    // Properties, and constructors taking them.
    const converters = {};
    const addConverter = (owner, props, toJs, fromJs) => {
        for (const prop of props) {
            converters[owner] ??= {};
            converters[owner][snake(prop)] = converters[owner][camel(prop)] = converters[owner][prop] = fromJs;
            convertProperty(Careplan[owner].prototype, prop, toJs, fromJs);
        }
    };
    for (const [owner, props] of Object.entries(DATE_PROPS))
        addConverter(owner, props, fromDay, toDay);
    for (const [owner, props] of Object.entries(TRISTATE_PROPS))
        addConverter(owner, props, fromTristate, toTristate);
    addConverter('Event', ['score'], noneIfNegative,
        v => v === null || v === undefined ? Careplan.EVENT_NO_SCORE : v);
    addConverter('Finding', ['days-late'], noneIfNegative, v => v);
    addConverter('Measure', ['rate'], rate => Number.isNaN(rate) ? null : rate, v => v);
    for (const [owner, table] of Object.entries(converters)) {
        const proto = Careplan[owner].prototype;
        const init = proto._init;
        proto._init = function (props = {}, ...rest) {
            const converted = {};
            for (const [key, value] of Object.entries(props))
                converted[key] = key in table ? table[key](value) : value;
            return init.call(this, converted, ...rest);
        };
    }

    // Arrays where the C API wants a list model.
    wrapMethod(Careplan.Engine.prototype, 'evaluate_all',
        args => [asChildModel(args[0]), toDay(args[1])], result => result);
    for (const name of ['record_save_file', 'ssda903_save_dir', 'ssda903_guess_collection_year']) {
        const original = Careplan[name];
        Careplan[name] = (children, ...rest) => original(asChildModel(children), ...rest);
    }

    // No length arguments, no tuples where one value is meant.
    // (text, name), or the C form (text, length, name).
    const noLength = original => (text, name = null, legacyName = null) =>
        typeof name === 'number'
            ? original(name >= 0 ? text.slice(0, name) : text, -1, legacyName)
            : original(text, -1, name);
    Careplan.record_load_data = noLength(Careplan.record_load_data);
    const recordSaveData = Careplan.record_save_data;
    Careplan.record_save_data = children => {
        const model = asChildModel(children);
        [...items(model)].forEach((child, position) => {
            if (child instanceof Careplan.Child && !child.get_id()) {
                throw new GLib.Error(Careplan.error_quark(), Careplan.Error.INVALID_RECORD,
                    `children[${position}]: child has no id (field 'id')`);
            }
        });
        const [text] = recordSaveData(model);
        return text;
    };
    const policyLoadData = noLength((text, length, name) => [text, name]);
    const rawPolicyLoadData = Careplan.policy_load_data;
    Careplan.policy_load_data = (rulebook, text, ...rest) => {
        const [checked, name] = policyLoadData(text, ...rest);
        return rawPolicyLoadData(rulebook, checked, -1, name);
    };
    Careplan.Plan.load_data = noLength(Careplan.Plan.load_data);
    const calendarNewFromData = Careplan.Calendar.new_from_data;
    Careplan.Calendar.new_from_data = (text, divisions = null) =>
        calendarNewFromData(text, -1, divisions);
    const ssda903LoadDir = Careplan.ssda903_load_dir;
    Careplan.ssda903_load_dir = (dir, collectionYear = 0) => {
        const [children, problems] = ssda903LoadDir(dir, collectionYear);
        return {children, problems};
    };
    const ssda903LoadDirFull = Careplan.ssda903_load_dir_full;
    Careplan.ssda903_load_dir_full = (dir, collectionYear = 0, maxFileSize = 0) => {
        const [children, problems] = ssda903LoadDirFull(dir, collectionYear, maxFileSize);
        return {children, problems};
    };
    const keepGoing = Careplan.record_load_file_keep_going;
    Careplan.record_load_file_keep_going = path => {
        const [children, problems] = keepGoing(path);
        return {children, problems};
    };
    for (const name of ['measures_compute', 'measures_compute_full']) {
        const original = Careplan[name];
        Careplan[name] = (children, start, end, ...rest) =>
            original(asChildModel(children), toDay(start), toDay(end), ...rest);
    }
    const getParameter = Careplan.Rule.prototype.get_parameter;
    Careplan.Rule.prototype.get_parameter = function (name) {
        const [found, value] = getParameter.call(this, name);
        if (!found)
            throw new RangeError(`careplan: rule ${this.get_id()} has no parameter ${name}`);
        return value;
    };
    Careplan.Rule.prototype.get_parameter_unit = function (name) {
        const [found, , unit] = getParameter.call(this, name);
        if (!found)
            throw new RangeError(`careplan: rule ${this.get_id()} has no parameter ${name}`);
        return Careplan.time_unit_to_string(unit);
    };
    const statusFromString = Careplan.finding_status_from_string;
    Careplan.finding_status_from_string = text => {
        const [found, status] = statusFromString(text);
        if (!found)
            throw new RangeError(`careplan: '${text}' is not a finding status`);
        return status;
    };

    // toJSON() and toString().
    const jsonValue = value => {
        if (value instanceof Gio.ListModel)
            return [...items(value)].map(jsonValue);
        if (value instanceof GObject.Object)
            return typeof value.toJSON === 'function' ? value.toJSON() : null;
        return value;
    };
    // Enums as the names careplan writes (`visit`, `statute`, …).
    const enumNames = new Map([
        [Careplan.EventKind.$gtype, Careplan.event_kind_to_string],
        [Careplan.RuleKind.$gtype, Careplan.rule_kind_to_string],
        [Careplan.Confirmation.$gtype, Careplan.confirmation_to_string],
        [Careplan.MeasureKind.$gtype, Careplan.measure_kind_to_string],
        [Careplan.MeasureScale.$gtype, Careplan.measure_scale_to_string],
        [Careplan.MeasureResult.$gtype, Careplan.measure_result_to_string],
    ]);
    const enumNick = (enumType, value) => {
        const name = enumNames.get(enumType);
        if (name)
            return name(value);
        // CAREPLAN_PROBLEM_KIND_MISSING_FIELD -> missing-field
        return GObject.enum_to_string(enumType, value)
            .replace(/^CAREPLAN_[A-Z]+_KIND_/, '').toLowerCase().replace(/_/g, '-');
    };
    for (const [owner, props] of Object.entries(JSON_PROPS)) {
        Careplan[owner].prototype.toJSON = function () {
            const object = {};
            for (const prop of props) {
                let value = this[snake(prop)];
                const pspec = GObject.Object.find_property.call(Careplan[owner], prop);
                if (pspec && GObject.type_is_a(pspec.value_type, GObject.TYPE_ENUM) &&
                    pspec.value_type !== Careplan.Tristate.$gtype)
                    value = enumNick(pspec.value_type, value);
                object[snake(prop)] = jsonValue(value);
            }
            if (owner === 'Event') {
                const fields = {};
                for (const name of this.dup_field_names())
                    fields[name] = this.get_date_field(name) ?? this.get_text_field(name);
                object.fields = fields;
            }
            return object;
        };
    }
    Careplan.Finding.prototype.toJSON = function () {
        const rule = this.get_rule();
        return {
            child: this.get_child_id(),
            rule: this.get_rule_id(),
            status: Careplan.finding_status_to_string(this.get_status()),
            anchor: {kind: this.get_anchor_kind(), date: this.get_anchor_date()},
            due: this.get_due(),
            done: this.get_done(),
            days_late: this.get_days_late(),
            message: this.get_message(),
            citation: {
                instrument: rule ? rule.get_instrument() : null,
                provision: rule ? rule.get_provision() : null,
                url: rule ? rule.get_url() : null,
            },
        };
    };
    Careplan.Finding.prototype.toString = function () {
        const due = this.get_due();
        return `${this.get_child_id()} ${this.get_rule_id()} ` +
            `${Careplan.finding_status_to_string(this.get_status())}` +
            `${due ? ` (due ${due})` : ''}: ${this.get_message()}`;
    };
    Careplan.Problem.prototype.toString = function () {
        return this.to_string();
    };

    // Records from a file or from every *.json file of a folder.
    Careplan.load_records = function (path) {
        if (!GLib.file_test(path, GLib.FileTest.IS_DIR))
            return Careplan.record_load_file(path);
        const names = [];
        const enumerator = Gio.File.new_for_path(path).enumerate_children(
            'standard::name', Gio.FileQueryInfoFlags.NONE, null);
        for (let info = enumerator.next_file(null); info; info = enumerator.next_file(null)) {
            if (info.get_name().endsWith('.json'))
                names.push(info.get_name());
        }
        enumerator.close(null);
        names.sort();
        const children = Gio.ListStore.new(Careplan.Child.$gtype);
        for (const name of names) {
            const loaded = Careplan.record_load_file(GLib.build_filenamev([path, name]));
            children.splice(children.get_n_items(), 0, [...items(loaded)]);
        }
        return children;
    };

    // Plain values for whole lists: [...findings].map(f => f.toJSON()).
    Careplan.toObjects = list => [...(list instanceof Gio.ListModel ? items(list) : list)]
        .map(item => item.toJSON());
    Careplan.items = items;
    Careplan.toDay = toDay;
    Careplan.fromDay = fromDay;
}
