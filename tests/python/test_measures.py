# test_measures.py: cohort measures from Python and from `careplan measures`
#
# tests/measures/records holds small cohorts (careplan JSON) and
# tests/measures/expected the numerators, denominators and children behind
# each measure, computed by hand (tests/measures/README.md says how).  The
# same expectations are checked from C (test-measures.c) and GJS
# (test-measures.js).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import datetime
import io
import json
import math
import os
import subprocess
from pathlib import Path

import pytest

from conftest import SOURCE_DIR

import gi

gi.require_version('Careplan', '1.0')
from gi.repository import Careplan, GLib, Gio  # noqa: E402

MEASURES_DIR = SOURCE_DIR / 'tests' / 'measures'
SSDA903_DIR = SOURCE_DIR / 'tests' / 'ssda903'
RECORDS = MEASURES_DIR / 'records'
EXPECTED = sorted((MEASURES_DIR / 'expected').glob('*.json'))
TOOL = os.environ.get('CAREPLAN_TOOL')

YEAR_START = datetime.date(2025, 4, 1)
YEAR_END = datetime.date(2026, 3, 31)

ALL_IDS = [
    'dfe.stability.three-plus-placements',
    'dfe.stability.long-term',
    'dfe.oc2.cohort',
    'dfe.oc2.health-assessment',
    'dfe.oc2.teeth-check',
    'dfe.oc2.immunisations',
    'dfe.oc2.development-check',
    'dfe.oc2.sdq',
    'dfe.adoption.a1',
    'dfe.adoption.a2',
    'dfe.adoption.a10',
    'dfe.reviews.in-time',
    'local.permanence-plan',
    'local.health-assessment',
    'local.dental-check',
    'local.sdq',
    'local.pep',
    'local.reviews-in-time',
    'local.visits-in-time',
    'local.life-story-work',
    'local.care-leavers-in-touch',
    'local.permanence-achieved',
    'local.permanence-through-sgo',
    'local.care-leavers-suitable-accommodation',
    'local.care-leavers-eet',
    'local.care-leavers-in-touch-after-21',
    'local.cla-per-10000',
    'local.cla-starts-per-10000',
    'local.cla-ends-per-10000',
    'local.missing-episode',
    'local.missing-three-in-three-months',
    'local.suspension-12-months',
    'sufficiency.mix.in-house-fostering',
    'sufficiency.mix.agency-fostering',
    'sufficiency.mix.connected-persons',
    'sufficiency.mix.residential',
    'sufficiency.mix.placed-with-parents',
    'sufficiency.mix.independent-and-semi-independent',
    'sufficiency.mix.secure-and-custody',
    'sufficiency.mix.other',
    'sufficiency.outside-area',
    'sufficiency.over-20-miles',
    'sufficiency.residential-to-family',
]
POSTCODES = MEASURES_DIR / 'postcodes'

needs_tool = pytest.mark.skipif(
    not TOOL or not os.access(TOOL, os.X_OK),
    reason='CAREPLAN_TOOL does not name a built careplan tool',
)


def load(name):
    return Careplan.record_load_file(str(RECORDS / name))


def period_of(expected):
    if 'year' in expected:
        end = datetime.date(expected['year'], 3, 31)
    else:
        end = datetime.date.fromisoformat(expected['as_of'])
    return Careplan.measures_get_period_start(end), end


def by_id(measures):
    return {m.get_id(): m for m in measures}


def compute(name, start=YEAR_START, end=YEAR_END, parameters=None):
    return Careplan.measures_compute_full(load(name), start, end, None, None, parameters)


def children_of(expected, end):
    if 'ssda903' in expected:
        children, _problems = Careplan.ssda903_load_dir(str(SSDA903_DIR / expected['ssda903']), end.year)
        return children
    return load(expected['records'])


def input_args(expected):
    args = []
    for name in expected.get('postcodes', []):
        args += ['--postcodes', str(POSTCODES / name)]
    if 'ssda903' in expected:
        return args + ['--ssda903', str(SSDA903_DIR / expected['ssda903'])]
    return args + [str(RECORDS / expected['records'])]


def compute_expected(expected, start, end):
    children = children_of(expected, end)
    if 'postcodes' not in expected:
        return Careplan.measures_compute_full(children, start, end, None, None,
                                              expected.get('parameters'))
    postcodes = Careplan.Postcodes.new()
    for name in expected['postcodes']:
        postcodes.load_file(str(POSTCODES / name))
    accumulator = Careplan.MeasuresAccumulator.new(start, end, None, None,
                                                   expected.get('parameters'), postcodes)
    for i in range(children.get_n_items()):
        accumulator.add_child(children.get_item(i))
    return accumulator.finish()


def expected_rate(want):
    return want.get('rate', want['numerator'] / want['denominator'] if want['denominator'] else None)


# The hand-computed cohorts, from the library

@pytest.mark.parametrize('path', EXPECTED, ids=lambda p: p.stem)
def test_expected_measures(path):
    expected = json.loads(path.read_text())
    start, end = period_of(expected)
    measures = by_id(compute_expected(expected, start, end))
    for measure_id, want in expected['measures'].items():
        measure = measures[measure_id]
        assert measure.get_numerator() == want['numerator'], measure_id
        assert measure.get_denominator() == want['denominator'], measure_id
        assert list(measure.get_numerator_ids()) == want['numerator_ids'], measure_id
        assert list(measure.get_denominator_ids()) == want['denominator_ids'], measure_id
        if 'result' in want:
            assert Careplan.measure_result_to_string(measure.get_result()) == want['result'], measure_id
        if want.get('result') == 'no-data':
            # No data is not a rate of zero.
            assert not measure.has_rate() and measure.get_rate() is None, measure_id
            assert measure.get_result_note()
            continue
        assert measure.get_rate() == pytest.approx(expected_rate(want))
        if 'values' in want:
            values = [measure.get_item_value(i) for i in range(measure.get_denominator())]
            assert values == want['values'], measure_id


def test_every_measure_has_a_hand_computed_cohort():
    covered = set()
    for path in EXPECTED:
        covered |= set(json.loads(path.read_text())['measures'])
    assert covered == set(ALL_IDS)


def test_worked_example_14_oc2_boundary():
    measures = by_id(compute('oc2.json'))
    cohort = measures['dfe.oc2.cohort']
    ids = list(cohort.get_denominator_ids())
    a, b = ids.index('WE14-A'), ids.index('WE14-B')
    # A started on 1 April 2025, the first day: continuously looked after.
    assert cohort.get_item_counted(a)
    assert cohort.get_item_note(a) == 'looked after throughout the period'
    # B started on 2 April 2025: not.
    assert not cohort.get_item_counted(b)
    assert '2025-04-02' in cohort.get_item_note(b)
    # A's 4th birthday falls in the year: outside the SDQ band of rule 186.
    assert 'WE14-A' not in measures['dfe.oc2.sdq'].get_denominator_ids()


def test_worked_example_16_long_term_stability():
    measure = by_id(compute('stability.json'))['dfe.stability.long-term']
    ids = list(measure.get_denominator_ids())
    stable = ids.index('WE16')
    moved = ids.index('WE16-moved')
    assert measure.get_item_counted(stable)
    assert measure.get_item_note(stable) == 'with the same carer since 2024-01-01 (on or before 2024-03-31)'
    assert not measure.get_item_counted(moved)
    assert '2024-04-01' in measure.get_item_note(moved)
    # In the cohort from 30 September 2023 (30 months back), not from 1 October.
    assert 'LT04' in ids and 'LT03' not in ids


def test_measure_object():
    measures = compute('stability.json')
    assert [m.get_id() for m in measures] == ALL_IDS
    measure = measures[0]
    assert measure.get_kind() == Careplan.MeasureKind.DFE
    assert measure.get_scale() == Careplan.MeasureScale.PERCENTAGE
    assert measure.get_unit() == 'children'
    assert measure.get_confirmation() == Careplan.Confirmation.UNCONFIRMED
    assert measure.get_period_start() == YEAR_START
    assert measure.get_period_end() == YEAR_END
    assert measure.props.numerator == measure.get_numerator()
    assert list(measure.props.denominator_ids) == list(measure.get_denominator_ids())
    assert measure.get_definition().startswith('Of the children looked after')
    assert measure.get_url().startswith('https://')
    assert list(measure.get_parameter_names()) == [
        'min_placements', 'placement_reasons', 'excluded_placement_types', 'count_open_at_start']
    assert measure.get_parameter_value('placement_reasons') == 'S,P,T,B,U'
    assert measure.get_parameter_unit('min_placements') == 'placements'
    assert 'UNCONFIRMED' in measure.get_parameter_description('placement_reasons')
    assert measure.get_parameter_value('no_such_parameter') is None
    assert Careplan.measure_kind_to_string(Careplan.MeasureKind.LOCAL) == 'local'
    assert Careplan.measure_scale_to_string(Careplan.MeasureScale.MEAN_DAYS) == 'mean-days'


def test_empty_denominator_has_no_rate():
    measures = by_id(Careplan.measures_compute(Gio.ListStore.new(Careplan.Child),
                                               YEAR_START, YEAR_END, None))
    assert set(measures) == set(ALL_IDS)
    for measure in measures.values():
        assert measure.get_denominator() == 0
        assert not measure.has_rate()
        assert measure.get_rate() is None and measure.rate is None
        assert list(measure.get_numerator_ids()) == []


def test_parameters_change_the_count():
    default = by_id(compute('stability.json'))['dfe.stability.three-plus-placements']
    two = by_id(compute('stability.json', parameters=[
        'dfe.stability.three-plus-placements.min_placements=2']))['dfe.stability.three-plus-placements']
    assert two.get_parameter_value('min_placements') == '2'
    assert two.get_numerator() > default.get_numerator()
    # Counting the temporary T4 move gives ST03 three placements.
    with_temporary = by_id(compute('stability.json', parameters=[
        'dfe.stability.three-plus-placements.excluded_placement_types=']))[
        'dfe.stability.three-plus-placements']
    assert 'ST03' in with_temporary.get_numerator_ids()
    assert 'ST03' not in default.get_numerator_ids()


@pytest.mark.parametrize('setting', [
    'no-equals-sign',
    'dfe.stability.three-plus-placements.min_placements=lots',
    'dfe.stability.three-plus-placements.min_placements=0',
    'dfe.stability.three-plus-placements.nothing=1',
    'dfe.nothing.min_placements=1',
    'local.visits-in-time.families=visits;reviews',
])
def test_bad_parameter_is_an_error(setting):
    with pytest.raises(GLib.Error) as excinfo:
        compute('stability.json', parameters=[setting])
    assert excinfo.value.matches(Careplan.error_quark(), Careplan.Error.FAILED)


def test_bad_period_is_an_error():
    with pytest.raises(GLib.Error) as excinfo:
        Careplan.measures_compute(load('stability.json'), YEAR_END, YEAR_START, None)
    assert excinfo.value.matches(Careplan.error_quark(), Careplan.Error.INVALID_DATE)


def test_period_start():
    assert Careplan.measures_get_period_start(datetime.date(2026, 3, 31)) == YEAR_START
    assert Careplan.measures_get_period_start(datetime.date(2024, 2, 29)) == datetime.date(2023, 3, 1)
    assert Careplan.measures_get_period_start(None) is None


def test_order_of_the_cohort_is_kept_and_does_not_change_the_numbers():
    children = list(load('local.json'))
    store = Gio.ListStore.new(Careplan.Child)
    for child in reversed(children):
        store.append(child)
    forward = by_id(compute('local.json'))
    backward = by_id(Careplan.measures_compute(store, YEAR_START, YEAR_END, None))
    for measure_id in ALL_IDS:
        assert backward[measure_id].get_numerator() == forward[measure_id].get_numerator()
        assert list(backward[measure_id].get_denominator_ids()) == \
            list(reversed(forward[measure_id].get_denominator_ids()))


def test_visits_leave_out_speaking_in_private_by_default():
    measure = by_id(compute('reviews-visits.json'))['local.visits-in-time']
    notes = [measure.get_item_note(i) for i in range(measure.get_denominator())]
    assert notes and not any('in private' in note for note in notes)


def test_writer_formats():
    measures = compute('adoption.json')
    text = Careplan.measures_to_string(measures, Careplan.MeasuresFormat.TEXT)
    assert text.startswith('Measures for 2025-04-01 to 2026-03-31\n')
    assert '424.0 days (4 children, 1696 days in all)' in text
    document = json.loads(Careplan.measures_to_string(measures, Careplan.MeasuresFormat.JSON))
    assert document['period'] == {'start': '2025-04-01', 'end': '2026-03-31'}
    a1 = next(m for m in document['measures'] if m['id'] == 'dfe.adoption.a1')
    assert a1['rate'] == 424.0
    assert [item['value'] for item in a1['items']] == [415, 641, 334, 306]
    rows = list(csv.DictReader(io.StringIO(
        Careplan.measures_to_string(measures, Careplan.MeasuresFormat.CSV))))
    assert [row['id'] for row in rows] == ALL_IDS


def test_write_to_a_stream(tmp_path):
    measures = compute('care-leavers.json')
    path = tmp_path / 'measures.json'
    stream = Gio.File.new_for_path(str(path)).replace(None, False, Gio.FileCreateFlags.NONE, None)
    assert Careplan.measures_write(measures, Careplan.MeasuresFormat.JSON, stream)
    stream.close(None)
    assert json.loads(path.read_text()) == json.loads(
        Careplan.measures_to_string(measures, Careplan.MeasuresFormat.JSON))


# The command

def run(*args):
    return subprocess.run([TOOL, 'measures', *args], capture_output=True, text=True,
                          encoding='utf-8', timeout=120, stdin=subprocess.DEVNULL)


def cli_json(*args):
    result = run('--format', 'json', *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@needs_tool
@pytest.mark.parametrize('path', EXPECTED, ids=lambda p: p.stem)
def test_cli_json_matches_expected(path):
    expected = json.loads(path.read_text())
    args = ['--year', str(expected['year'])] if 'year' in expected else ['--as-of', expected['as_of']]
    for setting in expected.get('parameters', []):
        args += ['--parameter', setting]
    document = cli_json(*args, *input_args(expected))
    start, end = period_of(expected)
    assert document['period'] == {'start': start.isoformat(), 'end': end.isoformat()}
    measures = {m['id']: m for m in document['measures']}
    for measure_id, want in expected['measures'].items():
        got = measures[measure_id]
        for key in ('numerator', 'denominator', 'numerator_ids', 'denominator_ids'):
            assert got[key] == want[key], (measure_id, key)
        assert [item['child'] for item in got['items']] == want['denominator_ids']
        if 'result' in want:
            assert got['result'] == want['result'], measure_id
        if want.get('result') == 'no-data':
            assert got['rate'] is None and got['result_note'], measure_id
        else:
            assert got['rate'] == pytest.approx(expected_rate(want)), measure_id
        if 'values' in want:
            assert [item['value'] for item in got['items']] == want['values']


@needs_tool
def test_cli_json_shape():
    document = cli_json('--year', '2026', str(RECORDS / 'stability.json'))
    assert [m['id'] for m in document['measures']] == ALL_IDS
    measure = document['measures'][0]
    assert list(measure) == ['id', 'title', 'kind', 'status', 'group', 'period', 'result',
                             'result_note', 'definition', 'citation', 'scale', 'unit', 'numerator',
                             'denominator', 'rate', 'comparison', 'parameters', 'numerator_ids',
                             'denominator_ids', 'items']
    assert measure['kind'] == 'dfe' and measure['status'] == 'UNCONFIRMED'
    assert set(measure['citation']) == {'instrument', 'provision', 'url'}
    assert measure['rate'] == pytest.approx(2 / 14)
    assert measure['parameters'][0] == {
        'name': 'min_placements', 'value': '3', 'unit': 'placements',
        'description': measure['parameters'][0]['description']}
    assert set(measure['items'][0]) == {'child', 'counted', 'value', 'note'}
    empty = next(m for m in document['measures'] if m['id'] == 'dfe.adoption.a1')
    assert empty['denominator'] == 0 and empty['rate'] is None


@needs_tool
def test_cli_csv():
    result = run('--year', '2026', '--format', 'csv', str(RECORDS / 'reviews-visits.json'))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        'id,kind,status,title,scale,unit,numerator,denominator,rate,period_start,period_end,'
        'instrument,provision,url,numerator_ids,denominator_ids,result,result_note,'
        'comparison_label,comparison_value')
    rows = {row['id']: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert list(rows) == ALL_IDS
    reviews = rows['dfe.reviews.in-time']
    assert (reviews['numerator'], reviews['denominator']) == ('2', '6')
    assert reviews['numerator_ids'] == 'RV01;RV04'
    assert reviews['period_start'] == '2025-04-01' and reviews['period_end'] == '2026-03-31'
    assert float(reviews['rate']) == pytest.approx(2 / 6)
    assert rows['dfe.adoption.a1']['rate'] == ''


@needs_tool
def test_cli_text():
    result = run('--year', '2026', str(RECORDS / 'care-leavers.json'))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('Measures for 2025-04-01 to 2026-03-31\n\n')
    block = result.stdout.split('local.care-leavers-in-touch\n')[1]
    assert '  result: 66.7 % (4 of 6 children)\n' in block
    assert '  parameter contact_months = 3 months\n' in block


@needs_tool
def test_cli_year_and_as_of_agree():
    by_year = cli_json('--year', '2026', str(RECORDS / 'local.json'))
    by_date = cli_json('--as-of', '2026-03-31', str(RECORDS / 'local.json'))
    assert by_year == by_date


@needs_tool
def test_cli_reads_a_directory_and_standard_input():
    directory = cli_json('--year', '2026', str(RECORDS))
    cohort = next(m for m in directory['measures'] if m['id'] == 'dfe.adoption.a1')
    assert cohort['numerator_ids'] == ['AD01', 'AD02', 'AD03', 'AD07']
    result = subprocess.run([TOOL, 'measures', '--year', '2026', '--format', 'json'],
                            input=(RECORDS / 'adoption.json').read_text(), capture_output=True,
                            text=True, encoding='utf-8', timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)['measures'][8]['numerator'] == 1696
    assert 'SP03' in next(m for m in directory['measures']
                          if m['id'] == 'local.missing-episode')['numerator_ids']


@needs_tool
def test_cli_output_file(tmp_path):
    out = tmp_path / 'measures.csv'
    result = run('--year', '2026', '--format', 'csv', '-o', str(out), str(RECORDS / 'oc2.json'))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ''
    assert out.read_text().startswith('id,kind,status,')


@needs_tool
@pytest.mark.parametrize('args, message', [
    (['--year', '2026', '--as-of', '2026-03-31'], 'cannot be used together'),
    (['--format', 'pdf'], 'unknown format'),
    (['--as-of', '2026-02-30'], '--as-of'),
    (['--year', '0'], '--year'),
    (['--year', '10000'], '--year'),
    (['--parameter', 'dfe.stability.long-term.max_age=old'], 'max_age'),
    (['--parameter', 'local.nothing.x=1'], 'local.nothing'),
])
def test_cli_bad_usage(args, message):
    result = run(*args, str(RECORDS / 'local.json'))
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ''


@needs_tool
def test_cli_bad_input_writes_nothing(tmp_path):
    bad = tmp_path / 'bad.json'
    bad.write_text('{"format": "careplan-record/1", "children": [')
    out = tmp_path / 'report.json'
    result = run('--year', '2026', '--format', 'json', '-o', str(out),
                 str(RECORDS / 'local.json'), str(bad))
    assert result.returncode == 2
    assert 'bad.json' in result.stderr
    assert not out.exists()
    missing = run('--year', '2026', str(tmp_path / 'nothing.json'))
    assert missing.returncode == 2 and missing.stdout == ''


# Series, comparisons, postcode files and the drill-down stream

GEN_SSDA903 = SSDA903_DIR / 'gen_ssda903.py'
COMPARISON = MEASURES_DIR / 'comparison' / 'example.csv'


@pytest.fixture(scope='module')
def three_returns(tmp_path_factory):
    """Three small synthetic returns, one folder per collection year."""
    root = tmp_path_factory.mktemp('returns')
    for year in (2024, 2025, 2026):
        subprocess.run(['/usr/bin/python3', str(GEN_SSDA903), '--children', '60', '--year', str(year),
                        '--seed', str(year), str(root / str(year))],
                       check=True, capture_output=True, timeout=60)
    return root


@needs_tool
def test_cli_three_years_give_a_series(three_returns):
    document = cli_json('--ssda903', str(three_returns), '--year', '2024', '--year', '2025',
                        '--year', '2026')
    assert document['periods'] == ['2024-03-31', '2025-03-31', '2026-03-31']
    assert document['period'] == {'start': '2025-04-01', 'end': '2026-03-31'}
    # Long form: one row per measure and period, and the full measures of each period.
    assert len(document['series']) == 3 * len(ALL_IDS)
    assert len(document['measures']) == 3 * len(ALL_IDS)
    rows = {(row['measure'], row['period_end']): row for row in document['series']}
    for measure in document['measures']:
        row = rows[(measure['id'], measure['period']['end'])]
        assert (row['numerator'], row['denominator'], row['rate'], row['result']) == \
            (measure['numerator'], measure['denominator'], measure['rate'], measure['result'])
    # No data stays no data in every year: never a 0 % trend.
    for year in ('2024-03-31', '2025-03-31', '2026-03-31'):
        plan = rows[('local.permanence-plan', year)]
        assert plan['result'] == 'no-data' and plan['rate'] is None


@needs_tool
def test_cli_three_years_in_csv_and_html(three_returns, tmp_path):
    args = ['--ssda903', str(three_returns), '--year', '2024', '--year', '2025', '--year', '2026']
    result = run(*args, '--format', 'csv')
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 * len(ALL_IDS)
    plan = [row for row in rows if row['id'] == 'local.permanence-plan']
    assert [row['period_end'] for row in plan] == ['2024-03-31', '2025-03-31', '2026-03-31']
    assert all(row['rate'] == '' and row['result'] == 'no-data' for row in plan)
    page = tmp_path / 'series.html'
    result = run(*args, '--format', 'html', '-o', str(page), '--compare', str(COMPARISON))
    assert result.returncode == 0, result.stderr
    text = page.read_text(encoding='utf-8')
    # A trend chart for each measure with a rate in some year, none for the others.
    latest = {m['id']: m for m in cli_json(*args)['measures']}
    with_rate = {m['id'] for m in cli_json(*args)['measures'] if m['rate'] is not None}
    assert text.count('class="chart trend-chart"') == len(with_rate)
    assert 'with the trend over 3 periods' in text
    assert '<script' not in text.lower()
    # The comparison: a column, a dashed reference line, its label.
    assert '<th class="num">Comparison</th>' in text
    assert 'class="reference"' in text and 'Example neighbours' in text
    assert latest['local.missing-episode']['rate'] is not None


@needs_tool
def test_cli_year_folder_missing(three_returns):
    result = run('--ssda903', str(three_returns), '--year', '2023', '--year', '2024')
    assert result.returncode == 2
    assert 'no folder for the return of 2023' in result.stderr


@needs_tool
def test_cli_several_as_of_dates():
    document = cli_json('--as-of', '2025-09-30', '--as-of', '2026-03-31', str(RECORDS / 'strategy.json'))
    assert document['periods'] == ['2025-09-30', '2026-03-31']
    rows = {(row['measure'], row['period_end']): row for row in document['series']}
    # SP01 left through an SGO on 30 September 2025: in both twelve-month periods.
    assert rows[('local.permanence-through-sgo', '2025-09-30')]['numerator'] == 1
    same = run('--as-of', '2026-03-31', '--as-of', '2026-03-31', str(RECORDS / 'strategy.json'))
    assert same.returncode == 2 and 'twice' in same.stderr


@needs_tool
def test_cli_comparison_in_json_and_csv():
    document = cli_json('--year', '2026', '--compare', str(COMPARISON), str(RECORDS / 'strategy.json'))
    measures = {m['id']: m for m in document['measures']}
    assert measures['local.care-leavers-eet']['comparison'] == {
        'value': 55, 'label': 'Example target',
        'source': 'A made-up figure for the tests, not a published one'}
    # A row for another period does not apply; a row without a period applies to all.
    assert measures['local.missing-episode']['comparison']['value'] == 10.5
    assert measures['local.permanence-achieved']['comparison'] is None
    result = run('--year', '2026', '--format', 'csv', '--compare', str(COMPARISON),
                 str(RECORDS / 'strategy.json'))
    row = next(r for r in csv.DictReader(io.StringIO(result.stdout)) if r['id'] == 'local.care-leavers-eet')
    assert (row['comparison_label'], row['comparison_value']) == ('Example target', '55')


@needs_tool
@pytest.mark.parametrize('content, message', [
    ('measure_id,value,label\nx,1,y\n', 'no column “source”'),
    ('measure_id,value,label,source\nlocal.pep,many,Target,x\n', ':2: “many” is not a number'),
    ('measure_id,value,label,source\nlocal.pep,50,Target,\n', ':2: every comparison needs a label and a source'),
    ('measure_id,value,label,source,period_end\nlocal.pep,50,T,s,2026-02-30\n', ':2: period_end'),
])
def test_cli_bad_comparison_file(tmp_path, content, message):
    bad = tmp_path / 'compare.csv'
    bad.write_text(content)
    result = run('--year', '2026', '--compare', str(bad), str(RECORDS / 'strategy.json'))
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ''


@needs_tool
@pytest.mark.parametrize('content, message', [
    ('code,lat\nZZ1 1AA,50\n', 'no column “postcode”'),
    ('postcode,latitude,longitude\nZZ1 1AA,95,0\n', ':2: “ZZ1 1AA” is not a postcode with a latitude'),
    ('postcode,latitude,longitude\nZZ1 1AA,50,\n', ':2:'),
    ('postcode,local_authority\nZZ1 1AA,"E1000;0008"\n', ':2: local_authority'),
    ('postcode,local_authority\n"ZZ1 1AA,E1\n', ':2: a quoted field is not closed'),
])
def test_cli_bad_postcode_file(tmp_path, content, message):
    bad = tmp_path / 'postcodes.csv'
    bad.write_text(content)
    result = run('--year', '2026', '--postcodes', str(bad), str(RECORDS / 'sufficiency.json'))
    assert result.returncode == 2
    assert message in result.stderr


@needs_tool
def test_cli_council_code_named_in_the_report(tmp_path):
    page = tmp_path / 'report.html'
    result = run('--year', '2026', '--format', 'html', '-o', str(page),
                 '--postcodes', str(POSTCODES / 'sample-postcodes.csv'),
                 '--parameter', 'sufficiency.local_authority=e10000008', str(RECORDS / 'sufficiency.json'))
    assert result.returncode == 2 or result.returncode == 0
    assert result.returncode == 0, result.stderr
    text = page.read_text(encoding='utf-8')
    assert 'Council (local authority code): <strong>E10000008</strong>' in text
    assert 'class="chart mix"' in text
    document = cli_json('--year', '2026', '--parameter', 'sufficiency.local_authority=E10000008',
                        str(RECORDS / 'sufficiency.json'))
    assert document['local_authority'] == 'E10000008'
    bad = run('--year', '2026', '--parameter', 'sufficiency.local_authority=E1 0', str(RECORDS / 'sufficiency.json'))
    assert bad.returncode == 2 and 'sufficiency' in bad.stderr


@needs_tool
def test_cli_items_stream_and_bounded_measures(tmp_path):
    items = tmp_path / 'items.csv'
    document = cli_json('--year', '2026', '--items', str(items), str(RECORDS / 'strategy.json'))
    # The measures keep their counts, not their children.
    measures = {m['id']: m for m in document['measures']}
    missing = measures['local.missing-episode']
    assert (missing['numerator'], missing['denominator']) == (2, 7)
    assert missing['items'] == [] and missing['denominator_ids'] == []
    rows = list(csv.DictReader(io.StringIO(items.read_text(encoding='utf-8'))))
    assert list(rows[0]) == ['measure', 'period_end', 'child', 'counted', 'value', 'note']
    mine = [r for r in rows if r['measure'] == 'local.missing-episode']
    assert [r['child'] for r in mine] == ['SP01', 'SP02', 'SP03', 'SP04', 'SP05', 'SP07', 'CL-B']
    assert [r['child'] for r in mine if r['counted'] == '1'] == ['SP03', 'SP05']
    assert all(r['period_end'] == '2026-03-31' and r['note'] for r in mine)


@needs_tool
def test_cli_items_not_left_half_written(tmp_path):
    bad = tmp_path / 'bad.json'
    bad.write_text('{"format": "careplan-record/1", "children": [')
    items = tmp_path / 'items.csv'
    result = run('--year', '2026', '--items', str(items), str(RECORDS / 'strategy.json'), str(bad))
    assert result.returncode == 2
    assert not items.exists()


def test_accumulator_item_func_keeps_memory_flat():
    start, end = YEAR_START, YEAR_END
    accumulator = Careplan.MeasuresAccumulator.new(start, end, None, None, None, None)
    seen = []
    accumulator.set_item_func(lambda measure, child, counted, value, note: seen.append((measure, child)))
    for child in load('strategy.json'):
        accumulator.add_child(child)
    assert accumulator.get_n_children() == 16
    measures = by_id(accumulator.finish())
    missing = measures['local.missing-episode']
    assert (missing.get_numerator(), missing.get_denominator(), missing.get_n_items()) == (2, 7, 0)
    assert [c for m, c in seen if m == 'local.missing-episode'] == \
        ['SP01', 'SP02', 'SP03', 'SP04', 'SP05', 'SP07', 'CL-B']


def test_postcodes_lookup_and_distance():
    postcodes = Careplan.Postcodes.new()
    postcodes.load_file(str(POSTCODES / 'sample-postcodes.csv'))
    assert postcodes.get_n_postcodes() == 5
    assert postcodes.get_local_authority('zz2 2aa') == 'E06000026'
    assert postcodes.get_local_authority('ZZ9 9ZZ') is None
    # One degree of latitude is 69.093 miles on the mean-radius sphere.
    assert postcodes.get_distance_miles('ZZ1 1AA', 'ZZ2 2AA') == pytest.approx(0.3 * 69.0934, abs=1e-3)
    assert postcodes.get_distance_miles('ZZ1 1AA', 'ZZ1 1AA') == 0
    assert math.isnan(postcodes.get_distance_miles('ZZ1 1AA', 'ZZ9 9ZZ'))
    assert not postcodes.add('not a postcode!', None, 0.0, 0.0)
    assert postcodes.add('ZZ5', 'E10000008', float('nan'), float('nan'))
    assert postcodes.get_local_authority('ZZ5') == 'E10000008'
