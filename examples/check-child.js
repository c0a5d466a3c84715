// check-child.js: print what is overdue or due for children in care
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Usage: gjs -m check-child.js FILE-OR-DIRECTORY...
//
// The GJS twin of check-child.c. The Careplan overrides make dates ISO
// strings, lists iterable and findings JSON-ready (run it inside
// `meson devenv`, or see docs/javascript.md for GJS_PATH).

import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';
import System from 'system';


// Fixed so that the output can be compared; a real tool would use new Date().
const AS_OF = '2025-06-30';

function printFinding(f) {
    const late = f.days_late !== null ? `, ${f.days_late} days late` : '';
    print(`${f.child} ${f.status} ${f.rule}: due ${f.due}${late}`);
    print(`    ${f.citation.instrument}, ${f.citation.provision}\n    ${f.citation.url}`);
}

function main(paths) {
    if (paths.length === 0) {
        printerr('usage: gjs -m check-child.js FILE-OR-DIRECTORY...');
        return 2;
    }
    let children;
    try {
        children = paths.flatMap(path => [...Careplan.items(Careplan.load_records(path))]);
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw e;
        printerr(e.message);
        return 1;
    }

    const engine = Careplan.Engine.new(null, null);   // default rules and calendar
    const counts = {overdue: 0, due: 0};
    for (const finding of engine.evaluate_all(children, AS_OF)) {
        const f = finding.toJSON();
        if (f.status in counts) {
            counts[f.status]++;
            printFinding(f);
        }
    }

    print(`${counts.overdue} overdue, ${counts.due} due (as of ${AS_OF}, ${children.length} children)`);
    return 0;
}

System.exit(main(System.programArgs));
