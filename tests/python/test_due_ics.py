# test_due_ics.py: `careplan due --format ics`, deadlines for a calendar
#
# The file is parsed with a real iCalendar library (Debian's
# python3-icalendar) and compared with `due --format json`: one all-day
# event per deadline, a UID stable per (child, rule, due date), the rule's
# title and citation in the text, only child ids.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import datetime
import json
import os
import subprocess

import pytest

from conftest import SOURCE_DIR

icalendar = pytest.importorskip('icalendar')

TOOL = os.environ.get('CAREPLAN_TOOL')
EXAMPLES = SOURCE_DIR / 'examples' / 'data'
DEVON = SOURCE_DIR / 'examples' / 'policies' / 'devon.json'
AS_OF = '2025-06-30'

pytestmark = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def run(*args):
    result = subprocess.run([TOOL, *[str(a) for a in args]], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def events(*args):
    raw = run('due', *args, '--format', 'ics')
    calendar = icalendar.Calendar.from_ical(raw)
    return raw, calendar, [c for c in calendar.walk() if c.name == 'VEVENT']


def deadlines(*args):
    return json.loads(run('due', *args, '--format', 'json'))['findings']


@pytest.mark.parametrize('extra', [[], ['--within', '14'], ['--policy', DEVON]])
def test_one_event_per_deadline(extra):
    args = [EXAMPLES, '--as-of', AS_OF, *extra]
    raw, calendar, evs = events(*args)
    expected = deadlines(*args)
    assert expected, 'the examples have deadlines to come'
    assert calendar['VERSION'] == '2.0'
    assert 'careplan' in str(calendar['PRODID'])
    assert len(evs) == len(expected)
    for ev, f in zip(evs, expected):
        due = datetime.date.fromisoformat(f['due'])
        start = ev.decoded('DTSTART')
        # All-day: a date, not a date-time, and DTEND the next day (exclusive).
        assert type(start) is datetime.date and start == due
        assert ev.decoded('DTEND') == due + datetime.timedelta(days=1)
        summary = str(ev['SUMMARY'])
        assert summary.startswith(f['child'] + ': ')
        description = str(ev['DESCRIPTION'])
        assert f['message'] in description
        assert f['citation']['provision'] in description
        assert f['rule'] in description
        if f['citation']['url']:
            assert str(ev['URL']) == f['citation']['url']


def test_lines_are_crlf_and_folded():
    raw, _, _ = events(EXAMPLES, '--as-of', AS_OF)
    assert raw.endswith(b'END:VCALENDAR\r\n')
    lines = raw.split(b'\r\n')
    assert all(b'\n' not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    # Folding never splits a UTF-8 sequence: every physical line decodes.
    for line in lines:
        line.decode('utf-8')


def test_uids_are_stable_and_unique():
    _, _, first = events(EXAMPLES, '--as-of', AS_OF)
    _, _, later = events(EXAMPLES, '--as-of', '2025-07-07')
    uids = [str(e['UID']) for e in first]
    assert len(set(uids)) == len(uids)
    by_key = {(str(e['SUMMARY']).split(':')[0], e.decoded('DTSTART')): str(e['UID']) for e in first}
    # A week later the deadlines still to come keep their UIDs, so a
    # re-import updates them instead of adding duplicates.
    kept = 0
    for e in later:
        key = (str(e['SUMMARY']).split(':')[0], e.decoded('DTSTART'))
        if key in by_key and str(e['UID']) == by_key[key]:
            kept += 1
    assert kept > 0
    assert set(str(e['UID']) for e in later) & set(uids)


def test_same_input_same_bytes():
    a, _, _ = events(EXAMPLES, '--as-of', AS_OF)
    b, _, _ = events(EXAMPLES, '--as-of', AS_OF)
    assert a == b
    assert b'DTSTAMP:20250630T000000Z' in a


def test_text_is_escaped(tmp_path):
    # A child id with the characters TEXT must escape.
    record = {
        'format': 'careplan-record/1',
        'children': [{
            'id': 'A;B,C\\D',
            'date_of_birth': '2015-03-01',
            'episodes': [{'start': '2025-06-20', 'reason_new_episode': 'S', 'legal_status': 'C2',
                          'category_of_need': 'N1', 'placement_type': 'U1',
                          'placement_provider': 'PR1', 'home_postcode': 'EX1 1AA',
                          'placement_postcode': 'EX2 2BB'}],
        }],
    }
    path = tmp_path / 'c.json'
    path.write_text(json.dumps(record))
    raw, _, evs = events(path, '--as-of', AS_OF)
    assert evs
    assert b'SUMMARY:A\\;B\\,C\\\\D: ' in raw.replace(b'\r\n ', b'')
    assert all(str(e['SUMMARY']).startswith('A;B,C\\D: ') for e in evs)


def test_empty_calendar_is_valid(tmp_path):
    # No children, so no deadlines (an as-of date before the children's
    # births or outside the calendar is an error for each child).
    empty = tmp_path / 'empty.json'
    empty.write_text('{"format": "careplan-record/1", "children": []}')
    _, calendar, evs = events(empty, '--as-of', AS_OF, '--within', '0')
    assert evs == []
    assert calendar.name == 'VCALENDAR'
