# test_bad_input.py: the bad-input catalogue (tests/bad-input/manifest.json)
#
# Every case goes through the library (PyGObject, in this process) and the
# careplan tool (a subprocess).  A refused file must give a GError in the
# careplan domain whose message names the file, line[:column] and field,
# and `careplan check` must exit 2 with that message on standard error; a
# file with validation problems still loads, its child is still evaluated
# and the tool warns and exits 0; an accepted file evaluates as its clean
# twin does.  Nothing may crash or die of a signal, and nothing may be
# dropped silently.
#
# Cases whose manifest entry names a `bug` are strict xfails: they state
# the behaviour we want, fail today, and turn the suite red once fixed so
# that the `bug` line is deleted.  A `crash` or `leaks` case with a bug is
# never loaded in this process: a crash would take pytest down with it, and
# a leak would fail the valgrind run of the whole suite.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import contextlib
import json
import os
import resource
import subprocess
from pathlib import Path

import pytest

import gi

gi.require_version('Careplan', '1.0')
from gi.repository import Careplan, GLib  # noqa: E402

SOURCE_DIR = Path(os.environ.get('CAREPLAN_SOURCE_DIR', Path(__file__).resolve().parents[2]))
CATALOGUE = SOURCE_DIR / 'tests' / 'bad-input'
MANIFEST = json.loads((CATALOGUE / 'manifest.json').read_text(encoding='utf-8'))
TOOL = os.environ.get('CAREPLAN_TOOL')
ON_TIME = SOURCE_DIR / 'tests' / 'cli-data' / 'on-time.json'
AS_OF = '2025-06-30'
DOMAIN = 'careplan-error-quark'
HUGE = 10 * 1000 * 1000

# The child every record case is made from (as tests/bad-input/record/*.json).
BASE_CHILD = {
    'id': 'BI-001',
    'date_of_birth': '2014-03-09',
    'sex': 'F',
    'episodes': [
        {'start': '2025-01-06', 'end': '2025-03-03', 'reason_new_episode': 'S', 'legal_status': 'C2',
         'category_of_need': 'N1', 'placement_type': 'U4', 'placement_provider': 'PR1',
         'reason_ended': 'X1'},
        {'start': '2025-03-03', 'reason_new_episode': 'P', 'legal_status': 'C2',
         'category_of_need': 'N1', 'placement_type': 'K2', 'placement_provider': 'PR2'},
    ],
    'reviews': [{'date': '2025-02-03'}, {'date': '2025-04-30'}],
    'visits': [{'date': '2025-01-10', 'seen_alone': True}, {'date': '2025-03-07', 'seen_alone': False}],
}


# Generated cases ---------------------------------------------------------

def _child_text(**members):
    """The base child as JSON text, one member a line, with @members
    (already JSON text) put in as they are, in place or at the end."""
    child = dict(BASE_CHILD)
    lines = []
    for key in list(child) + [k for k in members if k not in child]:
        value = members[key] if key in members else json.dumps(child[key])
        lines.append('  %s: %s' % (json.dumps(key), value))
    return '{\n' + ',\n'.join(lines) + '\n}\n'


def _nested(depth):
    return '[' * depth + ']' * depth


def _feed_with(events_text):
    return ('{"england-and-wales": {"division": "england-and-wales", "events": %s}}\n' % events_text)


GENERATORS = {
    # date_of_birth is the third line, its value at column 20.
    'huge-string-date': lambda: _child_text(date_of_birth='"%s"' % ('x' * HUGE)),
    'huge-string-code': lambda: _child_text(episodes=json.dumps(
        [dict(BASE_CHILD['episodes'][0], legal_status='L' * HUGE)] + BASE_CHILD['episodes'][1:])),
    'huge-string-member': lambda: _child_text(notes='"%s"' % ('n' * HUGE)),
    'deep-nesting-10000': lambda: _child_text(extra=_nested(10000)),
    'deep-nesting-100000': lambda: _child_text(extra=_nested(100000)).replace('\n', ' '),
    'deep-nesting-calendar-100000': lambda: _feed_with(_nested(100000)),
    'deep-nesting-policy-100000': lambda: ('{"format": "careplan-policy/1", "name": "deep", "extra": %s}\n'
                                           % _nested(100000)),
    # Issue #9, fault 1: a single-quoted string or a comment holding '"'
    # hid the brackets after it from the old pre-scan: a stack overflow.
    'single-quote-deep-100000': lambda: '{"x": \'"\', "children": %s}\n' % _nested(100000),
    'single-quote-deep-policy-100000': lambda: ('{"format": "careplan-policy/1", "x": \'"\', "extra": %s}\n'
                                                % _nested(100000)),
    'comment-deep-calendar-100000': lambda: '{"england-and-wales": /* " */ %s}\n' % _nested(100000),
}

# SSDA903 generators give the files of a return folder: name -> bytes.
HEADER_903 = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'
EPISODES_903 = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN'


def _split_over_many_files(n_children=35):
    """One file per table per child: 70 files, a return split as a
    council's export script might split it."""
    files = {}
    for n in range(n_children):
        files['header-%02d.csv' % n] = ('%s\nC%02d,M,09/03/2014,WBRI,UN1,,\n' % (HEADER_903, n)).encode()
        files['episodes-%02d.csv' % n] = ('%s\nC%02d,06/01/2025,S,C2,N1,U4,PR1,,,,,,\n'
                                          % (EPISODES_903, n)).encode()
    return files


SSDA903_GENERATORS = {
    # Issue #9, fault 13: a 10 MB column name (the last of Header's).
    'ssda903-huge-header': lambda: {
        'header.csv': ('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,%s\n101,M,09/03/2014,WBRI,UN1,,\n'
                       % ('X' * HUGE)).encode()},
    'ssda903-header-control-characters': lambda: {
        'header.csv': ('CHILD,"SEX\x1b[31m\nFORGED",DOB,ETHNIC,UPN,MOTHER,MC_DOB\n'
                       '101,M,09/03/2014,WBRI,UN1,,\n').encode()},
    'ssda903-split-over-many-files': _split_over_many_files,
}
GENERATORS.update(SSDA903_GENERATORS)


def case_id(case):
    return case.get('generate') or case['file'].replace('/', ':').removesuffix('.json')


def case_marks(case, in_process):
    if 'bug' not in case:
        return []
    if in_process and (case.get('crash') or case.get('leaks')):
        return [pytest.mark.xfail(run=False, strict=True, reason=case['bug'])]
    return [pytest.mark.xfail(strict=True, reason=case['bug'])]


def cases_for(in_process):
    return [pytest.param(case, id=case_id(case), marks=case_marks(case, in_process))
            for case in MANIFEST['cases']]


@pytest.fixture(scope='module')
def generated_dir(tmp_path_factory):
    return tmp_path_factory.mktemp('bad-input')


def case_path(case, generated_dir):
    if 'generate' not in case:
        return CATALOGUE / case['file']
    if case['generate'] in SSDA903_GENERATORS:
        path = generated_dir / case['generate']
        if not path.exists():
            path.mkdir()
            for name, data in SSDA903_GENERATORS[case['generate']]().items():
                (path / name).write_bytes(data)
        return path
    path = generated_dir / (case['generate'] + '.json')
    if not path.exists():
        path.write_text(GENERATORS[case['generate']](), encoding='utf-8')
    return path


def loader_available(loader):
    if loader == 'policy':
        return hasattr(Careplan, 'policy_load_file')
    if loader == 'ssda903':
        return hasattr(Careplan, 'ssda903_load_dir')
    return True


def _spare_descriptors(spare):
    """Lowers this process's soft RLIMIT_NOFILE to the descriptors open
    now plus @spare."""
    in_use = len(os.listdir('/proc/self/fd'))
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (in_use + spare, hard))


@contextlib.contextmanager
def descriptor_limit(case):
    """The case's `descriptor_limit`, in this process, for the while."""
    if case.get('descriptor_limit') is None:
        yield
        return
    saved = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        _spare_descriptors(case['descriptor_limit'])
    except (ValueError, OSError):
        # A process tracer (valgrind) may keep the limit to itself: the
        # tool's run of the case still has it.
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, saved)


# The library -------------------------------------------------------------

def load(case, path):
    """Runs the case's loader; returns what it loaded (children for a
    record, the calendar, or the rulebook)."""
    loader = case['loader']
    if loader == 'record':
        return Careplan.record_load_file(str(path))
    if loader == 'calendar':
        return Careplan.Calendar.new_from_file(str(path), None)
    if loader == 'policy':
        rulebook = Careplan.Rulebook.new_default()
        Careplan.policy_load_file(rulebook, str(path))
        return rulebook
    if loader == 'ssda903':
        with descriptor_limit(case):
            if case.get('max_file_size') is not None:
                return Careplan.ssda903_load_dir_full(str(path), 0, case['max_file_size'])
            children, problems = Careplan.ssda903_load_dir(str(path), 0)
            return children, problems
    raise AssertionError('unknown loader %s' % loader)


def source_file(case, path):
    """The file a case's message must name: an SSDA903 case is a folder,
    its message names one table's file in it."""
    return path / case['table_file'] if 'table_file' in case else path


def location(case, path):
    """The `FILE:LINE[:COLUMN]` a message must give, or just FILE."""
    where = str(source_file(case, path))
    if case.get('line') is not None:
        where += ':%d' % case['line']
        if case.get('column') is not None:
            where += ':%d' % case['column']
    return where


def check_message(case, path, message):
    assert message.startswith(str(source_file(case, path))), message[:300]
    if case.get('line') is not None:
        assert message.startswith(location(case, path) + ':'), message[:300]
    if case.get('field'):
        assert case['field'] in message, message[:300]
    if case.get('message'):
        assert case['message'] in message, message[:300]
    if case.get('max_message'):
        assert len(message) <= case['max_message']
    # Values are quoted escaped: nothing a terminal would obey.
    assert '\x1b' not in message, message[:300]


def normalised(path):
    """The text of @path without a byte-order mark and with LF line ends."""
    data = path.read_bytes()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    return data.replace(b'\r\n', b'\n').decode('utf-8')


def findings_of(children):
    engine = Careplan.Engine.new(Careplan.Rulebook.new_default(), Careplan.Calendar.new_default())
    return [f.to_dict() for child in children for f in engine.evaluate(child, AS_OF)]


@pytest.mark.parametrize('case', cases_for(in_process=True))
def test_library(case, generated_dir):
    if not loader_available(case['loader']):
        pytest.skip('the %s loader is not in this build' % case['loader'])
    path = case_path(case, generated_dir)

    if case['outcome'] == 'error':
        with pytest.raises(GLib.Error) as excinfo:
            load(case, path)
        error = excinfo.value
        assert error.domain == DOMAIN
        assert error.code == int(getattr(Careplan.Error, case['code'])), error.message[:300]
        check_message(case, path, error.message)
        return

    loaded = load(case, path)
    if case['loader'] in ('calendar', 'policy'):
        assert loaded is not None
        return

    # The SSDA903 reader reports what it finds while reading; both
    # readers' children report the rest through validate().
    children, load_problems = (list(loaded[0]), list(loaded[1])) if case['loader'] == 'ssda903' else (list(loaded), [])
    assert children, 'nothing loaded'
    if case['outcome'] == 'problem' and case['child'] is None:
        # A problem of a file, not of a child: every child is evaluated.
        problems = [p for p in load_problems if p.get_child_id() is None
                    and p.get_kind() == getattr(Careplan.ProblemKind, case['problem'])
                    and p.get_file() == str(source_file(case, path))]
        assert problems, [p.to_string()[:200] for p in load_problems]
        problem = problems[0]
        assert (problem.get_line(), problem.get_column()) == (case['line'], case['column'])
        assert case['field'] == problem.get_path()
        assert case['message'] in problem.get_message()
        assert findings_of(children), 'the children of a return with a file problem gave no findings'
        return
    if case['outcome'] == 'problem':
        child = next(c for c in children if c.get_id() == case['child'])
        reported = [p for p in load_problems if p.get_child_id() == case['child']] + list(child.validate())
        problems = [p for p in reported if p.get_kind() == getattr(Careplan.ProblemKind, case['problem'])]
        assert problems, [p.to_string()[:200] for p in reported]
        problem = problems[0]
        assert problem.get_file() == str(source_file(case, path))
        if case.get('line') is not None:
            assert problem.get_line() == case['line']
        if case.get('column') is not None:
            assert problem.get_column() == case['column']
        where = '.'.join(part for part in (problem.get_path(), problem.get_field()) if part)
        assert case['field'] in where, where
        if case.get('message'):
            assert case['message'] in problem.get_message()
        if case.get('max_message'):
            assert len(problem.to_string()) <= case['max_message']
        # A child with problems is still evaluated: nothing is dropped.
        assert findings_of([child]), 'a child with validation problems gave no findings'
        return

    if case['loader'] == 'ssda903':
        assert findings_of(children), 'an accepted return gave no findings'
        return

    # Accepted: it survives a round trip, and evaluates as its clean twin.
    saved = Careplan.record_save_data(Careplan.load_records(str(path)))
    if isinstance(saved, tuple):
        saved = saved[0]
    again = Careplan.record_load_data(saved, -1, 'round-trip')
    assert [c.get_id() for c in again] == [c.get_id() for c in children]
    if 'generate' not in case:
        twin = Careplan.record_load_data(normalised(path), -1, 'twin')
        assert findings_of(children) == findings_of(list(twin))


# The careplan tool -------------------------------------------------------

def run_tool(*args, spare_descriptors=None):
    preexec = (lambda: _spare_descriptors(spare_descriptors)) if spare_descriptors is not None else None
    result = subprocess.run([TOOL, *map(str, args)], stdin=subprocess.DEVNULL,
                            capture_output=True, timeout=600, preexec_fn=preexec)
    assert result.returncode >= 0, 'careplan died of signal %d' % -result.returncode
    # Messages are text: a byte that is not UTF-8 is a fault of its own.
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def tool_args(case, path):
    check = ['check', '--as-of', AS_OF, '--format', 'json']
    if case['loader'] == 'record':
        return check + [path]
    if case['loader'] == 'calendar':
        return check + ['--calendar', path, ON_TIME]
    if case['loader'] == 'policy':
        return check + ['--policy', path, ON_TIME]
    if case.get('max_file_size') is not None:
        check += ['--max-file-size', case['max_file_size']]
    return check + ['--ssda903', path]


def tool_supports(loader):
    if loader in ('record', 'calendar'):
        return True
    option = {'policy': '--policy', 'ssda903': '--ssda903'}[loader]
    _, out, err = run_tool('help', 'check')
    return option in out + err


@pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK), reason='CAREPLAN_TOOL names no built tool')
@pytest.mark.parametrize('case', cases_for(in_process=False))
def test_tool(case, generated_dir):
    if not loader_available(case['loader']) or not tool_supports(case['loader']):
        pytest.skip('the %s loader is not in this build' % case['loader'])
    path = case_path(case, generated_dir)
    status, out, err = run_tool(*tool_args(case, path), spare_descriptors=case.get('descriptor_limit'))

    if case['outcome'] == 'error':
        assert status == 2, err[:300]
        line = next((l for l in err.splitlines() if str(path) in l), None)
        assert line is not None, err[:300]
        assert line.startswith('careplan: ')
        check_message(case, path, line[len('careplan: '):])
        if case.get('refused_children'):
            # Refused whole: none of its children is evaluated, and the
            # message said so (the reader has no keep-going mode).
            shown = {f['child'] for f in json.loads(out)['findings']} if out.strip() else set()
            assert not shown & set(case['refused_children'])
        return

    assert status == 0, err[:300]
    findings = json.loads(out)['findings']
    if case['outcome'] == 'problem':
        about = 'child %s: ' % case['child'] if case['child'] is not None else 'warning: '
        warning = next((l for l in err.splitlines()
                        if 'warning' in l and case['field'] in l and about in l), None)
        assert warning is not None, err[:300]
        assert warning.startswith('careplan: %s:' % location(case, path)), warning[:300]
        if case.get('max_message'):
            assert len(warning) <= case['max_message']
        if case['child'] is None:
            assert findings, 'the children of a return with a file problem gave no findings'
        else:
            assert any(f['child'] == case['child'] for f in findings), 'the child was not evaluated'
    else:
        assert err == ''
        if case['loader'] in ('record', 'ssda903'):
            assert findings, 'an accepted input gave no findings'


# Nothing dropped silently ------------------------------------------------

@pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK), reason='CAREPLAN_TOOL names no built tool')
def test_a_bad_file_in_a_directory_does_not_stop_the_good_ones(tmp_path):
    (tmp_path / 'a-good.json').write_text(json.dumps(BASE_CHILD), encoding='utf-8')
    (tmp_path / 'b-bad.json').write_bytes((CATALOGUE / 'record' / 'date-31-february.json').read_bytes())
    (tmp_path / 'c-good.json').write_text(json.dumps(dict(BASE_CHILD, id='BI-003')), encoding='utf-8')
    status, out, err = run_tool('check', '--as-of', AS_OF, '--format', 'json', tmp_path)
    assert status == 2
    assert 'b-bad.json:11:18: children[0].episodes[0].end' in err
    assert {f['child'] for f in json.loads(out)['findings']} == {'BI-001', 'BI-003'}


def test_a_file_with_one_bad_child_is_refused_whole_and_says_which():
    # The reader is all-or-nothing: the good child BI-001 is not returned
    # either, but the error names the bad one, so nothing goes unnoticed.
    with pytest.raises(GLib.Error) as excinfo:
        Careplan.record_load_file(str(CATALOGUE / 'record' / 'one-good-one-bad.json'))
    assert 'children[1].visits[0].date' in excinfo.value.message


def test_every_catalogue_file_is_in_the_manifest():
    listed = {case['file'] for case in MANIFEST['cases'] if case.get('file')}
    on_disk = set()
    for p in CATALOGUE.rglob('*'):
        if not p.is_file() or p.name in ('manifest.json', 'README.md'):
            continue
        relative = p.relative_to(CATALOGUE)
        # An SSDA903 case is a folder of CSV files.
        on_disk.add(str(relative.parent if relative.parts[0] == 'ssda903' else relative))
    assert on_disk == listed


def test_the_manifest_names_known_loaders_and_outcomes():
    for case in MANIFEST['cases']:
        assert case['loader'] in ('record', 'calendar', 'policy', 'ssda903'), case
        assert case['outcome'] in ('error', 'problem', 'ok'), case
        assert ('file' in case) != ('generate' in case), case
        if case['outcome'] == 'error':
            assert case['domain'] == DOMAIN and hasattr(Careplan.Error, case['code']), case
        if case['outcome'] == 'problem':
            assert hasattr(Careplan.ProblemKind, case['problem']), case
        if 'generate' in case:
            assert case['generate'] in GENERATORS, case


# `careplan measures` reads a return as `check` does, and warns alike -------

SSDA903_CASES = [pytest.param(case, id=case_id(case)) for case in MANIFEST['cases']
                 if case['loader'] == 'ssda903' and case['outcome'] in ('problem', 'error')
                 and 'bug' not in case]


@pytest.mark.skipif(not TOOL or not os.access(TOOL, os.X_OK), reason='CAREPLAN_TOOL names no built tool')
@pytest.mark.parametrize('case', SSDA903_CASES)
def test_measures_reports_a_return_as_check_does(case, generated_dir):
    """Issue #9, fault 13: measures' warnings named neither the table nor
    the column (nor the column number); now every command prints the
    reader's problems and errors the same way."""
    path = case_path(case, generated_dir)
    limit = ['--max-file-size', case['max_file_size']] if case.get('max_file_size') else []
    check_status, _, check_err = run_tool('check', '--as-of', AS_OF, '--format', 'json', *limit, '--ssda903', path)
    status, _, err = run_tool('measures', '--format', 'json', *limit, '--ssda903', path)
    assert status == check_status, err[:300]
    if case['outcome'] == 'error':
        line = next(l for l in check_err.splitlines() if str(path) in l)
        assert line in err.splitlines()
        return
    about = 'child %s: ' % case['child'] if case['child'] is not None else 'warning: '
    warning = next(l for l in check_err.splitlines() if 'warning' in l and case['field'] in l and about in l)
    assert warning in err.splitlines(), err[:300]
