// careplan.js: a few helpers over the Careplan GJS overrides
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// `import Careplan from 'gi://Careplan'` is all a program needs: the
// overrides (overrides/Careplan.js beside this file; installed as
// $datadir/gjs-1.0/overrides/Careplan.js) make its methods take and give
// ISO date strings, true/false/null and arrays, and give every model
// and result type a toJSON().  docs/javascript.md is the guide.
//
// This module keeps the helpers of careplan 0.1 for programs written
// against them; each is one line over the overrides.  When installed it
// is $datadir/careplan/gjs/careplan.js.


import Careplan from 'gi://Careplan?version=1.0';

if (typeof Careplan.toObjects !== 'function') {
    throw new Error('careplan: the GJS overrides are not loaded: put the folder holding ' +
        'overrides/Careplan.js on GJS_PATH (meson devenv does; see docs/javascript.md)');
}

/**
 * Turns a date into a CareplanDate day number, for C interop only: the
 * API itself takes Dates and ISO strings.
 *
 * @param {Date|string|null|undefined} value - the date
 * @returns {number} the day number; 0 for null or undefined
 */
export const toDay = value => Careplan.toDay(value);

/**
 * Turns a day number into an ISO 8601 date string.
 *
 * @param {number} day - a CareplanDate
 * @returns {string|null} 'YYYY-MM-DD', or null for 0 ("no date")
 */
export const fromDay = day => Careplan.fromDay(day);

/**
 * Turns an ISO date string (as the API returns) into a JS Date at local
 * midnight of that day.
 *
 * @param {string|null} iso - 'YYYY-MM-DD', or null
 * @returns {Date|null} the date, or null for null
 */
export function toDate(iso) {
    if (iso === null || iso === undefined)
        return null;
    const [year, month, day] = iso.split('-').map(Number);
    return new Date(year, month - 1, day);
}

/** Iterates over the items of any Gio.ListModel. */
export const items = model => Careplan.items(model);

/** engine.evaluate(child, asOf). */
export const evaluate = (engine, child, asOf) => engine.evaluate(child, asOf);

/** engine.evaluate_all(children, asOf); children an array or a list model. */
export const evaluateAll = (engine, children, asOf) => engine.evaluate_all(children, asOf);

/** finding.toJSON(): the shape of `careplan check --format json`. */
export const findingToObject = finding => finding.toJSON();

/**
 * Loads children from a careplan JSON record file, or from every `*.json`
 * file of a directory (in name order): Careplan.load_records(path).
 */
export const loadRecords = path => Careplan.load_records(path);

