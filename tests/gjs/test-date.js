// test-date.js: dates and working days through the GJS overrides
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import * as CP from '../../bindings/gjs/careplan.js';
import {check, checkEqual, checkThrows, run} from './harness.js';

function isCareplanError(e, code) {
    return e instanceof GLib.Error && e.matches(Careplan.error_quark(), code);
}

run(() => {
    // Day numbers: 1 is 0001-01-01 (GLib's Julian day), 0 is "no date".
    checkEqual(CP.toDay('0001-01-01'), 1, 'day 1');
    checkEqual(CP.toDay('2024-12-20'), GLib.Date.new_dmy(20, GLib.DateMonth.DECEMBER, 2024).get_julian(),
        'ISO string to day number');
    checkEqual(CP.toDay(null), 0, 'null is no date');
    checkEqual(CP.toDay(undefined), 0, 'undefined is no date');
    checkThrows(() => CP.toDay(739000), e => e instanceof TypeError, 'a number is not a date');
    checkEqual(CP.fromDay(0), null, 'no date is null');
    checkEqual(CP.fromDay(CP.toDay('2024-02-29')), '2024-02-29', 'ISO round trip');
    checkEqual(CP.toDate(null), null, 'no date is a null Date');

    // JS Dates are read as their local calendar date.
    checkEqual(CP.fromDay(CP.toDay(new Date(2025, 5, 30))), '2025-06-30', 'local Date to day');
    checkEqual(CP.fromDay(CP.toDay(new Date(2025, 5, 30, 23, 59))), '2025-06-30', 'time of day is ignored');
    const d = CP.toDate('2025-01-22');
    check(d instanceof Date, 'toDate gives a Date');
    checkEqual([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()], [2025, 0, 22, 0], 'local midnight');
    checkEqual(CP.toDay(CP.toDate('1999-12-31')), CP.toDay('1999-12-31'), 'Date round trip');

    // Bad values throw with a clear message.
    for (const bad of ['2025-02-30', '2025-13-01', '31/12/2024', '', 'tomorrow']) {
        checkThrows(() => CP.toDay(bad),
            e => e instanceof RangeError && e.message.includes(`'${bad}'`) &&
                 e.message.includes('YYYY-MM-DD') && isCareplanError(e.cause, Careplan.Error.INVALID_DATE),
            `bad ISO date '${bad}'`);
    }
    checkThrows(() => CP.toDay(new Date(NaN)), e => e instanceof RangeError, 'invalid Date');
    checkThrows(() => CP.toDay(2025), e => e instanceof TypeError, 'a year is not a date');
    checkThrows(() => CP.toDay({}), e => e instanceof TypeError, 'an object is not a date');
    checkThrows(() => Careplan.date_parse_iso('2025-02-30'),
        e => isCareplanError(e, Careplan.Error.INVALID_DATE), 'the C parser throws GLib.Error');

    // Months by the corresponding-date rule (docs/rules.md).
    const addMonths = (iso, n) => Careplan.date_add_months(iso, n);
    checkEqual(addMonths('2025-08-31', 3), '2025-11-30', '31 Aug + 3 months');
    checkEqual(addMonths('2025-08-31', 6), '2026-02-28', '31 Aug + 6 months');
    checkEqual(addMonths('2027-08-31', 6), '2028-02-29', '31 Aug + 6 months, leap year');

    // Working days of the worked examples (tests/scenarios).
    const calendar = Careplan.Calendar.new_default();
    const addWorkingDays = (iso, n) => calendar.add_working_days(iso, n);
    checkEqual(addWorkingDays('2024-12-20', 20), '2025-01-22', 'worked example 1');
    checkEqual(addWorkingDays('2025-03-01', 20), '2025-03-28', 'worked example 2');
    checkEqual(addWorkingDays('2025-04-17', 10), '2025-05-06', 'worked example 7');
    checkEqual(addWorkingDays('2025-03-31', 10), '2025-04-14', 'worked example 17, PEP');
    checkEqual(addWorkingDays('2025-03-31', 20), '2025-04-30', 'worked example 17, first review');
    checkEqual(calendar.add(new Date(2025, 2, 31), 20, Careplan.TimeUnit.WORKING_DAYS),
        '2025-04-30', 'calendar.add in working days from a Date');
    check(!calendar.is_working_day('2025-04-18'), 'Good Friday');
    check(calendar.is_working_day('2025-04-22'), 'Tuesday after Easter');

    const last = calendar.get_last_date();
    checkThrows(() => calendar.add_working_days(last, 400),
        e => isCareplanError(e, Careplan.Error.CALENDAR_RANGE), 'past the calendar range');
});
