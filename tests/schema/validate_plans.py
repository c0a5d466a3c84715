#!/usr/bin/python3
# validate_plans.py: the careplan-plan/1 JSON Schema against the plans of
# the source tree
#
# Every plan of examples/plans must pass docs/careplan-plan.schema.json;
# every bad sample of tests/plans/bad that tests/plans/manifest.json marks
# as schema-detectable must fail it (the others, such as a file that is not
# JSON, are for the C reader's tests only).  The same mechanism as
# validate_records.py: one line per check and a final `N passed, M failed`;
# exits non-zero on a failure.
#
# Run by meson test (suite `schema`) with CAREPLAN_SOURCE_DIR set, under
# Debian's /usr/bin/python3 with python3-jsonschema.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import sys
from pathlib import Path

import jsonschema

SOURCE_DIR = Path(os.environ.get('CAREPLAN_SOURCE_DIR',
                                 Path(__file__).resolve().parent.parent.parent))
SCHEMA = SOURCE_DIR / 'docs' / 'careplan-plan.schema.json'
SAMPLES = SOURCE_DIR / 'tests' / 'plans'


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, name, detail=''):
        if ok:
            self.passed += 1
            print('ok      %s' % name)
        else:
            self.failed += 1
            print('FAILED  %s%s' % (name, (': ' + detail) if detail else ''))


def load_json(path):
    with open(path, encoding='utf-8-sig') as f:
        return json.load(f)


def first_error(validator, instance):
    e = jsonschema.exceptions.best_match(validator.iter_errors(instance))
    if e is None:
        return None
    where = '/'.join(str(p) for p in e.absolute_path) or '(root)'
    return '%s: %s' % (where, e.message)


def main():
    report = Report()
    schema = load_json(SCHEMA)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
        report.check(True, 'schema is a valid draft 2020-12 schema')
    except jsonschema.SchemaError as e:
        report.check(False, 'schema is a valid draft 2020-12 schema', e.message)
        print('%d passed, %d failed' % (report.passed, report.failed))
        return 1
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    examples = sorted((SOURCE_DIR / 'examples' / 'plans').glob('*.json'))
    report.check(len(examples) >= 12, 'examples/plans holds a complete and an incomplete plan of each kind')
    kinds = {}
    for path in examples:
        plan = load_json(path)
        error = first_error(validator, plan)
        report.check(error is None, str(path.relative_to(SOURCE_DIR)), error or '')
        kinds.setdefault(plan.get('kind'), set()).add('complete' if 'complete' in path.name
                                                      and 'incomplete' not in path.name else 'incomplete')
    for kind in ('care-plan', 'placement-plan', 'short-break-plan', 'detention-placement-plan',
                 'needs-assessment', 'pathway-plan'):
        report.check(kinds.get(kind) == {'complete', 'incomplete'},
                     'examples/plans: a complete and an incomplete %s' % kind)

    manifest = load_json(SAMPLES / 'manifest.json')['bad']
    bad_files = sorted(p.name for p in (SAMPLES / 'bad').glob('*.json'))
    report.check(sorted(manifest) == bad_files, 'manifest.json lists exactly the bad samples')
    for name in bad_files:
        entry = manifest.get(name)
        if entry is None or not entry['schema']:
            continue
        error = first_error(validator, load_json(SAMPLES / 'bad' / name))
        report.check(error is not None, 'tests/plans/bad/%s fails the schema' % name, 'the schema accepts it')

    print('%d passed, %d failed' % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == '__main__':
    sys.exit(main())
