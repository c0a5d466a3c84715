// harness.js: a tiny check counter for the GJS tests
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Each test is a plain script: it runs checks, and run() prints the final
// line `N passed, M failed` and exits 1 if anything failed or threw. GJS
// exits 0 on an unhandled exception inside a promise, so run() catches
// everything itself.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

let passed = 0;
let failed = 0;

/**
 * A stable JSON text of a value: object keys sorted, so two values compare
 * by content whatever the key order.
 *
 * @param {*} value - plain data
 * @returns {string} the text
 */
export function canonical(value) {
    return JSON.stringify(value, (_key, v) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            return Object.fromEntries(Object.keys(v).sort().map(k => [k, v[k]]));
        }
        return v;
    });
}

export function check(condition, what) {
    if (condition) {
        passed++;
    } else {
        failed++;
        printerr(`FAIL: ${what}`);
    }
}

export function checkEqual(actual, expected, what) {
    const a = canonical(actual);
    const e = canonical(expected);
    check(a === e, `${what}\n  expected: ${e}\n  actual:   ${a}`);
}

export function checkThrows(fn, test, what) {
    try {
        fn();
    } catch (e) {
        check(test(e), `${what}: wrong error ${e}`);
        return;
    }
    check(false, `${what}: nothing was thrown`);
}

/** The root of the source tree (CAREPLAN_SOURCE_DIR, else ../.. of cwd). */
export function sourceDir() {
    return GLib.getenv('CAREPLAN_SOURCE_DIR') ??
        GLib.build_filenamev([GLib.get_current_dir(), '..', '..']);
}

/** The names of the `*.json` files of a directory, sorted; none if absent. */
export function jsonFiles(dir) {
    if (!GLib.file_test(dir, GLib.FileTest.IS_DIR))
        return [];
    const names = [];
    const enumerator = Gio.File.new_for_path(dir).enumerate_children(
        'standard::name', Gio.FileQueryInfoFlags.NONE, null);
    for (let info = enumerator.next_file(null); info; info = enumerator.next_file(null)) {
        if (info.get_name().endsWith('.json'))
            names.push(info.get_name());
    }
    enumerator.close(null);
    return names.sort();
}

export function readText(path) {
    const [, bytes] = GLib.file_get_contents(path);
    return new TextDecoder().decode(bytes);
}

/** Exit status 77 tells meson the test was skipped. */
export function skip(reason) {
    print(`SKIP: ${reason}`);
    System.exit(77);
}

export function run(main) {
    try {
        main();
    } catch (e) {
        failed++;
        printerr(`FAIL: uncaught ${e}\n${e.stack ?? ''}`);
    }
    print(`${passed} passed, ${failed} failed`);
    System.exit(failed > 0 || passed === 0 ? 1 : 0);
}
