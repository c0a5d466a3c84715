# test_timeline.py: `careplan timeline` and Careplan.timeline_render, a
# child's journey on one page
#
# The SVG is parsed as XML and compared with the findings `check` gives for
# the same child and date: one window per obligation with a due date
# (met, met late, due, overdue), each with the rule id, the sentence and the
# citation in its <title>; marks only for what is dated on or before the
# as-of date; no script; a hostile child id escaped.  Headless Chromium
# draws the page, and the screenshot shows the status colours.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import SOURCE_DIR
from test_report import decode_png, needs_chromium, run_chromium

TOOL = os.environ.get('CAREPLAN_TOOL')
EXAMPLES = SOURCE_DIR / 'examples' / 'data'
AS_OF = '2025-06-30'
SVG = '{http://www.w3.org/2000/svg}'
DRAWN = ('met', 'met-late', 'due', 'overdue')

pytestmark = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def run(*args):
    return subprocess.run([TOOL, *[str(a) for a in args]], capture_output=True, text=True,
                          encoding='utf-8', timeout=120)


def timeline(*args):
    result = run('timeline', *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def findings_of(child, *args):
    result = run('check', EXAMPLES, '--as-of', AS_OF, '--format', 'json', *args)
    assert result.returncode == 0, result.stderr
    return [f for f in json.loads(result.stdout)['findings'] if f['child'] == child]


def windows(svg_text):
    root = ET.fromstring(svg_text.encode('utf-8'))
    out = []
    for g in root.iter(SVG + 'g'):
        rect = g.find(SVG + 'rect')
        title = g.find(SVG + 'title')
        if rect is not None and title is not None and rect.get('class', '').startswith('st-'):
            out.append((rect.get('class'), title.text))
    return root, out


@pytest.mark.parametrize('child', ['EX-005', 'EX-019', 'EX-024'])
def test_one_window_per_obligation(child):
    svg = timeline(EXAMPLES, '--child', child, '--as-of', AS_OF)
    root, drawn = windows(svg)
    assert root.tag == SVG + 'svg'
    expected = [f for f in findings_of(child) if f['status'] in DRAWN and f['due']]
    assert len(drawn) == len(expected)
    titles = [t for _, t in drawn]
    for f in expected:
        assert any(t.startswith(f['rule'] + ' — ') and f['message'] in t and
                   f['citation']['provision'] in t for t in titles), f
    statuses = sorted(css[3:] for css, _ in drawn)
    assert statuses == sorted(f['status'] for f in expected)
    assert root.find('.//' + SVG + 'script') is None
    assert 'Journey of child ' + child in svg


def test_nothing_after_the_as_of_date_is_marked():
    early = timeline(EXAMPLES, '--child', 'EX-005', '--as-of', '2024-09-01')
    late = timeline(EXAMPLES, '--child', 'EX-005', '--as-of', AS_OF)
    def marks(svg):
        return [el.find(SVG + 'title').text for el in ET.fromstring(svg.encode()).iter()
                if el.get('class') == 'mark']
    assert marks(early)
    assert all(m.split(' on ')[1] <= '2024-09-01' for m in marks(early))
    assert len(marks(late)) > len(marks(early))


def test_html_page_lists_every_finding(tmp_path):
    out = tmp_path / 'journey.html'
    result = run('timeline', EXAMPLES, '--child', 'EX-019', '--as-of', AS_OF, '-o', out)
    assert result.returncode == 0, result.stderr
    page = out.read_text()
    assert page.startswith('<!DOCTYPE html>')
    assert '<script' not in page
    assert page.count('<tr><td>') == len(findings_of('EX-019'))
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page


def test_hostile_id_is_escaped(tmp_path):
    child = '<script>alert(1)</script>&"\'\x1b'
    record = {'format': 'careplan-record/1', 'children': [{
        'id': child, 'date_of_birth': '2015-03-01',
        'episodes': [{'start': '2025-01-06', 'reason_new_episode': 'S', 'legal_status': 'C2',
                      'category_of_need': 'N1', 'placement_type': 'U4',
                      'placement_provider': 'PR1'}],
        'reviews': [{'date': '2025-01-30'}]}]}
    path = tmp_path / 'c.json'
    path.write_text(json.dumps(record))
    for fmt in ('svg', 'html'):
        out = timeline(path, '--child', child, '--as-of', AS_OF, '--format', fmt)
        assert '<script>' not in out
        assert '&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;' in out
        assert '\x1b' not in out
    ET.fromstring(timeline(path, '--child', child, '--as-of', AS_OF).encode())


def test_unknown_child_and_no_journey(tmp_path):
    result = run('timeline', EXAMPLES, '--child', 'NOBODY', '--as-of', AS_OF)
    assert result.returncode == 2
    assert 'NOBODY' in result.stderr
    result = run('timeline', EXAMPLES, '--child', 'EX-005', '--as-of', '2020-01-01')
    assert result.returncode == 2
    assert 'no episode' in result.stderr
    result = run('timeline', EXAMPLES, '--as-of', AS_OF)
    assert result.returncode == 2 and '--child' in result.stderr
    result = run('timeline', EXAMPLES, '--child', 'EX-005', '--format', 'pdf')
    assert result.returncode == 2 and 'pdf' in result.stderr


OVERDUE_FILL = (0xf7, 0xc6, 0xc6)
MET_FILL = (0xcf, 0xe8, 0xcf)


@needs_chromium
def test_chromium_draws_the_journey(tmp_path):
    page = tmp_path / 'journey.html'
    assert run('timeline', EXAMPLES, '--child', 'EX-005', '--as-of', AS_OF, '-o', page).returncode == 0
    shot = tmp_path / 'journey.png'
    result = run_chromium('--screenshot=' + str(shot), '--window-size=1240,1100', page.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    width, height, bpp, rows = decode_png(shot.read_bytes())
    counts = {OVERDUE_FILL: 0, MET_FILL: 0}
    for row in rows:
        for x in range(0, len(row), bpp):
            pixel = tuple(row[x:x + 3])
            for colour in counts:
                if all(abs(p - q) <= 6 for p, q in zip(pixel, colour)):
                    counts[colour] += 1
    # EX-005 has met and overdue obligations: both colours are on screen.
    assert counts[OVERDUE_FILL] > 500 and counts[MET_FILL] > 500, counts


def test_library_gives_the_same_page():
    import datetime
    from gi.repository import Careplan

    as_of = datetime.date(2025, 6, 30)
    engine = Careplan.Engine.new(Careplan.Rulebook.new_default(), Careplan.Calendar.new_default())
    child = next(c for c in Careplan.load_records(str(EXAMPLES / 'caseload.json')) if c.get_id() == 'EX-005')
    findings = engine.evaluate(child, as_of)
    for fmt, name in ((Careplan.TimelineFormat.SVG, 'svg'), (Careplan.TimelineFormat.HTML, 'html')):
        page = Careplan.timeline_render(child, findings, as_of, fmt)
        assert page == timeline(EXAMPLES / 'caseload.json', '--child', 'EX-005', '--as-of', AS_OF,
                                '--format', name).rstrip('\n') + '\n'
