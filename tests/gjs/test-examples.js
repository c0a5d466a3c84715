// test-examples.js: examples/check-child.js on examples/data
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The JS example must print exactly what the Python example prints (and
// the C example, when it is built), and that must be what the helper
// module says about the same records.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import * as CP from '../../bindings/gjs/careplan.js';
import {check, checkEqual, jsonFiles, run, skip, sourceDir} from './harness.js';

const SOURCE = sourceDir();
const DATA = GLib.build_filenamev([SOURCE, 'examples', 'data']);
const JS_EXAMPLE = GLib.build_filenamev([SOURCE, 'examples', 'check-child.js']);
const PY_EXAMPLE = GLib.build_filenamev([SOURCE, 'examples', 'check_child.py']);
const BUILD = GLib.getenv('CAREPLAN_BUILD_DIR');
const C_EXAMPLE = BUILD ? GLib.build_filenamev([BUILD, 'examples', 'check-child']) : null;

function spawn(argv) {
    const proc = Gio.Subprocess.new(argv,
        Gio.SubprocessFlags.STDOUT_PIPE | Gio.SubprocessFlags.STDERR_PIPE);
    const [, stdout, stderr] = proc.communicate_utf8(null, null);
    return {stdout, stderr, exitCode: proc.get_if_exited() ? proc.get_exit_status() : -1};
}

function expectedOutput(path) {
    const children = CP.loadRecords(path);
    const lines = [];
    const counts = {overdue: 0, due: 0};
    const engine = Careplan.Engine.new(null, null);
    for (const finding of CP.items(CP.evaluateAll(engine, children, new Date(2025, 5, 30)))) {
        const f = CP.findingToObject(finding);
        if (!(f.status in counts))
            continue;
        counts[f.status]++;
        lines.push(`${f.child} ${f.status} ${f.rule}: due ${f.due}` +
            (f.status === 'overdue' ? `, ${f.days_late} days late` : ''));
        lines.push(`    ${f.citation.instrument}, ${f.citation.provision}`, `    ${f.citation.url}`);
    }
    lines.push(`${counts.overdue} overdue, ${counts.due} due (as of 2025-06-30, ${children.get_n_items()} children)`);
    return `${lines.join('\n')}\n`;
}

if (jsonFiles(DATA).length === 0)
    skip('examples/data holds no record files yet');

run(() => {
    const js = spawn(['gjs', '-m', JS_EXAMPLE, DATA]);
    checkEqual(js.exitCode, 0, 'the JS example exits 0');
    checkEqual(js.stderr, '', 'and prints no error');
    checkEqual(js.stdout, expectedOutput(DATA), 'the JS example prints the overdue and due findings');
    check(js.stdout.includes(' overdue '), 'the example data has something overdue');

    const py = spawn(['/usr/bin/python3', PY_EXAMPLE, DATA]);
    checkEqual(py.exitCode, 0, 'the Python example exits 0');
    checkEqual(js.stdout, py.stdout, 'JS and Python examples print the same');

    if (C_EXAMPLE && GLib.file_test(C_EXAMPLE, GLib.FileTest.IS_EXECUTABLE)) {
        const c = spawn([C_EXAMPLE, DATA]);
        checkEqual(c.exitCode, 0, 'the C example exits 0');
        checkEqual(js.stdout, c.stdout, 'JS and C examples print the same');
    } else {
        print('# the C example is not built: not compared');
    }

    const usage = spawn(['gjs', '-m', JS_EXAMPLE]);
    checkEqual(usage.exitCode, 2, 'no argument is a usage error');
    const missing = spawn(['gjs', '-m', JS_EXAMPLE, GLib.build_filenamev([DATA, 'absent.json'])]);
    checkEqual(missing.exitCode, 1, 'a missing file is an error');
});
