// test-timeline.js: Careplan.timeline_render from GJS, the page the tool draws
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Careplan from 'gi://Careplan?version=1.0';

import {check, checkEqual, checkThrows, run, sourceDir} from './harness.js';

const AS_OF = '2025-06-30';

run(() => {
    const caseload = GLib.build_filenamev([sourceDir(), 'examples', 'data', 'caseload.json']);
    const engine = Careplan.Engine.new(null, null);
    const child = [...Careplan.load_records(caseload)].find(c => c.get_id() === 'EX-005');
    check(child !== undefined, 'EX-005 is in the caseload');

    const findings = engine.evaluate(child, AS_OF);
    const svg = Careplan.timeline_render(child, findings, AS_OF, Careplan.TimelineFormat.SVG);
    check(svg.startsWith('<?xml'), 'an SVG document');
    check(svg.includes('Journey of child EX-005'), 'titled with the child id');
    check(!svg.includes('<script'), 'no script');

    // One window per obligation with a due date, in a status colour.
    const drawn = [...findings].filter(f => ['met', 'met-late', 'due', 'overdue']
        .includes(Careplan.finding_status_to_string(f.get_status())) && f.get_due() !== null);
    const windows = svg.match(/<g><rect class="st-[a-z-]+"/g) ?? [];
    checkEqual(windows.length, drawn.length, 'a window per drawn obligation');

    // A JS Date is the same as an ISO string, and the tool draws the same page.
    const again = Careplan.timeline_render(child, findings, new Date(Date.UTC(2025, 5, 30)),
        Careplan.TimelineFormat.SVG);
    checkEqual(again, svg, 'a Date gives the same page');
    const tool = GLib.getenv('CAREPLAN_TOOL');
    if (tool) {
        const [, out, , status] = GLib.spawn_sync(null,
            [tool, 'timeline', caseload, '--child', 'EX-005', '--as-of', AS_OF],
            null, GLib.SpawnFlags.DEFAULT, null);
        checkEqual(status, 0, 'the tool ran');
        checkEqual(new TextDecoder().decode(out), svg, 'the tool draws the same SVG');
    }

    const html = Careplan.timeline_render(child, findings, AS_OF, Careplan.TimelineFormat.HTML);
    check(html.startsWith('<!DOCTYPE html>'), 'an HTML page');
    checkEqual((html.match(/<tr><td>/g) ?? []).length, findings.get_n_items(), 'a table row per finding');

    // Before the first episode there is no journey: an error, not a blank page.
    checkThrows(() => Careplan.timeline_render(child, null, '2000-01-01', Careplan.TimelineFormat.SVG),
        e => e.matches(Careplan.Error, Careplan.Error.INVALID_RECORD), 'no journey before the first episode');
});
