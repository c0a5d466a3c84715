# test_hardening.py: the careplan tool against a careless or hostile user
#
# One test (or more) per fault of issue #9 that lives in the tool rather
# than in a reader (the readers' faults are cases of tests/bad-input):
# outputs over inputs and special files, half-written reports, inputs that
# never end, folders with nothing to read, children given twice, formula
# and terminal injection, and --fail-on ''.  Each ran and failed before the
# fix.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import io
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import termios
from pathlib import Path

import pytest

SOURCE_DIR = Path(os.environ.get('CAREPLAN_SOURCE_DIR', Path(__file__).resolve().parents[2]))
TOOL = os.environ.get('CAREPLAN_TOOL')
AS_OF = '2025-06-30'
SAMPLE_903 = SOURCE_DIR / 'tests' / 'ssda903' / 'sample-2026' / 'input'

pytestmark = pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK),
                                reason='CAREPLAN_TOOL names no built tool')

CHILD = {
    'id': 'H-001',
    'date_of_birth': '2014-03-09',
    'episodes': [{'start': '2025-01-06', 'reason_new_episode': 'S', 'legal_status': 'C2',
                  'category_of_need': 'N1', 'placement_type': 'U4', 'placement_provider': 'PR1'}],
    'reviews': [{'date': '2025-02-03'}],
}


def run(*args, stdin=subprocess.DEVNULL, timeout=60, preexec_fn=None):
    result = subprocess.run([TOOL, *map(str, args)], stdin=stdin, capture_output=True,
                            timeout=timeout, preexec_fn=preexec_fn)
    assert result.returncode >= 0, 'careplan died of signal %d' % -result.returncode
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def records(path, *children):
    path.write_text(json.dumps({'format': 'careplan-record/1', 'children': list(children)}),
                    encoding='utf-8')
    return path


def child(child_id):
    return dict(CHILD, id=child_id)


# Fault 3: outputs over inputs -------------------------------------------------

def test_import_refuses_an_output_that_is_one_of_its_inputs(tmp_path):
    ret = tmp_path / 'r'
    shutil.copytree(SAMPLE_903, ret)
    before = (ret / 'header.csv').read_bytes()
    status, _, err = run('import', '--ssda903', ret, '-o', ret / 'header.csv')
    assert status == 2
    assert 'it is an input of this run' in err
    assert (ret / 'header.csv').read_bytes() == before


def test_measures_refuses_to_write_over_its_input(tmp_path):
    caseload = records(tmp_path / 'c.json', child('H-001'))
    before = caseload.read_bytes()
    status, _, err = run('measures', '--as-of', AS_OF, caseload, '-o', caseload)
    assert status == 2
    assert 'it is an input of this run' in err
    assert caseload.read_bytes() == before


def test_measures_refuses_to_write_over_its_policy(tmp_path):
    caseload = records(tmp_path / 'c.json', child('H-001'))
    policy = tmp_path / 'p.json'
    shutil.copy(SOURCE_DIR / 'tests' / 'policies' / 'review-follow-up.json', policy)
    before = policy.read_bytes()
    status, _, err = run('measures', '--as-of', AS_OF, '--policy', policy, caseload, '-o', policy)
    assert status == 2 and 'input of this run' in err
    assert policy.read_bytes() == before


# Fault 4: special files ------------------------------------------------------

@pytest.mark.parametrize('target', ['/dev/null', '/dev/full', '/dev/stdout'])
def test_outputs_never_replace_a_device(tmp_path, target):
    caseload = records(tmp_path / 'c.json', child('H-001'))
    status, _, err = run('measures', '--as-of', AS_OF, caseload, '-o', target)
    assert status == 2, err
    assert 'will not write' in err
    assert stat.S_ISCHR(os.stat('/dev/null').st_mode)


def test_outputs_never_replace_a_symlink_fifo_or_directory(tmp_path):
    caseload = records(tmp_path / 'c.json', child('H-001'))
    target = tmp_path / 'target.txt'
    target.write_text('keep me')
    link = tmp_path / 'link.txt'
    link.symlink_to(target)
    fifo = tmp_path / 'fifo'
    os.mkfifo(fifo)
    for output, what in ((link, 'a symbolic link'), (fifo, 'a FIFO'), (tmp_path, 'a directory')):
        status, _, err = run('measures', '--as-of', AS_OF, caseload, '-o', output)
        assert status == 2 and what in err, err
    assert target.read_text() == 'keep me' and link.is_symlink()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_measures_items_is_an_output_like_any_other(tmp_path):
    # --items wrote a temporary file and moved it over its path: a link to
    # another file (or /dev/stdout) became a regular file, and a device or
    # an input could be written over.  It is now -o's output.
    caseload = records(tmp_path / 'c.json', child('H-001'))
    target = tmp_path / 'target.txt'
    target.write_text('keep me')
    link = tmp_path / 'link.csv'
    link.symlink_to(target)
    for items, what in ((link, 'a symbolic link'), ('/dev/null', 'a character device'),
                        (caseload, 'an input of this run')):
        status, _, err = run('measures', '--as-of', AS_OF, '--items', items, caseload)
        assert status == 2 and what in err, err
    assert link.is_symlink() and target.read_text() == 'keep me'
    assert stat.S_ISCHR(os.stat('/dev/null').st_mode)
    status, _, err = run('measures', '--as-of', AS_OF, '--items', '-', caseload)
    assert status == 2 and "other than the report's" in err
    status, _, err = run('measures', '--as-of', AS_OF, '--items', tmp_path / 'items.csv',
                         '-o', tmp_path / 'report.txt', caseload)
    assert status == 0, err
    assert (tmp_path / 'items.csv').read_text().startswith('measure,period_end,child,')
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        'c.json', 'items.csv', 'link.csv', 'report.txt', 'target.txt']


def test_validate_never_writes_through_a_link_into_its_return(tmp_path):
    # validate -o followed a symbolic link: one pointing at a table of the
    # return it read was written over with the report.
    ret = tmp_path / 'r'
    shutil.copytree(SAMPLE_903, ret)
    before = (ret / 'header.csv').read_bytes()
    link = tmp_path / 'report.csv'
    link.symlink_to(ret / 'header.csv')
    status, _, err = run('validate', '--ssda903', ret, '--format', 'csv', '-o', link)
    assert status == 2 and 'a symbolic link' in err, err
    assert (ret / 'header.csv').read_bytes() == before and link.is_symlink()
    for target, what in (('/dev/null', 'a character device'), (ret / 'header.csv', 'an input'),
                         (ret / 'new.csv', 'inside an input folder')):
        status, _, err = run('validate', '--ssda903', ret, '-o', target)
        assert status == 2 and what in err, err
    assert (ret / 'header.csv').read_bytes() == before
    status, _, err = run('validate', '--ssda903', ret, '--format', 'json', '-o', tmp_path / 'v.json')
    assert status == 0, err
    assert json.loads((tmp_path / 'v.json').read_text())
    assert sorted(p.name for p in tmp_path.iterdir()) == ['r', 'report.csv', 'v.json']


def test_import_to_standard_output_and_to_a_new_file(tmp_path):
    status, out, err = run('import', '--ssda903', SAMPLE_903, '-o', '-')
    assert status == 0, err
    assert json.loads(out)['format'] == 'careplan-record/1'
    status, _, err = run('import', '--ssda903', SAMPLE_903, '-o', tmp_path / 'new.json')
    assert status == 0, err
    assert json.loads((tmp_path / 'new.json').read_text())['children']
    # No temporary file is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ['new.json']


# Fault 5: half a report ------------------------------------------------------

def small_file_limit():
    # A write past 2 KiB fails with EFBIG (SIGXFSZ ignored): a full disk
    # without mounting one.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))


def test_a_failed_write_leaves_the_previous_report(tmp_path):
    caseload = records(tmp_path / 'c.json', *[child('H-%03d' % i) for i in range(40)])
    report = tmp_path / 'report.json'
    report.write_text('the previous report')
    status, _, err = run('measures', '--as-of', AS_OF, '--format', 'json', caseload, '-o', report,
                         preexec_fn=small_file_limit)
    assert status == 2, err
    assert report.read_text() == 'the previous report'
    assert sorted(p.name for p in tmp_path.iterdir()) == ['c.json', 'report.json']


# Fault 7: a child in two inputs ----------------------------------------------

def test_a_child_in_two_inputs_is_counted_once(tmp_path):
    a = records(tmp_path / 'a.json', child('H-001'), child('H-002'))
    b = records(tmp_path / 'b.json', child('H-002'), child('H-003'))
    status, out, err = run('measures', '--as-of', AS_OF, '--format', 'json', a, b)
    assert status == 0, err
    assert 'child H-002: given again (first in %s)' % a in err
    once = json.loads(run('measures', '--as-of', AS_OF, '--format', 'json',
                          records(tmp_path / 'all.json', *[child('H-%03d' % i) for i in (1, 2, 3)]))[1])
    assert json.loads(out)['measures'] == once['measures']

    status, out, err = run('check', '--as-of', AS_OF, '--format', 'json', a, b)
    assert status == 0
    ids = [f['child'] for f in json.loads(out)['findings']]
    assert sorted(set(ids)) == ['H-001', 'H-002', 'H-003']
    assert len(ids) == 3 * len([f for f in json.loads(out)['findings'] if f['child'] == 'H-001'])


def test_strict_refuses_a_child_in_two_inputs(tmp_path):
    a = records(tmp_path / 'a.json', child('H-001'))
    b = records(tmp_path / 'b.json', child('H-001'))
    for command in ('check', 'due', 'measures'):
        status, _, err = run(command, '--as-of', AS_OF, '--strict', a, b)
        assert status == 2, (command, err)
        assert '--strict refuses a child given twice' in err


# Fault 9: formula injection --------------------------------------------------

@pytest.mark.parametrize('evil', ['=HYPERLINK("http://x","y")', '@SUM(1)', '+1+1', '-1+1', '\tx', '\rx'])
def test_csv_cells_that_would_be_formulas_are_neutralised(tmp_path, evil):
    caseload = records(tmp_path / 'c.json', child(evil))
    status, out, err = run('check', '--as-of', AS_OF, '--format', 'csv', caseload)
    assert status == 0, err
    rows = list(csv.reader(io.StringIO(out, newline='')))
    cells = [row[0] for row in rows[1:]]
    assert cells and all(cell == "'" + evil for cell in cells), cells
    status, out, _ = run('due', '--as-of', AS_OF, '--format', 'csv', caseload)
    assert status == 0
    assert not any(cell.startswith(evil[0]) for row in csv.reader(io.StringIO(out, newline=''))
                   for cell in row if cell.startswith(evil))


def test_csv_numbers_are_left_alone(tmp_path):
    caseload = records(tmp_path / 'c.json', child('-42'))
    out = run('check', '--as-of', AS_OF, '--format', 'csv', caseload)[1]
    assert list(csv.reader(io.StringIO(out, newline='')))[1][0] == '-42'


# Fault 10: terminal injection ------------------------------------------------

def test_ids_and_file_names_reach_the_terminal_escaped(tmp_path):
    evil_id = 'H\x1b[31m\ncareplan: fake.json:1:1: warning: forged'
    # An unknown code: a validation warning names the child, which is
    # still evaluated (its findings name it on standard output).
    bad = dict(child(evil_id), episodes=[dict(CHILD['episodes'][0], legal_status='ZZ')])
    folder = tmp_path / 'x\x1b]0;title\x07'
    folder.mkdir()
    caseload = records(folder / 'c\nd.json', bad)
    status, out, err = run('check', '--as-of', AS_OF, caseload)
    assert '\x1b' not in err and '\x07' not in err
    assert '\\x1b' in err and '\\n' in err
    assert not any(line.startswith('careplan: fake.json') for line in err.splitlines())
    assert '\x1b' not in out and '\\x1b' in out


def test_due_and_rules_print_record_and_policy_text_escaped(tmp_path):
    # `due` printed child ids raw, and `rules` a policy's titles and
    # citations: each could recolour the terminal or forge a line.
    evil_id = 'H\x1b[31m\ncareplan: forged'
    caseload = records(tmp_path / 'c.json', child(evil_id))
    status, out, _ = run('due', '--as-of', '2025-01-07', caseload)
    assert status == 0
    assert '\x1b' not in out and '\\x1b[31m\\ncareplan: forged' in out
    assert not any(line.startswith('careplan: forged') for line in out.splitlines())

    policy = tmp_path / ('p\x1b]0;t\x07.json')
    policy.write_text(json.dumps({
        'format': 'careplan-policy/1',
        'rules': [{'id': 'local.x\x1b[2J', 'title': 'T\x1b[31m\n  family: forged',
                   'what': 'plan\x07', 'citation': {'instrument': 'I\x9b1m', 'provision': 'P\r'},
                   'anchor': 'became-looked-after', 'within': {'count': 1, 'unit': 'weeks'},
                   'satisfied_by': [{'event': 'care-plan'}]}]}), encoding='utf-8')
    for fmt in ('text', 'markdown'):
        status, out, _ = run('rules', '--format', fmt, '--policy', policy)
        assert status == 0, fmt
        for raw in ('\x1b', '\x07', '\x9b', '\r'):
            assert raw not in out, (fmt, raw)
        assert '\\x1b[31m' in out and '\\x07' in out and '\\x9b' in out
    status, out, _ = run('rules', '--policy', policy)
    assert not any(line == '  family: forged' for line in out.splitlines())


def run_on_a_terminal(*args):
    """Runs the tool with its standard output on a pseudo-terminal."""
    import pty
    master, slave = pty.openpty()
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.OPOST          # no newline translation: the bytes as written
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    proc = subprocess.Popen([TOOL, *map(str, args)], stdout=slave, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL)
    os.close(slave)
    out = b''
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:                 # EIO: the tool closed its end
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait(timeout=60) == 0
    return out


@pytest.mark.parametrize('args', [
    ['check', '--format', 'csv'],
    ['measures', '--format', 'csv'],
    ['due', '--format', 'csv'],
])
def test_csv_on_a_terminal_shows_control_characters(tmp_path, args):
    # CSV keeps a record's bytes for the programs that read it; on a
    # terminal the same output shows them instead of obeying them.
    caseload = records(tmp_path / 'c.json', child('H\x1b]0;t\x07\u009b-\u00e9'))
    on_terminal = run_on_a_terminal(*args, '--as-of', AS_OF, caseload)
    assert b'\x1b' not in on_terminal and b'\x07' not in on_terminal
    assert b'\xc2\x9b' not in on_terminal
    assert b'H\\x1b]0;t\\x07\\x9b-\xc3\xa9' in on_terminal
    status, piped, _ = run(*args, '--as-of', AS_OF, caseload)
    assert status == 0 and 'H\x1b]0;t\x07\u009b-\u00e9' in piped


def test_long_values_are_cut_in_messages(tmp_path):
    caseload = tmp_path / 'c.json'
    caseload.write_text(json.dumps(dict(child('H-001'), sex='F' * 100000)), encoding='utf-8')
    policy = tmp_path / 'p.json'
    policy.write_text(json.dumps({'format': 'careplan-policy/1', 'name': 'x',
                                  'disable': ['no-such-rule-' + 'x' * 100000]}), encoding='utf-8')
    status, _, err = run('check', '--as-of', AS_OF, '--policy', policy, caseload)
    assert status == 2
    assert max(len(line) for line in err.splitlines()) < 2200


# Fault 11: nothing read ------------------------------------------------------

@pytest.mark.parametrize('names', [[], ['caseload.xlsx'], ['notes.txt', 'CASELOAD.JSON']])
def test_a_folder_with_nothing_to_read_fails_a_pipeline(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text('x')
    status, _, err = run('check', '--as-of', AS_OF, '--fail-on', 'overdue', tmp_path)
    assert status == 2
    assert 'nothing careplan can read' in err
    for name in names:
        assert name in err


# Fault 12: inputs that never end ---------------------------------------------

@pytest.mark.parametrize('option', [None, '--policy', '--calendar'])
def test_dev_zero_is_refused_at_once(option):
    args = ['check', '--as-of', AS_OF]
    args += [option, '/dev/zero', SOURCE_DIR / 'tests' / 'cli-data' / 'on-time.json'] if option else ['/dev/zero']
    status, _, err = run(*args, timeout=20)
    assert status == 2
    assert 'character device' in err


def test_dev_zero_on_standard_input_is_refused_at_once():
    with open('/dev/zero', 'rb') as zero:
        status, _, err = run('check', '--as-of', AS_OF, '-', stdin=zero, timeout=20)
    assert status == 2
    assert '<stdin>:1:1' in err and 'NUL byte' in err


# Fault 13: --fail-on '' ------------------------------------------------------

@pytest.mark.parametrize('value', ['', ',', ' '])
def test_fail_on_nothing_is_refused(tmp_path, value):
    caseload = records(tmp_path / 'c.json', child('H-001'))
    status, _, err = run('check', '--as-of', AS_OF, '--fail-on', value, caseload)
    assert status == 2
    assert '--fail-on: no status given' in err


# Keep going: a bad child does not hide the others ----------------------------

def test_keep_going_reads_the_children_after_a_bad_one(tmp_path):
    bad = dict(child('H-002'), date_of_birth='2014-02-31')
    caseload = records(tmp_path / 'c.json', child('H-001'), bad, child('H-003'))
    status, out, err = run('check', '--as-of', AS_OF, '--format', 'json', '--keep-going', caseload)
    assert status == 2
    assert 'children[1].date_of_birth' in err
    assert {f['child'] for f in json.loads(out)['findings']} == {'H-001', 'H-003'}
    # Without --keep-going the file is refused whole, as before.
    status, out, err = run('check', '--as-of', AS_OF, '--format', 'json', caseload)
    assert status == 2
    assert json.loads(out)['findings'] == []


# Fault 13: the SSDA903 reader (its catalogue cases are in tests/bad-input) --

BAD_903 = SOURCE_DIR / 'tests' / 'bad-input' / 'ssda903'
# After every date of birth in the sample return.
AS_OF_903 = '2026-07-31'


def test_measures_warnings_name_the_table_and_column():
    # As check warns: FILE:LINE:COLUMN: warning: child ID: TABLE.COLUMN: …
    status, _, err = run('measures', '--year', '2025', '--format', 'json',
                         '--ssda903', BAD_903 / 'unknown-code')
    assert status == 0, err
    assert ('%s:2:4: warning: child 101: Episodes.LS: ' % (BAD_903 / 'unknown-code' / 'episodes.csv')) in err
    status, _, check_err = run('check', '--as-of', AS_OF, '--ssda903', BAD_903 / 'unknown-code')
    assert [l for l in err.splitlines() if 'Episodes.LS' in l] == \
        [l for l in check_err.splitlines() if 'Episodes.LS' in l]


def test_import_warnings_are_those_of_check():
    # The same lines, in the same format, as check's for the same return.
    status, _, err = run('import', '--ssda903', BAD_903 / 'unknown-code', '-o', '-')
    assert status == 0, err
    assert ('%s:2:4: warning: child 101: Episodes.LS: ' % (BAD_903 / 'unknown-code' / 'episodes.csv')) in err
    status, _, check_err = run('check', '--as-of', AS_OF, '--ssda903', BAD_903 / 'unknown-code')
    warnings = [l for l in err.splitlines() if ': warning: ' in l]
    assert warnings and warnings == [l for l in check_err.splitlines() if ': warning: ' in l]
    # --strict lists them the same way before refusing.
    status, _, strict_err = run('import', '--strict', '--ssda903', BAD_903 / 'unknown-code', '-o', '-')
    assert status == 2
    assert [l for l in strict_err.splitlines() if ': warning: ' in l] == warnings


def split_return(folder, rows_per_file=40):
    """The sample return, each table split into files of @rows_per_file
    rows: 57 files."""
    folder.mkdir()
    for table in sorted(SAMPLE_903.glob('*.csv')):
        header, *rows = table.read_text(encoding='utf-8').splitlines()
        for start in range(0, len(rows), rows_per_file):
            part = folder / ('%s-%03d.csv' % (table.stem, start))
            part.write_text('\n'.join([header] + rows[start:start + rows_per_file]) + '\n', encoding='utf-8')
    return folder


def few_descriptors():
    # Those open now (stdin, stdout, stderr and the pipes) and 16 more.
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (len(os.listdir('/proc/self/fd')) + 16, hard))


def test_a_return_split_over_more_files_than_descriptors_reads_as_one(tmp_path):
    split = split_return(tmp_path / 'split')
    assert len(list(split.iterdir())) > 40
    _, whole, _ = run('check', '--as-of', AS_OF_903, '--format', 'json', '--ssda903', SAMPLE_903)
    status, parts, err = run('check', '--as-of', AS_OF_903, '--format', 'json', '--ssda903', split,
                             preexec_fn=few_descriptors)
    assert status == 0, err[-300:]
    key = lambda f: json.dumps(f, sort_keys=True)  # noqa: E731
    assert sorted(map(key, json.loads(parts)['findings'])) == sorted(map(key, json.loads(whole)['findings']))
    # The whole-return reader (import, measures) too.
    status, _, err = run('import', '--ssda903', split, '-o', tmp_path / 'r.json', preexec_fn=few_descriptors)
    assert status == 0, err[-300:]
    assert len(json.loads((tmp_path / 'r.json').read_text())['children']) > 250
    status, _, err = run('measures', '--year', '2026', '--format', 'json', '--ssda903', split,
                         preexec_fn=few_descriptors)
    assert status == 0, err[-300:]


def test_a_return_split_over_more_files_than_a_byte_numbers_reads_as_one(tmp_path):
    # The streaming reader's row index numbers files in 16 bits (it once
    # took a byte, and refused more than 255 files); still 8 open at once.
    split = split_return(tmp_path / 'split', rows_per_file=6)
    assert len(list(split.iterdir())) > 300
    _, whole, _ = run('check', '--as-of', AS_OF_903, '--format', 'json', '--ssda903', SAMPLE_903)
    status, parts, err = run('check', '--as-of', AS_OF_903, '--format', 'json', '--ssda903', split,
                             preexec_fn=few_descriptors)
    assert status == 0, err[-300:]
    key = lambda f: json.dumps(f, sort_keys=True)  # noqa: E731
    findings = sorted(map(key, json.loads(parts)['findings']))
    assert findings and findings == sorted(map(key, json.loads(whole)['findings']))


@pytest.mark.parametrize('command', ['check', 'import', 'measures', 'validate'])
def test_max_file_size_refuses_a_bigger_file(tmp_path, command):
    args = {'check': ['check', '--as-of', AS_OF_903],
            'import': ['import', '-o', tmp_path / 'r.json'],
            'measures': ['measures', '--year', '2026'],
            'validate': ['validate', '--format', 'json', '-o', tmp_path / 'r.json']}[command]
    status, _, err = run(*args, '--max-file-size', '4K', '--ssda903', SAMPLE_903)
    assert status == 2
    assert 'too big to read' in err and 'at most 4.0\xa0KiB from one file of a return' in err
    assert not (tmp_path / 'r.json').exists()
    status, _, _ = run(*args, '--max-file-size', '1M', '--ssda903', SAMPLE_903)
    assert status == 0


def test_validator_max_file_size_property(tmp_path):
    Careplan, GLib = library()
    validator = Careplan.Ssda903Validator(collection_year=2026)
    assert validator.props.max_file_size == 0
    validator.set_max_file_size(4096)
    assert validator.get_max_file_size() == 4096
    with pytest.raises(GLib.Error) as refused:
        validator.validate(str(SAMPLE_903))
    assert 'too big to read' in refused.value.message and 'at most 4.0\xa0KiB' in refused.value.message
    # Last year's return is read with the same limit.
    small = tmp_path / 'small'
    small.mkdir()
    shutil.copy(SAMPLE_903 / 'ad1.csv', small)
    validator.props.previous_dir = str(SAMPLE_903)
    with pytest.raises(GLib.Error) as refused:
        validator.validate(str(small))
    assert str(SAMPLE_903) in refused.value.message and 'too big to read' in refused.value.message
    validator.props.max_file_size = 1 << 20
    assert len(validator.validate(str(SAMPLE_903))) > 0


@pytest.mark.parametrize('size', ['', '0', '-5', '1.5G', '10X', '99999999999999999999G'])
def test_max_file_size_must_be_a_size(size):
    status, _, err = run('check', '--as-of', AS_OF, '--max-file-size', size, '--ssda903', SAMPLE_903)
    assert status == 2
    assert '--max-file-size:' in err and 'is not a size' in err


# Fault 13: the library's own messages quote long values cut and escaped ----

def library():
    import gi
    gi.require_version('Careplan', '1.0')
    from gi.repository import Careplan, GLib
    return Careplan, GLib


HUGE_VALUE = '\x1b[31m\nX' + 'x' * 500000


def assert_cut(message, value=HUGE_VALUE):
    assert len(message.encode('utf-8')) < 1000, message[:200]
    assert '\x1b' not in message and '\n' not in message
    shown = value[:12].replace('\x1b', '\\x1b').replace('\n', '\\n')
    assert shown in message and '(%d bytes)' % len(value.encode('utf-8')) in message, message[:200]


def test_library_messages_cut_long_values(tmp_path):
    Careplan, GLib = library()
    # The CSV readers of postcodes and comparisons take lines of 4 KiB at most.
    one_line = HUGE_VALUE.replace('\n', ' ')[:3000]
    postcodes = tmp_path / 'postcodes.csv'
    postcodes.write_text('postcode,local_authority,latitude,longitude\n%s,E1,1,1\n' % one_line, encoding='utf-8')
    comparison = tmp_path / 'compare.csv'
    comparison.write_text('measure_id,value,label,source\n%s,1,a,b\n' % one_line, encoding='utf-8')
    policy = json.dumps({'format': 'careplan-policy/1', 'name': 'x', 'disable': [HUGE_VALUE]})
    plan = json.dumps({'format': 'careplan-plan/1', 'kind': HUGE_VALUE, 'child': 'A', 'date': '2025-01-01',
                       'elements': {}})
    cases = [
        (lambda: Careplan.Postcodes.new().load_file(str(postcodes)), one_line),
        (lambda: Careplan.MeasuresComparison.load_file(str(comparison)), one_line),
        (lambda: Careplan.policy_load_data(Careplan.Rulebook.new_default(), policy), HUGE_VALUE),
        (lambda: Careplan.Plan.load_data(plan, 'plan.json'), HUGE_VALUE),
    ]
    for case, value in cases:
        with pytest.raises(GLib.Error) as excinfo:
            case()
        assert_cut(excinfo.value.message, value)
