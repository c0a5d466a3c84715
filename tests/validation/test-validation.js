// test-validation.js: the SSDA903 validator from GJS
//
// The issues come back as a Gio.ListModel of Careplan.ValidationIssue with
// typed properties; the checks list the same way.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import {check, checkEqual, checkThrows, run, sourceDir} from '../gjs/harness.js';

const sample = GLib.build_filenamev([sourceDir(), 'tests', 'ssda903', 'sample-2026', 'input']);

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

run(() => {
    // Issues are typed objects in a list model.
    {
        const v = new Careplan.Ssda903Validator({collection_year: 2026});
        const issues = v.validate(sample);
        checkEqual(issues.get_item_type().name, 'CareplanValidationIssue');
        const all = items(issues);
        check(all.length > 400, `${all.length} issues`);
        const first = all[0];
        check(typeof first.code === 'string' && first.code.length > 0);
        check(Number.isInteger(first.row_index));
        check(first.line >= 2);
        check(Array.isArray(first.fields));
        check(first.file.endsWith('.csv'));
        checkEqual(v.get_year_used(), 2026);
    }

    // The parity sample: check 191 flags 12 rows.
    {
        const v = new Careplan.Ssda903Validator({collection_year: 2026});
        const n = items(v.validate(sample)).filter(i => i.code === '191').length;
        checkEqual(n, 12);
    }

    // Checks list with citations; skipped ones are listed.
    {
        const checks = items(Careplan.validation_list_checks(2026));
        check(checks.some(c => c.code === '103'));
        check(checks.every(c => c.citation.includes('validation checks')));
        const v = new Careplan.Ssda903Validator({collection_year: 2026});
        v.validate(sample);
        const skipped = items(v.dup_skipped());
        check(skipped.length > 0 && skipped.every(c => c.needs_previous || c.needs_reference));
    }

    // A folder that is not a return is an error.
    {
        const v = new Careplan.Ssda903Validator();
        checkThrows(() => v.validate('/nonexistent/return'),
            e => e instanceof GLib.Error && e.matches(Careplan.error_quark(), Careplan.Error.IO), 'an I/O error');
    }
});
