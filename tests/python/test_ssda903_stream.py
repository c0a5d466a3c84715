# test_ssda903_stream.py: reading a return child by child gives what
# reading it whole gives
#
# careplan_ssda903_read_dir() indexes the rows of a return, then reads one
# child at a time.  Its children (as records), their order and their
# problems (file, line, column and message) must be those of
# careplan_ssda903_load_dir(), on every hand-made return (odd files,
# mistakes, CR line ends, quoted cells) and on generated ones with and
# without deliberate mistakes, with the year given and guessed.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import subprocess
from pathlib import Path

import pytest

from gi.repository import Gio, Careplan

SOURCE_DIR = Path(os.environ.get('CAREPLAN_SOURCE_DIR', Path(__file__).resolve().parents[2]))
DATA = SOURCE_DIR / 'tests' / 'ssda903'
GENERATOR = DATA / 'gen_ssda903.py'


def problem_key(problem):
    return (problem.get_file(), problem.get_line(), problem.get_column(), problem.to_string())


def whole(directory, year):
    children, problems = Careplan.ssda903_load_dir(str(directory), year)
    return list(children), [problem_key(p) for p in problems]


def streamed(directory, year):
    children = []
    problems = []
    per_child = []

    def on_child(child, child_problems):
        keys = [problem_key(p) for p in child_problems]
        per_child.append(keys)
        problems.extend(keys)
        if child is not None:
            children.append(child)
        return True

    Careplan.ssda903_read_dir(str(directory), year, on_child)
    return children, problems, per_child


def as_records(children):
    store = Gio.ListStore.new(Careplan.Child)
    for child in children:
        store.append(child)
    return Careplan.record_save_data(store)


def assert_same(directory, year):
    children, problems = whole(directory, year)
    s_children, s_problems, per_child = streamed(directory, year)
    assert [c.get_id() for c in s_children] == [c.get_id() for c in children]
    assert as_records(s_children) == as_records(children)
    # The same problems, each child's in file, line, column order.
    assert sorted(s_problems) == sorted(problems)
    for keys in per_child:
        assert [k[:3] for k in keys] == sorted(k[:3] for k in keys)


RETURNS = [p.parent for p in sorted(DATA.glob('*/README.md'))
           if any(p.parent.glob('*.[cC][sS][vV]'))
           # reference/ holds the validator's reference data, not a return.
           and p.parent.name not in ('sample-2026', 'reference')]
RETURNS.append(DATA / 'sample-2026' / 'input')


@pytest.mark.parametrize('directory', RETURNS, ids=lambda p: p.relative_to(DATA).as_posix())
@pytest.mark.parametrize('year', [0, 2026])
def test_hand_made_returns(directory, year):
    assert_same(directory, year)


@pytest.mark.parametrize('mistakes', ['0', '0.05'])
def test_generated_returns(tmp_path, mistakes):
    out = tmp_path / 'return'
    subprocess.run(['/usr/bin/python3', str(GENERATOR), '--children', '200', '--seed', '5',
                    '--mistakes', mistakes, str(out)], check=True, capture_output=True, timeout=60)
    assert_same(out, 0)


def test_rows_out_of_child_order_and_cr_line_ends(tmp_path):
    # Rows of one child far apart, CR and CRLF line ends, a quoted cell
    # with a line break: the offsets must find each row again.
    (tmp_path / 'header.csv').write_bytes(
        b'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n'
        b'A1,1,01/02/2012,WBRI,UN1,,\r\n'
        b'B2,2,03/04/2013,WBRI,UN1,,\r'
        b'C3,1,05/06/2014,"WB\nRI",UN1,,\r\n')
    (tmp_path / 'reviews.csv').write_bytes(
        b'CHILD,DOB,REVIEW,REVIEW_CODE\n'
        b'B2,03/04/2013,01/05/2025,PN1\n'
        b'A1,01/02/2012,02/05/2025,PN1\n'
        b'\n'
        b'B2,03/04/2013,03/11/2025,PN1\n'
        b'D4,03/04/2013,03/11/2025,PN1\n'
        b'A1,01/02/2012,33/11/2025,PN1\n')
    assert_same(tmp_path, 0)
    children, problems, _ = streamed(tmp_path, 0)
    assert [c.get_id() for c in children] == ['A1', 'B2', 'C3', 'D4']


def test_an_error_stops_before_any_child(tmp_path):
    (tmp_path / 'header.csv').write_text('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,"01/02/2012\n')
    seen = []
    with pytest.raises(Exception):
        Careplan.ssda903_read_dir(str(tmp_path), 0, lambda child, problems: seen.append(child) or True)
    assert seen == []
