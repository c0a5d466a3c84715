// careplan.js: helpers that make careplan feel native in GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
//     import Careplan from 'gi://Careplan?version=1.0';
//     import * as CP from './careplan.js';
//
//     const engine = Careplan.Engine.new(null, null);   // default rules and calendar
//     for (const child of CP.items(CP.loadRecords('examples/data'))) {
//         for (const finding of CP.items(CP.evaluate(engine, child, '2025-06-30')))
//             print(JSON.stringify(CP.findingToObject(finding)));
//     }
//
// The C API passes dates as CareplanDate, a day number (1 is 0001-01-01;
// 0 means "no date"), which GJS sees as a plain Number. These helpers take
// a date as any of:
//
//  - an ISO 8601 string 'YYYY-MM-DD' (the record format's own notation);
//  - a JS Date: its calendar date in *local* time (getFullYear(),
//    getMonth(), getDate()), so `new Date(2025, 5, 30)` is 30 June 2025
//    wherever the program runs. Beware that `new Date('2025-06-30')` is
//    midnight UTC, which is 29 June in time zones west of UTC: pass the
//    string itself instead;
//  - a day number (passed through), or null/undefined for "no date".
//
// and give dates back as ISO strings (fromDay) or local-midnight JS Dates
// (toDate), null for "no date". A badly written date throws a RangeError
// whose message quotes the text; its `cause` is careplan's GLib.Error.
//
// Lists (children, findings) stay Gio.ListModels, as the C API returns
// them, so they can be passed on to the engine; items() iterates any of
// them, and `[...CP.items(model)]` makes an array.
//
// When installed this file is $datadir/careplan/gjs/careplan.js.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

const MAX_DAY = 0xFFFFFFFF;

/**
 * Turns a date into a CareplanDate day number.
 *
 * @param {Date|string|number|null|undefined} value - the date
 * @returns {number} the day number; 0 for null or undefined
 * @throws {RangeError} for a badly written ISO string, an invalid Date or
 *   a day number out of range
 * @throws {TypeError} for anything else
 */
export function toDay(value) {
    if (value === null || value === undefined)
        return 0;
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            throw new RangeError('careplan: invalid Date object');
        return Careplan.date_new(value.getFullYear(), value.getMonth() + 1, value.getDate());
    }
    if (typeof value === 'string') {
        try {
            return Careplan.date_parse_iso(value);
        } catch (e) {
            if (!(e instanceof GLib.Error))
                throw e;
            throw new RangeError(
                `careplan: '${value}' is not a valid ISO date (YYYY-MM-DD): ${e.message}`,
                {cause: e});
        }
    }
    if (typeof value === 'number') {
        if (!Number.isInteger(value) || value < 0 || value > MAX_DAY)
            throw new RangeError(`careplan: ${value} is not a day number`);
        return value;
    }
    throw new TypeError(`careplan: expected a Date, an ISO date string or null, not ${typeof value}`);
}

/**
 * Turns a day number into an ISO 8601 date string.
 *
 * @param {number} day - a CareplanDate
 * @returns {string|null} 'YYYY-MM-DD', or null for 0 ("no date")
 */
export function fromDay(day) {
    return day ? Careplan.date_to_iso(day) : null;
}

/**
 * Turns a day number into a JS Date at local midnight of that day.
 *
 * @param {number} day - a CareplanDate
 * @returns {Date|null} the date, or null for 0 ("no date")
 */
export function toDate(day) {
    if (!day)
        return null;
    return new Date(Careplan.date_get_year(day), Careplan.date_get_month(day) - 1,
        Careplan.date_get_day(day));
}

/**
 * Iterates over the items of any Gio.ListModel.
 *
 * @param {Gio.ListModel} model - the list
 * @yields {GObject.Object} each item, in order
 */
export function* items(model) {
    const n = model.get_n_items();
    for (let i = 0; i < n; i++)
        yield model.get_item(i);
}

/**
 * Evaluates one child at an as-of date.
 *
 * @param {Careplan.Engine} engine - the engine
 * @param {Careplan.Child} child - the child
 * @param {Date|string|number} asOf - the as-of date
 * @returns {Gio.ListModel} the findings (Careplan.Finding), in rulebook order
 */
export function evaluate(engine, child, asOf) {
    return engine.evaluate(child, toDay(asOf));
}

/**
 * Evaluates children at an as-of date.
 *
 * @param {Careplan.Engine} engine - the engine
 * @param {Gio.ListModel|Careplan.Child[]} children - the children
 * @param {Date|string|number} asOf - the as-of date
 * @returns {Gio.ListModel} the findings (Careplan.Finding), child by child
 */
export function evaluateAll(engine, children, asOf) {
    let model = children;
    if (Array.isArray(children)) {
        model = Gio.ListStore.new(Careplan.Child.$gtype);
        model.splice(0, 0, children);
    }
    return engine.evaluate_all(model, toDay(asOf));
}

/**
 * A finding as a plain object in the shape of DESIGN.md §4 (the shape of
 * `careplan check --format json` and of Python's `Finding.to_dict()`):
 * ISO strings for dates, null for nulls.
 *
 * @param {Careplan.Finding} finding - the finding
 * @returns {object} `{child, rule, status, anchor: {kind, date}, due, done,
 *   days_late, message, citation: {instrument, provision, url}}`
 */
export function findingToObject(finding) {
    const rule = finding.get_rule();
    const daysLate = finding.get_days_late();
    return {
        child: finding.get_child_id(),
        rule: finding.get_rule_id(),
        status: Careplan.finding_status_to_string(finding.get_status()),
        anchor: {
            kind: finding.get_anchor_kind(),
            date: fromDay(finding.get_anchor_date()),
        },
        due: fromDay(finding.get_due()),
        done: fromDay(finding.get_done()),
        days_late: daysLate < 0 ? null : daysLate,
        message: finding.get_message(),
        citation: {
            instrument: rule ? rule.get_instrument() : null,
            provision: rule ? rule.get_provision() : null,
            url: rule ? rule.get_url() : null,
        },
    };
}

/**
 * Loads children from a careplan JSON record file, or from every `*.json`
 * file of a directory (in name order).
 *
 * @param {string} path - a file or a directory
 * @returns {Gio.ListModel} the children (Careplan.Child), in file order
 * @throws {GLib.Error} for a file that cannot be read or parsed; the
 *   message names the file and the position
 */
export function loadRecords(path) {
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
}
