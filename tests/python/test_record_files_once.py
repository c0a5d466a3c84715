# test_record_files_once.py: check reads a records file once when it can
#
# Without --keep-going a file with a bad child is refused whole, so no
# child of it may be handed on before its end.  A file of up to 16 MiB is
# read once, its children held to its end; a larger one is read to check
# it, then again to use it (here: a small file padded past 16 MiB with
# white space after its value).  Both ways must give the same findings,
# and a bad child (first, last) must refuse the whole file either way,
# while the other inputs are still checked.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import copy
import json
import os
import subprocess

import pytest

from conftest import SOURCE_DIR

TOOL = os.environ.get('CAREPLAN_TOOL')
CASELOAD = SOURCE_DIR / 'examples' / 'data' / 'caseload.json'
AS_OF = '2026-03-31'

pytestmark = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def run(*args):
    return subprocess.run([TOOL, *[str(a) for a in args]], capture_output=True, timeout=120)


def children(n):
    base = json.loads(CASELOAD.read_text())['children']
    made = []
    for i in range(n):
        child = copy.deepcopy(base[i % len(base)])
        child['id'] = 'R-%04d' % i
        made.append(child)
    return made


def write(path, kids, padded=False):
    text = json.dumps({'format': 'careplan-record/1', 'children': kids})
    if padded:
        text += ' ' * (16 * 1024 * 1024 + 1)
    path.write_text(text)
    return path


@pytest.mark.parametrize('padded', [False, True])
def test_a_file_gives_the_findings_of_its_children_in_order(tmp_path, padded):
    n = 40
    kids = children(n)
    whole = run('check', '--as-of', AS_OF, '--format', 'csv', '--jobs', '1',
                write(tmp_path / 'all.json', kids, padded))
    assert whole.returncode == 0, whole.stderr
    # The same children one file each, in order: the same rows.
    for i, kid in enumerate(kids):
        write(tmp_path / ('one-%04d.json' % i), [kid])
    split = run('check', '--as-of', AS_OF, '--format', 'csv', '--jobs', '1',
                *sorted(tmp_path.glob('one-*.json')))
    assert split.returncode == 0, split.stderr
    assert whole.stdout == split.stdout
    assert whole.stdout.count(b'\nR-%04d,' % (n - 1)) > 0


@pytest.mark.parametrize('padded', [False, True])
@pytest.mark.parametrize('where', ['first', 'last'])
def test_a_bad_child_refuses_its_whole_file(tmp_path, padded, where):
    kids = children(40)
    bad = {'id': 'R-BAD', 'date_of_birth': '2015-02-30'}
    kids.insert(0 if where == 'first' else len(kids), bad)
    good = write(tmp_path / 'good.json', children(2))
    result = run('check', '--as-of', AS_OF, '--format', 'csv',
                 write(tmp_path / 'bad.json', kids, padded), good)
    assert result.returncode == 2
    assert b'bad.json' in result.stderr
    rows = result.stdout.decode().splitlines()[1:]
    # Only the other file's children: nothing of the refused one.
    assert rows and {row.split(',')[0] for row in rows} == {'R-0000', 'R-0001'}
    assert result.stdout.count(b'\nR-0000,') == run(
        'check', '--as-of', AS_OF, '--format', 'csv', good).stdout.count(b'\nR-0000,')
