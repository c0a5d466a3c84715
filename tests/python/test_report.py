# test_report.py: the HTML report of `careplan measures --format html`
#
# The page must stand alone (no script, nothing fetched), escape every value
# and draw a chart per measure.  The structure is checked by parsing the
# page; the drawing by rendering it in headless Chromium (Debian's
# `chromium`, installed by build-aux/install-deps.sh): the DOM it dumps holds
# the charts' bars, and its screenshot is not blank and shows the bars'
# colour.  Without Chromium those two tests are skipped, with the reason.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib

import pytest

from conftest import SOURCE_DIR

import gi

gi.require_version('Careplan', '1.0')
from gi.repository import Careplan, Gio  # noqa: E402

RECORDS = SOURCE_DIR / 'tests' / 'measures' / 'records'
TOOL = os.environ.get('CAREPLAN_TOOL')
CHROMIUM = shutil.which('chromium') or ('/usr/bin/chromium' if os.access('/usr/bin/chromium', os.X_OK) else None)
BAR_COLOUR = (0x1d, 0x70, 0xb8)
VOID = {'meta', 'br', 'rect', 'line', 'img', 'link', 'input', 'hr'}

needs_tool = pytest.mark.skipif(
    not TOOL or not os.access(TOOL, os.X_OK),
    reason='CAREPLAN_TOOL does not name a built careplan tool',
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason='chromium is not installed (build-aux/install-deps.sh installs it)',
)


@pytest.fixture(scope='module')
def report(tmp_path_factory):
    """The report of every test cohort for 2025/26, written by the tool."""
    if not TOOL or not os.access(TOOL, os.X_OK):
        pytest.skip('CAREPLAN_TOOL does not name a built careplan tool')
    path = tmp_path_factory.mktemp('report') / 'report.html'
    result = subprocess.run([TOOL, 'measures', '--year', '2026', '--format', 'html', '-o', str(path),
                             str(RECORDS)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return path


def measures_of_records():
    children = Gio.ListStore.new(Careplan.Child)
    for path in sorted(RECORDS.glob('*.json')):
        for child in Careplan.record_load_file(str(path)):
            children.append(child)
    return Careplan.measures_compute(children, '2025-04-01', '2026-03-31', None)


class Page(html.parser.HTMLParser):
    """Checks that elements nest and collects what the tests look at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.tags = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append('</%s> closes <%s>' % (tag, self.stack[-1] if self.stack else ''))
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(text):
    page = Page()
    page.feed(text)
    page.close()
    assert page.errors == []
    assert page.stack == []
    return page


@needs_tool
def test_page_stands_alone(report):
    text = report.read_text(encoding='utf-8')
    assert text.startswith('<!DOCTYPE html>\n<html lang="en-GB">')
    lowered = text.lower()
    for forbidden in ('<script', 'javascript:', '<link', '<img', '<iframe', 'src=', '@import', 'url('):
        assert forbidden not in lowered, forbidden
    page = parse(text)
    # Only citations are links, and only to web pages.
    hrefs = [attrs['href'] for tag, attrs in page.tags if tag == 'a']
    assert all(h.startswith(('#m-', 'https://', 'http://')) for h in hrefs)
    assert '@media print' in text


@needs_tool
def test_page_has_every_measure_with_a_chart_definition_citation_and_children(report):
    page = parse(report.read_text(encoding='utf-8'))
    measures = list(measures_of_records())
    articles = [attrs['id'] for tag, attrs in page.tags if tag == 'article']
    ids = ['m-' + re.sub('[^A-Za-z0-9]', '-', m.get_id()) for m in measures]
    # The placement mix's stacked bar heads the sufficiency measures.
    first_sufficiency = next(i for i, m in enumerate(measures) if m.get_group() == 'sufficiency')
    ids.insert(first_sufficiency, 'm-sufficiency-mix')
    assert articles == ids
    # A chart for each measure with data, a grey "no data" panel for the others.
    with_data = [m for m in measures if m.get_result() != Careplan.MeasureResult.NO_DATA]
    no_data = [m for m in measures if m.get_result() == Careplan.MeasureResult.NO_DATA]
    assert no_data
    charts = [attrs for tag, attrs in page.tags if tag == 'svg' and attrs.get('class') == 'chart']
    assert len(charts) == len(with_data)
    panels = [attrs for tag, attrs in page.tags if tag == 'div' and attrs.get('class') == 'nodata']
    assert len(panels) == len(no_data)
    bars = [float(attrs['width']) for tag, attrs in page.tags
            if tag == 'rect' and attrs.get('class') == 'bar' and attrs.get('height') == '28']
    assert len(bars) == len(with_data)
    for measure, width in zip(with_data, bars):
        if measure.has_rate() and measure.get_rate() > 0:
            assert width > 0, measure.get_id()
        if measure.get_scale() == Careplan.MeasureScale.PERCENTAGE and measure.has_rate():
            assert width == pytest.approx(500 * measure.get_rate(), abs=0.06)
    text = ''.join(page.text)
    for measure in measures:
        assert measure.get_definition() in text
        assert measure.get_provision() in text
    # The children behind a measure, in tables inside <details>.
    assert sum(1 for tag, _ in page.tags if tag == 'details') >= len(measures)
    assert 'WE14-A' in text and 'AD02' in text
    assert 'looked after throughout the period' in text


def test_every_value_is_escaped():
    nasty = '<script>alert("x")</script>&\'A\''
    child = Careplan.Child.new(nasty)
    child.set_date_of_birth('2012-01-01')
    episode = Careplan.Episode.new()
    episode.set_start('2024-01-01')
    episode.set_reason_new_episode('S')
    episode.set_legal_status('C2')
    episode.set_placement_type('U6')
    child.add_episode(episode)
    children = Gio.ListStore.new(Careplan.Child)
    children.append(child)
    measures = Careplan.measures_compute(children, '2025-04-01', '2026-03-31', None)
    text = Careplan.measures_to_string(measures, Careplan.MeasuresFormat.HTML)
    assert '<script' not in text
    assert '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;A&#39;' in text
    page = parse(text)
    assert nasty in ''.join(page.text)


def test_empty_measures_still_make_a_page():
    text = Careplan.measures_to_string(Gio.ListStore.new(Careplan.Measure),
                                       Careplan.MeasuresFormat.HTML)
    parse(text)
    assert '<h1>Children in care: measures</h1>' in text


def browser_environment():
    # The sanitizer build preloads libasan into the test's interpreter; the
    # browser is not ours and hangs under it, so it gets a clean environment.
    env = dict(os.environ)
    for name in ('LD_PRELOAD', 'ASAN_OPTIONS', 'UBSAN_OPTIONS', 'MALLOC_CHECK_', 'MALLOC_PERTURB_'):
        env.pop(name, None)
    return env


def run_chromium(*args):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
             '--no-first-run', '--disable-background-networking', '--disable-component-update',
             '--disable-sync', '--user-data-dir=' + profile, *args],
            capture_output=True, text=True, timeout=120, env=browser_environment())


@needs_tool
@needs_chromium
def test_chromium_draws_the_charts(report):
    result = run_chromium('--dump-dom', report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert dom.count('<svg class="chart"') == len(
        [m for m in measures_of_records() if m.get_result() != Careplan.MeasureResult.NO_DATA])
    assert dom.count('<svg class="chart mix"') == 1
    assert dom.count('<div class="nodata">') >= 1
    widths = [float(w) for w in re.findall(r'<rect class="bar" x="0" y="8" width="([0-9.]+)"', dom)]
    assert widths and any(w > 0 for w in widths)
    # Nothing was added by a script: the DOM is the page as written.
    assert '<script' not in dom


def decode_png(data):
    """The rows of an 8-bit RGB or RGBA PNG, as bytes (enough of PNG for
    Chromium's screenshots; no PIL on these machines)."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, chunks = 8, []
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            bpp = 3 if colour == 2 else 4
        elif kind == b'IDAT':
            chunks.append(body)
        pos += 12 + length
    raw = zlib.decompress(b''.join(chunks))
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


@needs_tool
@needs_chromium
def test_chromium_screenshot_is_not_blank(report, tmp_path):
    shot = tmp_path / 'report.png'
    result = run_chromium('--screenshot=' + str(shot), '--window-size=1200,2000', report.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    width, height, bpp, rows = decode_png(shot.read_bytes())
    assert (width, height) == (1200, 2000)
    colours = set()
    bar_pixels = 0
    for row in rows:
        for x in range(0, len(row), bpp):
            pixel = tuple(row[x:x + 3])
            colours.add(pixel)
            if all(abs(p - q) <= 8 for p, q in zip(pixel, BAR_COLOUR)):
                bar_pixels += 1
    assert len(colours) > 20
    # The summary's bars are in the first screen: thousands of bar pixels.
    assert bar_pixels > 2000
