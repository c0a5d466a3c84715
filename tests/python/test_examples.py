# test_examples.py: examples/check_child.py on examples/data
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import subprocess
import sys
from datetime import date

import pytest

from conftest import BUILD_DIR, SOURCE_DIR

from gi.repository import Careplan

EXAMPLE = SOURCE_DIR / 'examples' / 'check_child.py'
C_EXAMPLE = BUILD_DIR / 'examples' / 'check-child' if BUILD_DIR else None


def run(command):
    return subprocess.run(command, capture_output=True, text=True, env=os.environ, timeout=120)


def run_example(*args):
    return run([sys.executable, str(EXAMPLE), *map(str, args)])


def expected_output(path):
    """What the example must print, worked out here from the library."""
    children = Careplan.load_records(path)
    engine = Careplan.Engine.new(Careplan.Rulebook.new_default(), Careplan.Calendar.new_default())
    lines = []
    counts = {'overdue': 0, 'due': 0}
    for finding in engine.evaluate_all(children, date(2025, 6, 30)):
        f = finding.to_dict()
        if f['status'] not in counts:
            continue
        counts[f['status']] += 1
        head = '%s %s %s: due %s' % (f['child'], f['status'], f['rule'], f['due'])
        if f['status'] == 'overdue':
            assert f['days_late'] > 0
            head += ', %d days late' % f['days_late']
        lines += [head, '    %s, %s' % (f['citation']['instrument'], f['citation']['provision']),
                  '    ' + f['citation']['url']]
    lines.append('%d overdue, %d due (as of 2025-06-30, %d children)'
                 % (counts['overdue'], counts['due'], len(children)))
    return '\n'.join(lines) + '\n'


def test_example_on_the_examples_data(examples_data):
    result = run_example(examples_data)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ''
    assert result.stdout == expected_output(examples_data)
    # The synthetic caseload is there to show something to do.
    assert ' overdue ' in result.stdout


def test_example_on_one_file(examples_data):
    path = sorted(examples_data.glob('*.json'))[0]
    result = run_example(path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_output(path)


def test_python_and_c_examples_print_the_same(examples_data):
    if C_EXAMPLE is None or not C_EXAMPLE.exists():
        pytest.skip('the C example is not built (ninja -C BUILD examples/check-child)')
    c = run([str(C_EXAMPLE), str(examples_data)])
    assert c.returncode == 0, c.stderr
    assert run_example(examples_data).stdout == c.stdout


def test_example_usage_and_errors(tmp_path):
    result = run_example()
    assert result.returncode == 2
    assert 'usage' in result.stderr

    broken = tmp_path / 'broken.json'
    broken.write_text('{"id": ')
    result = run_example(broken)
    assert result.returncode == 1
    assert 'broken.json' in result.stderr
    assert result.stdout == ''
