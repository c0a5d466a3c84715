# test_due.py: `careplan due`, the upcoming deadlines of a caseload
#
# `due` must list exactly the `due` findings that `check` gives, soonest
# first (ties by child id, then rule id), cut by --within.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import datetime
import io
import json
import os
import re
import subprocess

import pytest

from conftest import SOURCE_DIR

TOOL = os.environ.get('CAREPLAN_TOOL')
EXAMPLES = SOURCE_DIR / 'examples' / 'data'
CLI_DATA = SOURCE_DIR / 'tests' / 'cli-data'
DEVON = SOURCE_DIR / 'examples' / 'policies' / 'devon.json'
AS_OF = '2025-06-30'

pytestmark = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def run(*args, stdin=''):
    return subprocess.run([TOOL, *[str(a) for a in args]], input=stdin, capture_output=True,
                          text=True, encoding='utf-8', timeout=120)


def json_of(*args, expect=0):
    result = run(*args)
    assert result.returncode == expect, result.stderr
    return json.loads(result.stdout)


def need_examples():
    if not EXAMPLES.is_dir() or not any(EXAMPLES.glob('*.json')):
        pytest.fail('examples/data holds no *.json records')


def soonest_first(findings):
    # sorted() is stable: findings equal on all three keep check's order.
    return sorted(findings, key=lambda f: (f['due'], f['child'], f['rule']))


def test_due_is_checks_due_findings_soonest_first():
    need_examples()
    checked = json_of('check', '--format', 'json', '--as-of', AS_OF, EXAMPLES)
    due = json_of('due', '--format', 'json', '--as-of', AS_OF, EXAMPLES)
    assert list(due) == ['as_of', 'findings']
    assert due['as_of'] == AS_OF
    wanted = soonest_first([f for f in checked['findings'] if f['status'] == 'due'])
    assert wanted, 'the example caseload has upcoming deadlines'
    assert due['findings'] == wanted
    for f in due['findings']:
        assert f['due'] >= AS_OF


def test_ties_are_ordered_by_child_then_rule():
    need_examples()
    findings = json_of('due', '--format', 'json', '--as-of', AS_OF, EXAMPLES)['findings']
    keys = [(f['due'], f['child'], f['rule']) for f in findings]
    assert keys == sorted(keys)
    # The caseload has several deadlines on one day, so the ties are tested.
    days = [f['due'] for f in findings]
    assert len(days) > len(set(days))


@pytest.mark.parametrize('days', [0, 1, 7, 30, 365])
def test_within_keeps_deadlines_up_to_as_of_plus_days(days):
    need_examples()
    everything = json_of('due', '--format', 'json', '--as-of', AS_OF, EXAMPLES)['findings']
    within = json_of('due', '--format', 'json', '--as-of', AS_OF, '--within', days,
                     EXAMPLES)['findings']
    last = (datetime.date.fromisoformat(AS_OF) + datetime.timedelta(days=days)).isoformat()
    assert within == [f for f in everything if f['due'] <= last]


def test_within_zero_is_due_today():
    # Looked after Mon 6 Jan 2025: the first review is due on Mon 3 Feb.
    findings = json_of('due', '--format', 'json', '--as-of', '2025-02-03', '--within', '0',
                       CLI_DATA / 'overdue.json')['findings']
    assert findings
    assert {f['due'] for f in findings} == {'2025-02-03'}


def test_text_output():
    need_examples()
    findings = json_of('due', '--format', 'json', '--as-of', AS_OF, '--within', '30',
                       EXAMPLES)['findings']
    result = run('due', '--as-of', AS_OF, '--within', '30', EXAMPLES)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split('\n')
    n = len(findings)
    assert n > 0
    for line, f in zip(lines[:n], findings):
        days = (datetime.date.fromisoformat(f['due']) - datetime.date.fromisoformat(AS_OF)).days
        left = 'today' if days == 0 else 'in %d day%s' % (days, '' if days == 1 else 's')
        assert line.startswith('%s  %s' % (f['due'], left)), line
        assert '  %s  %s  ' % (f['child'], f['rule']) in line
        assert line.endswith(f['message'])
    assert lines[n] == ''
    assert lines[n + 1] == '%d deadlines within 30 days of %s' % (n, AS_OF)
    assert result.stdout.endswith('\n')
    assert result.stderr == ''


def test_text_without_within():
    result = run('due', '--as-of', '2025-01-10', CLI_DATA / 'overdue.json')
    assert result.returncode == 0, result.stderr
    assert re.search(r'^\d+ deadlines? to come as of 2025-01-10$', result.stdout, re.M)


def test_csv_matches_json():
    need_examples()
    findings = json_of('due', '--format', 'json', '--as-of', AS_OF, EXAMPLES)['findings']
    result = run('due', '--format', 'csv', '--as-of', AS_OF, EXAMPLES)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline='')))
    assert len(rows) == len(findings)
    for row, f in zip(rows, findings):
        assert (row['child'], row['rule'], row['status'], row['due']) == \
            (f['child'], f['rule'], 'due', f['due'])


def test_nothing_due():
    record = json.dumps({'id': 'DUE-NEVER', 'date_of_birth': '2020-01-01', 'episodes': []})
    result = run('due', '--format', 'json', '--as-of', AS_OF, stdin=record)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {'as_of': AS_OF, 'findings': []}
    result = run('due', '--as-of', AS_OF, stdin=record)
    assert result.stdout == '0 deadlines to come as of %s\n' % AS_OF


def test_stdin_and_file_agree():
    text = (CLI_DATA / 'on-time.json').read_text(encoding='utf-8')
    from_file = json_of('due', '--format', 'json', '--as-of', '2025-06-24', CLI_DATA / 'on-time.json')
    from_stdin = run('due', '--format', 'json', '--as-of', '2025-06-24', stdin=text)
    assert json.loads(from_stdin.stdout) == from_file
    assert from_file['findings']


def test_policy_adds_local_deadlines():
    # Looked after Mon 6 Jan 2025: Devon's targets are due Mon 31 Mar.
    plain = json_of('due', '--format', 'json', '--as-of', '2025-03-01', '--within', '60',
                    CLI_DATA / 'overdue.json')['findings']
    devon = json_of('due', '--format', 'json', '--as-of', '2025-03-01', '--within', '60',
                    '--policy', DEVON, CLI_DATA / 'overdue.json')['findings']
    local = [f for f in devon if f['rule'].startswith('local.devon.')]
    assert [f['rule'] for f in local] == ['local.devon.life-story-work-12-weeks',
                                          'local.devon.permanence-plan-12-weeks']
    assert {f['due'] for f in local} == {'2025-03-31'}
    assert [f for f in devon if not f['rule'].startswith('local.')] == plain
    assert devon == soonest_first(devon)


@pytest.mark.parametrize('value', ['-1', 'soon', '1.5', '', '99999999999'])
def test_bad_within_is_usage_error(value):
    result = run('due', '--within', value, CLI_DATA / 'overdue.json')
    assert result.returncode == 2
    assert result.stderr.startswith('careplan: --within: ')
    assert 'Usage:' in result.stderr
    assert result.stdout == ''


@pytest.mark.parametrize('args, word', [
    (['--as-of', '2025-02-30'], '--as-of'),
    (['--format', 'xml'], '--format'),
    (['--bogus'], '--bogus'),
])
def test_bad_options_are_usage_errors(args, word):
    result = run('due', *args, CLI_DATA / 'overdue.json')
    assert result.returncode == 2
    assert word in result.stderr.splitlines()[0]
    assert result.stdout == ''


def test_bad_input_is_reported_and_the_rest_listed():
    result = run('due', '--format', 'json', '--as-of', '2025-01-10',
                 CLI_DATA / 'bad-date.json', CLI_DATA / 'overdue.json')
    assert result.returncode == 2
    assert re.match(r'^careplan: .*bad-date\.json:\d+:\d+: ', result.stderr)
    good = json_of('due', '--format', 'json', '--as-of', '2025-01-10', CLI_DATA / 'overdue.json')
    assert json.loads(result.stdout) == good


def test_help():
    for args in (['help', 'due'], ['due', '--help']):
        result = run(*args)
        assert result.returncode == 0
        for option in ('--as-of', '--within', '--policy', '--format', '--calendar'):
            assert option in result.stdout


# --- an SSDA903 return as input --------------------------------------------------

SSDA903 = SOURCE_DIR / 'tests' / 'ssda903' / 'small-2026'


def need_ssda903():
    if '--ssda903' not in run('check', '--help').stdout:
        pytest.skip('the tool is built without the SSDA903 reader')
    if not SSDA903.is_dir():
        pytest.skip('no SSDA903 sample return in tests/ssda903')


def test_ssda903_input_gives_the_findings_of_its_import(tmp_path):
    need_ssda903()
    if not re.search(r'^  import\s', run('help').stdout, re.M):
        pytest.skip('the tool has no import command')
    imported = tmp_path / 'imported.json'
    result = run('import', '--ssda903', SSDA903, '-o', imported)
    assert result.returncode == 0, result.stderr
    for command in ('check', 'due'):
        from_return = run(command, '--format', 'json', '--as-of', '2026-03-31', '--ssda903', SSDA903)
        assert from_return.returncode == 0, from_return.stderr
        from_json = json_of(command, '--format', 'json', '--as-of', '2026-03-31', imported)
        assert json.loads(from_return.stdout) == from_json
        assert from_json['findings']


def test_ssda903_due_is_sorted_and_filtered():
    need_ssda903()
    findings = json_of('due', '--format', 'json', '--as-of', '2026-03-31', '--within', '90',
                       '--ssda903', SSDA903)['findings']
    assert findings == soonest_first(findings)
    assert all('2026-03-31' <= f['due'] <= '2026-06-29' for f in findings)


@pytest.mark.parametrize('command', ['check', 'due'])
def test_ssda903_with_files_is_usage_error(command):
    need_ssda903()
    result = run(command, '--ssda903', SSDA903, CLI_DATA / 'overdue.json')
    assert result.returncode == 2
    assert 'Usage:' in result.stderr
    assert result.stdout == ''


def test_ssda903_missing_folder_is_bad_input(tmp_path):
    need_ssda903()
    result = run('check', '--format', 'json', '--ssda903', tmp_path / 'none')
    assert result.returncode == 2
    assert result.stderr.startswith('careplan: ')
    assert json.loads(result.stdout)['findings'] == []
