# test_validation.py: the SSDA903 validator through the bindings and the tool
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import io
import json
import os
import subprocess
import shutil

import pytest

from vutil import Careplan, SOURCE_DIR, write_return, GOOD_HEADER, GOOD_EPISODE, h, ep

SAMPLE = SOURCE_DIR / 'tests' / 'ssda903' / 'sample-2026' / 'input'
TOOL = os.environ.get('CAREPLAN_TOOL')
# Under valgrind (meson test --setup valgrind) the large tests run small.
UNDER_VALGRIND = bool(os.environ.get('CAREPLAN_UNDER_VALGRIND'))


def test_issues_are_typed_objects():
    v = Careplan.Ssda903Validator(collection_year=2026)
    issues = v.validate(str(SAMPLE))
    assert issues.get_item_type() == Careplan.ValidationIssue.__gtype__
    assert issues.get_n_items() > 0
    issue = issues.get_item(0)
    assert isinstance(issue.props.code, str) and issue.props.code
    assert issue.props.table in {'Header', 'Episodes', 'Reviews', 'UASC', 'OC2', 'OC3', 'AD1',
                                 'PlacedAdoption', 'PrevPerm', 'Missing', 'SWEpisodes', 'DoLo'}
    assert issue.props.line == issue.props.row_index + 2 or issue.props.line > 1
    assert isinstance(list(issue.props.fields), list)
    assert issue.props.file.endswith('.csv')
    assert issue.get_severity() == Careplan.ValidationSeverity.ERROR
    assert v.get_year_used() == 2026


def test_year_from_data():
    v = Careplan.Ssda903Validator()
    v.validate(str(SAMPLE))
    assert v.get_year_used() == 2026


def test_order_independent(tmp_path):
    """Rows in another order: the same issues, on the same rows (rows are
    compared by their content, since identical rows are interchangeable)."""
    a = tmp_path / 'a'
    b = tmp_path / 'b'
    shutil.copytree(SAMPLE, a)
    shutil.copytree(SAMPLE, b)
    for name in ('episodes.csv', 'header.csv', 'reviews.csv', 'sw_episodes.csv', 'missing.csv'):
        lines = (b / name).read_text().splitlines()
        (b / name).write_text('\n'.join([lines[0]] + list(reversed(lines[1:]))) + '\n')

    def issues(d):
        files = {}
        out = []
        model = Careplan.Ssda903Validator(collection_year=2026).validate(str(d))
        for i in range(model.get_n_items()):
            x = model.get_item(i)
            if x.props.file not in files:
                files[x.props.file] = (d / os.path.basename(x.props.file)).read_text().splitlines()
            row = files[x.props.file][x.props.row_index + 1]
            out.append((x.props.child_id, x.props.table, row, x.props.code))
        return sorted(out)

    assert issues(a) == issues(b)


def test_unparseable_dates_flagged_not_crashing(tmp_path):
    found = Careplan.Ssda903Validator(collection_year=2026)
    write_return(tmp_path, header=[h(DOB='31/02/2012')],
                 episodes=[ep(DECOM='2024-02-01', DEC='not a date')])
    issues = found.validate(str(tmp_path))
    codes = {issues.get_item(i).props.code for i in range(issues.get_n_items())}
    assert '102' in codes


def test_skipped_without_previous_or_reference():
    v = Careplan.Ssda903Validator(collection_year=2026)
    v.validate(str(SAMPLE))
    skipped = v.dup_skipped()
    for i in range(skipped.get_n_items()):
        c = skipped.get_item(i)
        assert c.props.needs_previous or c.props.needs_reference


def test_list_checks():
    checks = Careplan.validation_list_checks(2026)
    codes = [checks.get_item(i).props.code for i in range(checks.get_n_items())]
    assert '101' in codes and len(codes) == len(set(codes))
    c = checks.get_item(0)
    assert 'validation checks' in c.props.citation
    assert c.props.message


def test_bad_folder_is_an_error(tmp_path):
    (tmp_path / 'x.csv').write_text('A,B\n1,2\n')
    with pytest.raises(Exception):
        Careplan.Ssda903Validator(collection_year=2026).validate(str(tmp_path))


@pytest.mark.skipif(TOOL is None, reason='needs the careplan tool')
@pytest.mark.parametrize('fmt', ['text', 'json', 'csv', 'html'])
def test_tool_formats(tmp_path, fmt):
    out = tmp_path / f'out.{fmt}'
    r = subprocess.run([TOOL, 'validate', '--ssda903', str(SAMPLE), '--year', '2026',
                        '--format', fmt, '-o', str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding='utf-8')
    if fmt == 'csv':
        rows = list(csv.DictReader(io.StringIO(text)))
        assert text.startswith('child_id,table,row_id,rule_code,file,line,fields,message')
        assert rows and all(r['row_id'].isdigit() for r in rows)
    elif fmt == 'json':
        doc = json.loads(text)
        assert doc['format'] == 'careplan-validation/1' and doc['collection_year'] == 2026
        assert doc['issues'][0]['rule_code']
    elif fmt == 'html':
        assert text.startswith('<!DOCTYPE html>') and 'By child' in text
    else:
        assert 'issues' in text


@pytest.mark.skipif(TOOL is None, reason='needs the careplan tool')
def test_tool_fail_on(tmp_path):
    r = subprocess.run([TOOL, 'validate', '--ssda903', str(SAMPLE), '--year', '2026',
                        '--format', 'csv', '--fail-on', 'error'], capture_output=True)
    assert r.returncode == 1
    write_return(tmp_path / 'good', header=[GOOD_HEADER], episodes=[GOOD_EPISODE])
    r = subprocess.run([TOOL, 'validate', '--ssda903', str(tmp_path / 'good'), '--year', '2026',
                        '--fail-on', 'error'], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


@pytest.mark.skipif(TOOL is None, reason='needs the careplan tool')
def test_tool_refuses_to_write_over_input(tmp_path):
    d = write_return(tmp_path / 'ret', header=[GOOD_HEADER], episodes=[GOOD_EPISODE])
    before = (d / 'header.csv').read_text()
    r = subprocess.run([TOOL, 'validate', '--ssda903', str(d), '--format', 'csv',
                        '-o', str(d / 'header.csv')], capture_output=True, text=True)
    assert r.returncode == 2
    assert (d / 'header.csv').read_text() == before


@pytest.mark.skipif(TOOL is None, reason='needs the careplan tool')
def test_rules_family():
    r = subprocess.run([TOOL, 'rules', '--family', 'ssda903-validation', '--format', 'json'],
                       capture_output=True, text=True, check=True)
    checks = json.loads(r.stdout)['rules']
    assert all(c['family'] == 'ssda903-validation' and c['citation'] for c in checks)


@pytest.mark.skipif(TOOL is None, reason='needs the careplan tool')
def test_csv_cannot_inject_formulas(tmp_path):
    d = write_return(tmp_path / 'ret', header=[h(CHILD='=HYPERLINK("x")', ETHNIC='XXXX')],
                     episodes=[ep(CHILD='=HYPERLINK("x")')])
    r = subprocess.run([TOOL, 'validate', '--ssda903', str(d), '--year', '2026', '--format', 'csv'],
                       capture_output=True, text=True, check=True)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all(row['child_id'] == '\'=HYPERLINK("x")' for row in rows)


def test_large_return_on_two_threads(tmp_path):
    """2,500 children: the per-child checks run on two threads, and every
    child's issue is found once, in order."""
    n = 100 if UNDER_VALGRIND else 2500
    header = [h(CHILD='%05d' % i, ETHNIC='XXXX') for i in range(n)]
    episodes = [ep(CHILD='%05d' % i) for i in range(n)]
    write_return(tmp_path, header=header, episodes=episodes)
    issues = Careplan.Ssda903Validator(collection_year=2026).validate(str(tmp_path))
    got = [(issues.get_item(i).props.child_id, issues.get_item(i).props.row_index)
           for i in range(issues.get_n_items()) if issues.get_item(i).props.code == '103']
    assert got == [('%05d' % i, i) for i in range(n)]


def test_garbage_cells_never_crash(tmp_path):
    """Random cells (dates that are not dates, codes that are not codes,
    quotes, blank and short rows) are flagged or ignored, never a crash."""
    import random
    rng = random.Random(903)
    alphabet = ['', 'S', 'X1', 'V3', 'T1', '29/02/2024', '31/02/2025', '01/04/2025', '2025-04-01',
                'ZZ/01/2020', '"q,"', '=1+1', '\u00e9', '0', '1', '99/99/9999', 'E11', 'A5', 'UN1']
    for i in range(3 if UNDER_VALGRIND else 30):
        d = tmp_path / str(i)
        tables = {}
        for name, columns in (('header', 7), ('episodes', 13), ('reviews', 4), ('oc2', 12), ('oc3', 5),
                              ('uasc', 4), ('missing', 5), ('sw_episodes', 6), ('ad1', 8),
                              ('placed_for_adoption', 5), ('previous_permanence', 5)):
            rows = []
            for _ in range(rng.randrange(0, 6)):
                cells = [rng.choice(['1', '2', '']) ] + [rng.choice(alphabet) for _ in range(columns - 1)]
                rows.append(cells[:rng.randrange(1, columns + 1)])
            tables[name] = rows
        d.mkdir()
        from vutil import COLUMNS
        for name, rows in tables.items():
            with open(d / (name + '.csv'), 'w', newline='', encoding='utf-8') as f:
                w = csv.writer(f)
                w.writerow(COLUMNS[name].split(','))
                w.writerows(rows)
        issues = Careplan.Ssda903Validator(collection_year=2026).validate(str(d))
        for k in range(issues.get_n_items()):
            assert issues.get_item(k).props.code
