#!/usr/bin/python3
# test_generated_cases.py: every check on both sides of its boundaries
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# tests/ssda903/gen_validation_cases.py writes returns in which each child
# is one case of one check (cases.csv: the child, the code, `fires` with the
# table the check must flag, or `quiet`).  This runs `careplan validate`
# (with last year's return and the reference data the generator writes) over
# such returns for three collection years (two seeds for the last), and checks each
# case of every check careplan implements for that year.  A case of a code
# careplan does not implement yet is counted, not failed.
#
# Then it shuffles the rows of every table, of the sample return and of a
# generated one, and checks that the checks of codes 500 and up and of the
# alphabetic codes flag the same rows wherever they now are.

import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE = os.environ.get('CAREPLAN_SOURCE_DIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TOOL = os.environ.get('CAREPLAN_TOOL', 'careplan')
GENERATOR = os.path.join(SOURCE, 'tests', 'ssda903', 'gen_validation_cases.py')


RULES = []


def implemented(year):
    if not RULES:
        out = subprocess.run([TOOL, 'rules', '--family', 'ssda903-validation', '--format', 'json'],
                             capture_output=True, text=True, check=True).stdout
        RULES.extend(json.loads(out)['rules'])
    return {c['code'] for c in RULES
            if (c['first_year'] is None or c['first_year'] <= year)
            and (c['last_year'] is None or c['last_year'] >= year)}


def run_cases(year, seed, tmp):
    out = os.path.join(tmp, '%d-%d' % (year, seed))
    subprocess.run([sys.executable, GENERATOR, '--year', str(year), '--seed', str(seed), out],
                   check=True, capture_output=True)
    result = subprocess.run([TOOL, 'validate', '--ssda903', os.path.join(out, 'input'),
                             '--previous', os.path.join(out, 'previous'),
                             '--reference', os.path.join(out, 'reference'),
                             '--year', str(year), '--format', 'csv'],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit('careplan validate exited %d: %s' % (result.returncode, result.stderr))
    flagged = {}
    for r in csv.DictReader(io.StringIO(result.stdout)):
        flagged.setdefault((r['child_id'], r['rule_code']), set()).add(r['table'])
    codes = implemented(year)
    failures, checked, skipped = [], 0, set()
    with open(os.path.join(out, 'cases.csv'), newline='') as f:
        for case in csv.DictReader(f):
            if case['rule_code'] not in codes:
                skipped.add(case['rule_code'])
                continue
            checked += 1
            tables = flagged.get((case['child_id'], case['rule_code']), set())
            ok = case['table'] in tables if case['expect'] == 'fires' else not tables
            if not ok:
                failures.append('%d seed %d: %s %s (%s), child %s: flagged %s' % (
                    year, seed, case['rule_code'], case['expect'], case['what'], case['child_id'],
                    sorted(tables) or 'nothing'))
    return checked, failures, skipped


FILES = {'Header': 'header.csv', 'Episodes': 'episodes.csv', 'Reviews': 'reviews.csv',
         'UASC': 'uasc.csv', 'OC2': 'oc2.csv', 'OC3': 'oc3.csv', 'AD1': 'ad1.csv',
         'PlacedAdoption': 'placed_for_adoption.csv', 'PrevPerm': 'previous_permanence.csv',
         'Missing': 'missing.csv', 'SWEpisodes': 'sw_episodes.csv'}


def validate(ret, year, *extra):
    out = subprocess.run([TOOL, 'validate', '--ssda903', ret, '--year', str(year),
                          '--format', 'csv', *extra], capture_output=True, text=True).stdout
    return {(r['child_id'], r['table'], int(r['row_id']), r['rule_code'])
            for r in csv.DictReader(io.StringIO(out))}


def codes_500_up(code):
    m = re.match(r'\d+', code)
    return m is None or int(m.group()) >= 500


def order_independent(ret, year, seed, tmp, *extra):
    """Every table's rows shuffled: the same issues of codes 500 and up and
    the alphabetic codes, each on the same row wherever it now is."""
    rng = random.Random(seed)
    shuffled = os.path.join(tmp, 'shuffled-%d' % seed)
    shutil.copytree(ret, shuffled)
    where = {}
    for table, name in FILES.items():
        path = os.path.join(shuffled, name)
        if not os.path.exists(path):
            continue
        with open(path) as f:
            lines = f.read().splitlines()
        order = list(range(len(lines) - 1))
        rng.shuffle(order)
        with open(path, 'w') as f:
            f.write('\n'.join([lines[0]] + [lines[1 + i] for i in order]) + '\n')
        where[table] = {old: new for new, old in enumerate(order)}
    before = {(c, t, where[t][r], code) for c, t, r, code in validate(ret, year, *extra)
              if codes_500_up(code)}
    after = {i for i in validate(shuffled, year, *extra) if codes_500_up(i[3])}
    return sorted(before ^ after)


# Under valgrind (which preloads its vgpreload libraries) one return is
# enough to find memory errors; the whole matrix would take minutes.
UNDER_VALGRIND = 'vgpreload' in os.environ.get('LD_PRELOAD', '')


def main():
    all_failures = []
    returns = ((2026, 903),) if UNDER_VALGRIND else ((2024, 903), (2025, 903), (2026, 903), (2026, 2026))
    with tempfile.TemporaryDirectory() as tmp:
        for year, seed in returns:
            checked, failures, skipped = run_cases(year, seed, tmp)
            all_failures += failures
            print('%d seed %d: %d cases checked, %d failed; codes not implemented: %s' % (
                year, seed, checked, len(failures), ' '.join(sorted(skipped)) or 'none'))
        sample = os.path.join(SOURCE, 'tests', 'ssda903', 'sample-2026', 'input')
        for seed in () if UNDER_VALGRIND else (1,):
            diff = order_independent(sample, 2026, seed, tmp)
            all_failures += ['sample, rows shuffled (seed %d): %s' % (seed, d) for d in diff]
            out = os.path.join(tmp, '2026-903')
            diff = order_independent(os.path.join(out, 'input'), 2026, seed, tmp + '/g',
                                     '--previous', os.path.join(out, 'previous'),
                                     '--reference', os.path.join(out, 'reference'))
            all_failures += ['generated, rows shuffled (seed %d): %s' % (seed, d) for d in diff]
        print('order of rows: %d differences' % sum(1 for f in all_failures if 'shuffled' in f))
    for f in all_failures:
        print('FAIL', f)
    return 1 if all_failures else 0


if __name__ == '__main__':
    sys.exit(main())
