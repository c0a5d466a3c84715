#!/usr/bin/python3
# validate_records.py: the careplan-record/1 JSON Schema against the records
# of the source tree
#
# Every file of examples/data, the `record` of every scenario in
# tests/scenarios and every good sample of tests/record-samples must pass
# docs/careplan-record.schema.json; every bad sample that
# tests/record-samples/manifest.json marks as schema-detectable must fail
# it (the others, such as a child id given twice, are for the C reader's
# tests only).  Prints one line per check and a final `N passed, M failed`;
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
SCHEMA = SOURCE_DIR / 'docs' / 'careplan-record.schema.json'
SAMPLES = SOURCE_DIR / 'tests' / 'record-samples'


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
    # utf-8-sig: a byte-order mark is allowed, as the C reader allows it.
    with open(path, encoding='utf-8-sig') as f:
        return json.load(f)


def first_error(validator, instance):
    e = jsonschema.exceptions.best_match(validator.iter_errors(instance))
    if e is None:
        return None
    where = '/'.join(str(p) for p in e.absolute_path) or '(root)'
    return '%s: %s' % (where, e.message)


def relative(path):
    try:
        return str(path.relative_to(SOURCE_DIR))
    except ValueError:
        return str(path)


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

    # The date format must really be checked, or 2025-02-31 would pass.
    report.check(first_error(validator, {'id': 'X', 'date_of_birth': '2025-02-31'}) is not None,
                 'the format checker rejects 2025-02-31')

    def must_pass(name, instance):
        error = first_error(validator, instance)
        report.check(error is None, name, error or '')

    examples = sorted((SOURCE_DIR / 'examples' / 'data').glob('*.json'))
    report.check(len(examples) > 0, 'examples/data holds record files')
    for path in examples:
        must_pass(relative(path), load_json(path))

    for path in sorted((SOURCE_DIR / 'tests' / 'scenarios').glob('*.json')):
        scenario = load_json(path)
        if isinstance(scenario, dict) and 'record' in scenario:
            must_pass('%s: record' % relative(path), scenario['record'])

    good = sorted((SAMPLES / 'good').glob('*.json'))
    report.check(len(good) > 0, 'tests/record-samples/good holds samples')
    for path in good:
        must_pass(relative(path), load_json(path))

    manifest = load_json(SAMPLES / 'manifest.json')['bad']
    bad_files = sorted(p.name for p in (SAMPLES / 'bad').glob('*.json'))
    unlisted = [name for name in bad_files if name not in manifest]
    missing = [name for name in manifest if name not in bad_files]
    report.check(not unlisted and not missing, 'manifest.json lists exactly the bad samples',
                 'unlisted %s, missing %s' % (unlisted, missing))

    for name in bad_files:
        entry = manifest.get(name)
        if entry is None or not entry['schema']:
            continue
        path = SAMPLES / 'bad' / name
        error = first_error(validator, load_json(path))
        report.check(error is not None, '%s fails the schema' % relative(path),
                     'the schema accepts it')
        if error is not None:
            print('          (%s)' % error)

    print('%d passed, %d failed' % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == '__main__':
    sys.exit(main())
