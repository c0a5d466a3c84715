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

import json
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


def odd_rows_return(directory, rows):
    # A Header file of @rows children, past the reader's 64 KiB buffer, its
    # columns in another order (CHILD third), with every kind of row the
    # indexing pass finds in place and every kind it leaves to the
    # byte-by-byte reader: quoted ids and dates, an escaped quote, text
    # after a closing quote, ids with spaces, text that is not ASCII, empty
    # lines, CRLF and CR line ends, rows of empty cells, short rows (no id
    # cell), extra cells; and episodes whose dates (some quoted) tell the
    # year.
    header = [b'SEX,DOB,CHILD,ETHNIC,UPN,MOTHER,MC_DOB\r\n']
    episodes = [b'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,'
                b'HOME_POST,PL_POST,URN\n']
    for i in range(rows):
        kind = i % 12
        child = f'C{i:05d}'.encode()
        dob = f'{1 + i % 28:02d}/{1 + i % 12:02d}/2012'.encode()
        if kind == 0:
            header.append(b'1,' + dob + b',"' + child + b'",WBRI,UN1,,\r\n')
        elif kind == 1:
            header.append(b'2,"' + dob + b'", ' + child + b' ,"W""B",UN1,,\n')
        elif kind == 2:
            header.append(b'1,' + dob + b',' + child + b',"WB"RI,UN1,,\r')
        elif kind == 3:
            header.append(b'2,' + dob + b',' + child + ',WBRÍ,UN1,,\n'.encode())
        elif kind == 4:
            header.append(b'\n\r\n1,' + dob + b',' + child + b',WBRI,UN1,,\n')
        elif kind == 5:
            header.append(b',,,,,,\n')
        elif kind == 6:
            header.append(b'1\n')
        elif kind == 7:
            header.append(b'1,' + dob + b',' + child + b',WBRI,UN1,,,x\n')
        elif kind == 8:
            header.append(b'1,' + dob + b',' + child + b',"WB\nRI",UN1,,\n')
        else:
            header.append(b'2,' + dob + b',' + child + b',WBRI,UN1,,\n')
        if i % 3 == 0:
            start = b'"01/05/2025"' if i % 2 else b'01/05/2025'
            episodes.append(child + b',' + start + b',S,C2,N1,U1,PR1,,X1,,AB1 2CD,EF3 4GH,SC123456\n')
    (directory / 'header.csv').write_bytes(b''.join(header))
    (directory / 'episodes.csv').write_bytes(b''.join(episodes))

    # The line each row of Header starts on, by kind, counted as the
    # reader counts (CRLF, CR and LF each end a line; empty lines skipped).
    lines = {}
    line = 2
    for i, row in enumerate(header[1:]):
        text = row.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
        lines.setdefault(i % 12, []).append(line + len(text) - len(text.lstrip(b'\n')))
        line += text.count(b'\n')
    return lines


@pytest.mark.parametrize('year', [0, 2026])
def test_rows_found_in_place_and_read_byte_by_byte(tmp_path, year):
    lines = odd_rows_return(tmp_path, 5000)
    assert (tmp_path / 'header.csv').stat().st_size > 2 * 64 * 1024
    assert_same(tmp_path, year)
    children, problems, _ = streamed(tmp_path, year)

    # What the cells hold, read in place or byte by byte.
    ethnic = {c.get_id(): json.loads(as_records([c]))['children'][0]['ssda903']['ETHNIC']
              for c in children[:12]}
    assert ethnic == {'C00000': 'WBRI', ' C00001 ': 'W"B', 'C00002': 'WBRI', 'C00003': 'WBRÍ',
                      'C00004': 'WBRI', 'C00007': 'WBRI', 'C00008': 'WB\nRI', 'C00009': 'WBRI',
                      'C00010': 'WBRI', 'C00011': 'WBRI', 'C00012': 'WBRI', ' C00013 ': 'W"B'}
    # Every child but those of the rows of empty cells (the children of the
    # rows without an id have an episode, and are known by it).
    assert len(children) == 5000 - len(lines[5])

    # Each warning at its line and column.
    header = str(tmp_path / 'header.csv')
    at = {(p[1], p[2]) for p in problems if p[0] == header}
    assert all((line, 3) in at for line in lines[6])     # no child id
    assert all((line, 8) in at for line in lines[7])     # 8 cells where the header has 7
    assert (lines[5][0], 1) in at                        # rows of empty cells, the first
    assert sum(f'{len(lines[5])} rows of empty cells only' in p[3] for p in problems) == 1


@pytest.mark.parametrize('bad, message', [
    (b'1,01/01/2012,CBAD,WB\xffRI,UN1,,\n', ':4:not UTF-8'),
    (b'1,01/01/2012,CBAD,WB\x00RI,UN1,,\n', ':4: a NUL byte'),
    (b'1,01/01/2012,CBAD,"WBRI,UN1,,\n', 'never closed'),
])
def test_bad_row_past_the_buffer_stops_both_readers_alike(tmp_path, bad, message):
    # A bad row after 64 KiB of good ones: the streaming reader refuses the
    # return with the whole-return reader's error (file, line, column).
    odd_rows_return(tmp_path, 5000)
    with open(tmp_path / 'header.csv', 'ab') as f:
        f.write(bad)
    # The bad row's line: line breaks counted as the reader counts them.
    lines = (tmp_path / 'header.csv').read_bytes().replace(b'\r\n', b'\n').replace(b'\r', b'\n').count(b'\n')
    with pytest.raises(Exception) as whole_error:
        Careplan.ssda903_load_dir(str(tmp_path), 0)
    seen = []
    with pytest.raises(Exception) as streamed_error:
        Careplan.ssda903_read_dir(str(tmp_path), 0, lambda child, problems: seen.append(child) or True)
    assert seen == []
    assert str(streamed_error.value) == str(whole_error.value)
    assert 'header.csv:' in str(whole_error.value)
    assert message.split(':')[-1] in str(whole_error.value)
    if message.startswith(':4:'):
        assert f'header.csv:{lines}:4:' in str(whole_error.value)


@pytest.mark.parametrize('year', [0, 2026])
def test_repeated_rows_of_a_child_with_many_rows(tmp_path, year):
    # One child with 300 reviews (the reader's table of rows seen grows,
    # then is emptied for the next children), some repeated, and children
    # after it whose rows repeat too: each repeat names its first line.
    header = [b'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n']
    reviews = [b'CHILD,DOB,REVIEW,REVIEW_CODE\n']
    repeats = {}     # line of the repeat -> line of the first
    for c in range(4):
        header.append(f'K{c},1,01/02/2012,WBRI,UN1,,\n'.encode())
    first = {}
    for r in range(300):
        # Rows 250 to 299 repeat rows 0 to 49.
        row = f'K0,01/02/2012,{1 + r % 250 % 28:02d}/{1 + r % 250 // 28:02d}/2025,PN1\n'.encode()
        line = len(reviews) + 1
        if row in first:
            repeats[line] = first[row]
        else:
            first[row] = line
        reviews.append(row)
        if r % 50 == 7:
            repeats[len(reviews) + 1] = first[row]
            reviews.append(row)
    for c in (1, 2, 3):
        row = f'K{c},01/02/2012,03/05/2025,PN1\n'.encode()
        reviews.append(row)
        repeats[len(reviews) + 1] = len(reviews)
        reviews.append(row)
    (tmp_path / 'header.csv').write_bytes(b''.join(header))
    (tmp_path / 'reviews.csv').write_bytes(b''.join(reviews))

    assert_same(tmp_path, year)
    _, problems, _ = streamed(tmp_path, year)
    found = {p[1]: int(p[3].rsplit(' ', 1)[1]) for p in problems
             if p[0].endswith('reviews.csv') and 'the same row as line' in p[3]}
    assert found == repeats
    assert len(repeats) == 50 + 6 + 3
