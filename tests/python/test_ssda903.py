# test_ssda903.py: the SSDA903 return from Python and through `careplan import`
#
# The returns are in tests/ssda903 (README there); the synthetic sample's
# validator findings are tests/ssda903/sample-2026/reference-issues.csv.
# Rows are compared as dictionaries by the standard csv module, a reader
# independent of careplan's.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import collections
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gi.repository import Careplan

SOURCE_DIR = Path(os.environ.get('CAREPLAN_SOURCE_DIR', Path(__file__).resolve().parents[2]))
DATA = SOURCE_DIR / 'tests' / 'ssda903'
SAMPLE = DATA / 'sample-2026' / 'input'
GENERATOR = DATA / 'gen_ssda903.py'
TOOL = os.environ.get('CAREPLAN_TOOL')

# The twelve tables, known by their column headers.
TABLES = {
    'Header': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    'Episodes': 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,'
                'HOME_POST,PL_POST,URN',
    'Reviews': 'CHILD,DOB,REVIEW,REVIEW_CODE',
    'UASC': 'CHILD,SEX,DOB,DUC',
    'OC2': 'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,'
           'HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED',
    'OC3': 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM',
    'AD1': 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR',
    'PlacedAdoption': 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED',
    'PrevPerm': 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM',
    'Missing': 'CHILD,DOB,MISSING,MIS_START,MIS_END',
    'SWEpisodes': 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON',
    'DoLo': 'CHILD,DOB,DOLO_START,DOLO_END',
}
BY_COLUMNS = {frozenset(columns.split(',')): name for name, columns in TABLES.items()}


def read_return(directory):
    """{table: Counter of rows}, each row a sorted tuple of (column, value)."""
    tables = collections.defaultdict(collections.Counter)
    for path in Path(directory).iterdir():
        if path.name.startswith('.') or path.suffix.lower() != '.csv':
            continue
        with open(path, newline='', encoding='utf-8-sig') as handle:
            reader = csv.DictReader(handle)
            name = BY_COLUMNS[frozenset(reader.fieldnames)]
            for row in reader:
                # A short row reads its missing cells as blank.
                tables[name][tuple(sorted((k, v or '') for k, v in row.items()))] += 1
    return {name: rows for name, rows in tables.items() if rows}


def assert_same_return(expected, actual):
    want = read_return(expected)
    got = read_return(actual)
    assert sorted(want) == sorted(got)
    for name in want:
        missing = want[name] - got[name]
        extra = got[name] - want[name]
        assert not missing and not extra, (name, list(missing)[:2], list(extra)[:2])


def problems_by_kind(problems):
    return collections.Counter(problem.get_kind().value_nick for problem in problems)


def generate(directory, *args):
    subprocess.run([sys.executable, str(GENERATOR), *args, str(directory)], check=True,
                   capture_output=True, timeout=300)


# Reading from Python ---------------------------------------------------------

def test_load_the_sample():
    children, problems = Careplan.ssda903_load_dir(str(SAMPLE), 2026)
    ids = [child.get_id() for child in children]
    record = json.loads(_json(children))
    in_header = [c for c in record['children'] if not c.get('ssda903', {}).get('no_header')]
    # 300 children in the return: 299 with a Header row (301 rows, two of
    # them repeated) and 8454739, whose Header row is missing; the rows of
    # 10000000 to 10000006 belong to no child of Header either.
    assert len(ids) == len(set(ids)) == 307
    assert len(in_header) == 299
    assert '8454739' in ids and '10000006' in ids
    assert problems_by_kind(problems) == {
        'unknown-code': 22, 'unknown-child': 16, 'invalid-value': 14, 'inconsistent': 13,
        'duplicate': 10, 'missing-field': 6, 'failed': 6,
    }
    for problem in problems:
        assert problem.get_file().startswith(str(SAMPLE))
        assert problem.get_line() >= 1
        assert problem.get_path() in TABLES
    assert Careplan.ssda903_guess_collection_year(children) == 2026


def _json(children):
    data = Careplan.record_save_data(children)
    return data[0] if isinstance(data, tuple) else data


def test_problems_agree_with_the_open_validator():
    """Every row the open validator finds with a code outside its list, we
    report at the same line and column name."""
    code_rules = {
        '101': ('Header', 'SEX'), '103': ('Header', 'ETHNIC'), '143': ('Episodes', 'RNE'),
        '144': ('Episodes', 'LS'), '145': ('Episodes', 'CIN'), '146': ('Episodes', 'PLACE'),
        '149': ('Episodes', 'REC'), '178': ('Episodes', 'PLACE_PROVIDER'),
        '167': ('Reviews', 'REVIEW_CODE'), '131': ('OC3', 'IN_TOUCH'),
        '132': ('OC3', 'ACTIV'), '133': ('OC3', 'ACCOM'),
    }
    files = {'Header': 'header.csv', 'Episodes': 'episodes.csv', 'Reviews': 'reviews.csv',
             'OC3': 'oc3.csv'}
    children, problems = Careplan.ssda903_load_dir(str(SAMPLE), 2026)
    ours = {(os.path.basename(p.get_file()), p.get_line(), p.get_field()) for p in problems}
    checked = 0
    with open(SAMPLE.parent / 'reference-issues.csv', newline='') as handle:
        for issue in csv.DictReader(handle):
            if issue['rule_code'] not in code_rules:
                continue
            table, field = code_rules[issue['rule_code']]
            # row_id counts data rows from 0; line 1 is the header.
            assert (files[table], int(issue['row_id']) + 2, field) in ours, issue
            checked += 1
    assert checked >= 14


def test_mapping_of_the_small_return():
    children, problems = Careplan.ssda903_load_dir(str(DATA / 'small-2026'), 0)
    assert len(problems) == 0
    child = next(c for c in children if c.get_id() == 'A1002')
    assert child.get_sex() == '1'
    assert [e.get_reason_new_episode() for e in child.get_episodes()] == ['S', 'L', 'P']
    decision = child.dup_events_of_kind(Careplan.EventKind.ADOPTION_DECISION)[0]
    assert decision.get_text_field('sex_of_adopters') == 'MF'
    outcomes = next(c for c in children if c.get_id() == 'A1001').dup_events_of_kind(
        Careplan.EventKind.ANNUAL_OUTCOMES)
    assert [o.get_text_field('sdq_score') for o in outcomes] == ['14']


def test_round_trip_of_the_sample(tmp_path):
    children, _ = Careplan.ssda903_load_dir(str(SAMPLE), 0)
    assert Careplan.ssda903_save_dir(children, str(tmp_path), 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in SAMPLE.iterdir())
    assert_same_return(SAMPLE, tmp_path)


def test_round_trip_of_every_hand_made_return(tmp_path):
    for name in ('small-2026', 'mistakes-2026', 'odd-2027', 'places'):
        children, _ = Careplan.ssda903_load_dir(str(DATA / name), 0)
        out = tmp_path / name
        assert Careplan.ssda903_save_dir(children, str(out), 0)
        assert_same_return(DATA / name, out)


def test_a_header_of_no_table_is_an_error(tmp_path):
    (tmp_path / 'x.csv').write_text('CHILD,NAME\n1,A\n')
    with pytest.raises(Exception) as raised:
        Careplan.ssda903_load_dir(str(tmp_path), 2026)
    assert 'x.csv:1: the header “CHILD,NAME” is not that of an SSDA903 table' in str(raised.value)


def test_generated_returns_round_trip(tmp_path):
    clean = tmp_path / 'clean'
    spoilt = tmp_path / 'spoilt'
    generate(clean, '--children', '500', '--year', '2027', '--seed', '3')
    generate(spoilt, '--children', '500', '--year', '2024', '--seed', '4', '--mistakes', '0.05')

    children, problems = Careplan.ssda903_load_dir(str(clean), 0)
    assert len(children) == 500
    assert len(problems) == 0
    assert Careplan.ssda903_guess_collection_year(children) == 2027
    assert (clean / 'dolo.csv').exists() and (clean / 'sw_episodes.csv').exists()

    children, problems = Careplan.ssda903_load_dir(str(spoilt), 0)
    assert len(problems) > 50
    assert not (spoilt / 'dolo.csv').exists()

    for source in (clean, spoilt):
        children, _ = Careplan.ssda903_load_dir(str(source), 0)
        out = tmp_path / ('out-' + source.name)
        assert Careplan.ssda903_save_dir(children, str(out), 0)
        assert_same_return(source, out)


def test_generator_is_seeded(tmp_path):
    generate(tmp_path / 'a', '--children', '50', '--seed', '9')
    generate(tmp_path / 'b', '--children', '50', '--seed', '9')
    for path in (tmp_path / 'a').iterdir():
        assert path.read_bytes() == (tmp_path / 'b' / path.name).read_bytes()


# careplan import -------------------------------------------------------------

def _tool_has_import():
    if not TOOL or not os.access(TOOL, os.X_OK):
        return False
    result = subprocess.run([TOOL, 'import', '--help'], capture_output=True, text=True)
    return result.returncode == 0


needs_import = pytest.mark.skipif(not _tool_has_import(),
                                  reason='the careplan tool has no import command in this build')

# As check gives them: FILE:LINE:COLUMN: warning: child ID: TABLE.COLUMN: MESSAGE.
WARNING = re.compile(r'^careplan: (?P<file>[^:]+):(?P<line>\d+)(:(?P<column>\d+))?: warning: '
                     r'(child (?P<child>\S+): )?(?P<field>[A-Za-z0-9]+(\.[A-Z_]+)?: )?\S.*$')


def run_tool(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=120)


@needs_import
def test_import_the_sample(tmp_path):
    out = tmp_path / 'sample.json'
    result = run_tool('import', '--ssda903', str(SAMPLE), '-o', str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 87
    for line in lines:
        assert WARNING.match(line), line
        # Locations, column names, child ids and codes: never dates.
        assert not re.search(r'\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}', line), line
    children = Careplan.record_load_file(str(out))
    assert len(children) == 307

    # The JSON holds the whole return: written back, it is the sample.
    assert Careplan.ssda903_save_dir(children, str(tmp_path / 'again'), 2026)
    assert_same_return(SAMPLE, tmp_path / 'again')


@needs_import
def test_imported_records_follow_the_schema(tmp_path):
    jsonschema = pytest.importorskip('jsonschema')
    schema = json.loads((SOURCE_DIR / 'docs' / 'careplan-record.schema.json').read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    for source in (SAMPLE, DATA / 'mistakes-2026', DATA / 'odd-2027'):
        result = run_tool('import', '--ssda903', str(source), '-o', '-')
        assert result.returncode == 0, result.stderr
        errors = [e.message for e in validator.iter_errors(json.loads(result.stdout))]
        assert errors == [], (source.name, errors[:3])


@needs_import
def test_import_to_standard_output_and_the_year(tmp_path):
    result = run_tool('import', '--ssda903', str(DATA / 'small-2026'), '-o', '-')
    assert result.returncode == 0 and result.stderr == ''
    record = json.loads(result.stdout)
    assert record['format'] == 'careplan-record/1'
    assert [c['id'] for c in record['children']] == ['A1001', 'A1002', 'A1003', 'A1004', 'A1005']
    assert record['children'][0]['ssda903']['ETHNIC'] == 'WBRI'

    # Read as 2023/24's return, K3 and the letters of SEX were not yet codes.
    result = run_tool('import', '--ssda903', str(DATA / 'small-2026'), '-o', '-', '--year', '2024')
    assert result.returncode == 0
    assert 'warning: child A1003: Episodes.PLACE: “K3” is not an SSDA903 placement type code in 2023/24' \
        in result.stderr


@needs_import
def test_import_exit_statuses(tmp_path):
    out = tmp_path / 'out.json'
    strict = run_tool('import', '--ssda903', str(DATA / 'mistakes-2026'), '-o', str(out), '--strict')
    assert strict.returncode == 2
    assert not out.exists()
    assert strict.stderr.splitlines()[-1].endswith('nothing written (--strict)')

    assert run_tool('import', '--ssda903', str(DATA / 'small-2026'), '-o', str(out),
                    '--strict').returncode == 0
    assert out.exists()

    missing = run_tool('import', '--ssda903', str(tmp_path / 'nowhere'), '-o', str(out))
    assert missing.returncode == 2
    assert missing.stderr.startswith('careplan: %s: ' % (tmp_path / 'nowhere'))

    for args in ([], ['--ssda903', str(SAMPLE)], ['-o', str(out)],
                 ['--ssda903', str(SAMPLE), '-o', str(out), '--year', '26'],
                 ['--ssda903', str(SAMPLE), '-o', str(out), 'extra']):
        result = run_tool('import', *args)
        assert result.returncode == 2, args
        assert result.stderr.startswith('careplan: '), args
