# test_jobs.py: --jobs N gives the same bytes whatever N; --citations table
#
# Children are evaluated on N threads and written in input order, so the
# output of check, due, measures and validate must not depend on N (1, 3 and the
# default, one per processor).  The inputs are the directory of example records and an
# SSDA903 return made by the test generator (300 children).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import subprocess
from datetime import date

import pytest

from conftest import SOURCE_DIR, Careplan

TOOL = os.environ.get('CAREPLAN_TOOL')
EXAMPLES = SOURCE_DIR / 'examples' / 'data'
GENERATOR = SOURCE_DIR / 'tests' / 'ssda903' / 'gen_ssda903.py'
AS_OF = '2026-03-31'

pytestmark = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL does not name a built careplan tool')


def run(*args):
    return subprocess.run([TOOL, *[str(a) for a in args]], capture_output=True, timeout=120)


@pytest.fixture(scope='module')
def generated_return(tmp_path_factory):
    out = tmp_path_factory.mktemp('ssda903') / 'return'
    subprocess.run(['/usr/bin/python3', str(GENERATOR), '--children', '300', '--seed', '11',
                    str(out)], check=True, capture_output=True, timeout=60)
    return out


def inputs(generated_return):
    return [
        ['--ssda903', generated_return],
        [EXAMPLES],
    ]


@pytest.mark.parametrize('command,formats', [
    ('check', ['json', 'csv', 'text']),
    ('due', ['json', 'text']),
])
def test_output_is_the_same_whatever_the_number_of_threads(generated_return, command, formats):
    for source in inputs(generated_return):
        for fmt in formats:
            outputs = {}
            for jobs in (1, 3):
                result = run(command, '--as-of', AS_OF, '--format', fmt, '--jobs', jobs, *source)
                assert result.returncode in (0, 2), result.stderr
                outputs[jobs] = (result.returncode, result.stdout, result.stderr)
            assert len(outputs[1][1]) > 0
            for jobs, output in outputs.items():
                assert output == outputs[1], (command, fmt, source, jobs)
            # The default (one thread per processor) too.
            default = run(command, '--as-of', AS_OF, '--format', fmt, *source)
            assert (default.returncode, default.stdout, default.stderr) == outputs[1]


@pytest.mark.parametrize('fmt', ['json', 'csv', 'text'])
def test_measures_are_the_same_whatever_the_number_of_threads(generated_return, tmp_path, fmt):
    for name, source in (('ssda903', ['--ssda903', generated_return, '--year', '2026']),
                         ('records', ['--as-of', AS_OF, EXAMPLES])):
        outputs = {}
        for jobs in (1, 3):
            items = tmp_path / ('items-%s-%s-%d.csv' % (name, fmt, jobs))
            result = run('measures', '--format', fmt, '--jobs', jobs, *source)
            assert result.returncode == 0, result.stderr
            streamed = run('measures', '--format', fmt, '--jobs', jobs, '--items', items, *source)
            assert streamed.returncode == 0, streamed.stderr
            outputs[jobs] = (result.stdout, result.stderr, streamed.stdout, items.read_bytes())
        assert len(outputs[1][0]) > 0 and outputs[1][3].count(b'\n') > 10
        if fmt == 'text':
            # Counts only: the same report whether the items are kept or not.
            assert outputs[1][0] == outputs[1][2]
        assert outputs[3] == outputs[1], (name, fmt)
        default = run('measures', '--format', fmt, *source)
        assert (default.stdout, default.stderr) == outputs[1][:2]


def test_accumulator_n_threads_gives_the_same_measures():
    children = Careplan.record_load_file(str(EXAMPLES / 'caseload.json'))
    results = {}
    for n in (1, 0, 3):
        accumulator = Careplan.MeasuresAccumulator.new(date(2025, 4, 1), date(2026, 3, 31),
                                                       None, None, None, None)
        accumulator.set_n_threads(n)
        assert accumulator.get_n_threads() == n
        for child in children:
            assert accumulator.add_child(child)
        assert accumulator.get_n_children() == len(children)
        results[n] = [(m.props.id, m.props.numerator, m.props.denominator,
                       [m.get_item_child_id(i) for i in range(m.get_n_items())])
                      for m in accumulator.finish()]
    assert results[1] and results[0] == results[1] and results[3] == results[1]

    # Items kept in temporary files: the same measures, items and report.
    spooled = Careplan.MeasuresAccumulator.new(date(2025, 4, 1), date(2026, 3, 31),
                                               None, None, None, None)
    assert spooled.spool_items()
    spooled.set_n_threads(2)
    for child in children:
        assert spooled.add_child(child)
    measures = spooled.finish()
    report = Careplan.measures_to_string(measures, Careplan.MeasuresFormat.JSON)
    assert [(m.props.id, m.props.numerator, m.props.denominator,
             [m.get_item_child_id(i) for i in range(m.get_n_items())]) for m in measures] == results[1]
    in_memory = Careplan.MeasuresAccumulator.new(date(2025, 4, 1), date(2026, 3, 31),
                                                 None, None, None, None)
    for child in children:
        in_memory.add_child(child)
    assert report == Careplan.measures_to_string(in_memory.finish(), Careplan.MeasuresFormat.JSON)


@pytest.mark.parametrize('fmt', ['json', 'csv', 'text'])
def test_validate_is_the_same_whatever_the_number_of_threads(generated_return, fmt):
    outputs = {}
    for jobs in (1, 3, 7):
        result = run('validate', '--ssda903', generated_return, '--year', '2026', '--format', fmt,
                     '--jobs', jobs)
        assert result.returncode == 0, result.stderr
        outputs[jobs] = (result.stdout, result.stderr)
    assert len(outputs[1][0]) > 0
    for jobs, output in outputs.items():
        assert output == outputs[1], (fmt, jobs)
    default = run('validate', '--ssda903', generated_return, '--year', '2026', '--format', fmt)
    assert (default.stdout, default.stderr) == outputs[1]


def test_validator_n_threads_property(generated_return):
    issues = {}
    for n in (1, 4):
        validator = Careplan.Ssda903Validator(collection_year=2026, n_threads=n)
        assert validator.get_n_threads() == n
        issues[n] = [(i.props.child_id, i.props.code, i.props.message)
                     for i in validator.validate(str(generated_return))]
    assert issues[1] and issues[1] == issues[4]


@pytest.mark.parametrize('command', ['check', 'validate', 'measures'])
@pytest.mark.parametrize('value', ['0', '-1', 'two'])
def test_bad_jobs_is_a_usage_error(command, value):
    source = (['--ssda903', SOURCE_DIR / 'tests' / 'ssda903' / 'small-2026'] if command == 'validate'
              else [EXAMPLES / 'caseload.json'])
    result = run(command, '--jobs', value, *source) if command == 'validate' \
        else run(command, '--as-of', AS_OF, '--jobs', value, *source)
    assert result.returncode == 2
    assert b'--jobs' in result.stderr or b'jobs' in result.stderr


def test_citations_table_gives_each_citation_once(generated_return):
    inline = run('check', '--as-of', AS_OF, '--format', 'json', '--ssda903', generated_return)
    table = run('check', '--as-of', AS_OF, '--format', 'json', '--citations', 'table',
                '--ssda903', generated_return)
    assert inline.returncode == table.returncode == 0
    assert len(table.stdout) < 0.7 * len(inline.stdout)
    full = json.loads(inline.stdout)
    compact = json.loads(table.stdout)
    assert compact['as_of'] == full['as_of']
    assert list(compact) == ['as_of', 'findings', 'rules']
    assert all('citation' not in finding for finding in compact['findings'])
    # Every rule with a finding is in the table, in order of first finding.
    first_seen = list(dict.fromkeys(f['rule'] for f in full['findings']))
    assert list(compact['rules']) == first_seen
    # Putting the citations back gives the default document.
    rebuilt = [dict(f, citation=compact['rules'][f['rule']]) for f in compact['findings']]
    assert rebuilt == full['findings']


def test_citations_table_of_an_empty_run():
    result = run('check', '--as-of', AS_OF, '--format', 'json', '--citations', 'table',
                 '--status', 'unknown', SOURCE_DIR / 'tests' / 'cli-data' / 'on-time.json')
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document['findings'] == [] or all(f['status'] == 'unknown' for f in document['findings'])
    assert set(document['rules']) == {f['rule'] for f in document['findings']}


def test_citations_inline_is_the_default():
    default = run('check', '--as-of', AS_OF, '--format', 'json', EXAMPLES / 'caseload.json')
    inline = run('check', '--as-of', AS_OF, '--format', 'json', '--citations', 'inline',
                 EXAMPLES / 'caseload.json')
    assert default.stdout == inline.stdout


def test_bad_citations_is_a_usage_error():
    result = run('check', '--as-of', AS_OF, '--citations', 'once', EXAMPLES / 'caseload.json')
    assert result.returncode == 2
    assert b'--citations' in result.stderr


def test_caseload_evaluation_in_the_library():
    children = Careplan.record_load_file(str(EXAMPLES / 'caseload.json'))
    engine = Careplan.Engine.new(None, None)
    serial = engine.evaluate_all(children, AS_OF)
    expected = [f.to_json() for f in serial]
    assert expected
    for n_threads in (0, 1, 2, 4):
        findings = engine.evaluate_caseload(children, date.fromisoformat(AS_OF), n_threads)
        assert [f.to_json() for f in findings] == expected
