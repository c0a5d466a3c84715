# test_serve.py: `careplan serve`, the library over HTTP/JSON
#
# Real clients over loopback (Python's urllib and http.client, and curl):
# every endpoint, every error, wrong and missing tokens, oversized,
# unsized and malformed bodies, the answers compared with the command
# line's, a bounded concurrent load that must lose no request, a clean
# stop on SIGTERM with a request in flight, a log that holds no content,
# and the OpenAPI description checked by a validator from Debian
# (libjson-validator-perl).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest

from conftest import SOURCE_DIR
from test_report import browser_environment

TOOL = os.environ.get('CAREPLAN_TOOL')
CASELOAD = SOURCE_DIR / 'examples' / 'data' / 'caseload.json'
DEVON = SOURCE_DIR / 'examples' / 'policies' / 'devon.json'
OPENAPI = SOURCE_DIR / 'tools' / 'serve' / 'openapi.json'
AS_OF = '2025-06-30'
TOKEN = 'test-token-0123456789abcdef'


def tool_has_serve():
    if not TOOL or not os.access(TOOL, os.X_OK):
        return False
    return 'serve' in subprocess.run([TOOL, '--help'], capture_output=True, text=True).stdout


pytestmark = pytest.mark.skipif(not tool_has_serve(),
                                reason='the careplan tool was built without serve (libsoup 3)')


class Service:
    def __init__(self, tmp_path, *args, token=TOKEN, env=None):
        self.args = list(args)
        if token is not None:
            token_file = tmp_path / 'token'
            token_file.write_text(token + '\n')
            token_file.chmod(0o600)
            self.args += ['--token-file', str(token_file)]
        self.log = tmp_path / 'serve.log'
        self.proc = subprocess.Popen([TOOL, 'serve', '--listen', '127.0.0.1:0', *self.args],
                                     stdout=subprocess.PIPE, stderr=open(self.log, 'w'), text=True,
                                     env=env)
        line = self.proc.stdout.readline()
        assert 'listening on http://127.0.0.1:' in line, line + self.log.read_text()
        self.url = line.split('listening on ')[1].split()[0].rstrip('/')
        self.port = int(self.url.rsplit(':', 1)[1])

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            return self.proc.wait(timeout=30)
        return self.proc.returncode


@pytest.fixture
def service(tmp_path):
    s = Service(tmp_path)
    yield s
    assert s.stop() == 0


def request(service, method, path, body=None, token=TOKEN, content_type='application/json', headers=None):
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(service.url + path, data=data, method=method)
    if token is not None:
        req.add_header('Authorization', 'Bearer ' + token)
    if data is not None and content_type:
        req.add_header('Content-Type', content_type)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def cli_json(*args):
    result = subprocess.run([TOOL, *map(str, args)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def records():
    return json.loads(CASELOAD.read_text())


def problem(status, headers, body, expected_status):
    assert status == expected_status, body
    assert headers['Content-Type'].startswith('application/problem+json')
    p = json.loads(body)
    assert p['status'] == expected_status and p['type'].startswith('https://') and p['title']
    return p


# Authentication -------------------------------------------------------------

def test_tokens(service):
    status, headers, body = request(service, 'GET', '/v1/health', token=None)
    problem(status, headers, body, 401)
    assert headers['WWW-Authenticate'].startswith('Bearer')
    problem(*request(service, 'GET', '/v1/health', token='wrong-token-0123456789'), 401)
    problem(*request(service, 'GET', '/v1/health', token=TOKEN + 'x'), 401)
    problem(*request(service, 'GET', '/v1/health', token=TOKEN[:-1]), 401)
    problem(*request(service, 'GET', '/v1/health', token=None, headers={'Authorization': 'Basic ' + TOKEN}), 401)
    status, _, body = request(service, 'GET', '/v1/health')
    assert status == 200 and json.loads(body)['status'] == 'ok'


@pytest.mark.parametrize('args, message', [
    ([], 'token is required'),
    (['--no-auth', '--listen', '0.0.0.0:0'], 'loopback'),
    (['--listen', 'nowhere'], 'ADDR:PORT'),
    (['--token-file', '/nonexistent/token'], 'token'),
])
def test_refused_start(args, message):
    result = subprocess.run([TOOL, 'serve', *args], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert message in result.stderr


def test_short_token_refused(tmp_path):
    path = tmp_path / 'token'
    path.write_text('short')
    result = subprocess.run([TOOL, 'serve', '--listen', '127.0.0.1:0', '--token-file', path],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and 'at least 16' in result.stderr


def test_no_auth_on_loopback(tmp_path):
    s = Service(tmp_path, '--no-auth', token=None)
    try:
        status, _, body = request(s, 'GET', '/v1/health', token=None)
        assert status == 200
    finally:
        assert s.stop() == 0


# The endpoints, against the command line ----------------------------------

def test_rules(service):
    status, _, body = request(service, 'GET', '/v1/rules')
    assert status == 200
    served = json.loads(body)
    assert served == cli_json('rules', '--format', 'json')
    for rule in served['rules'][:5]:
        status, _, body = request(service, 'GET', '/v1/rules/' + rule['id'])
        assert status == 200 and json.loads(body) == rule
    problem(*request(service, 'GET', '/v1/rules/no.such.rule'), 404)


def test_check_is_the_cli(service):
    status, headers, body = request(service, 'POST', '/v1/check', {'as_of': AS_OF, 'records': records()})
    assert status == 200 and headers['Content-Type'] == 'application/json'
    assert json.loads(body) == cli_json('check', CASELOAD, '--as-of', AS_OF, '--format', 'json')


def test_check_with_a_policy(service):
    body = {'as_of': AS_OF, 'records': records(), 'policy': json.loads(DEVON.read_text())}
    status, _, answer = request(service, 'POST', '/v1/check', body)
    assert status == 200
    assert json.loads(answer) == cli_json('check', CASELOAD, '--as-of', AS_OF, '--policy', DEVON,
                                          '--format', 'json')


def test_check_one_child(service):
    child = records()['children'][0]
    status, _, answer = request(service, 'POST', '/v1/check', {'as_of': AS_OF, 'records': child})
    assert status == 200
    findings = json.loads(answer)['findings']
    assert findings and {f['child'] for f in findings} == {child['id']}


def test_due_is_the_cli(service):
    status, _, answer = request(service, 'POST', '/v1/due', {'as_of': AS_OF, 'within': 30, 'records': records()})
    assert status == 200
    assert json.loads(answer) == cli_json('due', CASELOAD, '--as-of', AS_OF, '--within', 30, '--format', 'json')


def test_measures_is_the_cli(service):
    status, _, answer = request(service, 'POST', '/v1/measures', {'year': 2025, 'records': records()})
    assert status == 200
    assert json.loads(answer) == cli_json('measures', CASELOAD, '--year', 2025, '--format', 'json')


def test_openapi_is_served_and_valid(service, tmp_path):
    status, _, body = request(service, 'GET', '/v1/openapi.json')
    assert status == 200
    doc = json.loads(body)
    assert doc == json.loads(OPENAPI.read_text())
    assert set(doc['paths']) == {'/v1/health', '/v1/rules', '/v1/rules/{id}', '/v1/openapi.json',
                                 '/v1/check', '/v1/due', '/v1/measures', '/v1/validate', '/v1/check-plan'}
    if subprocess.run(['perl', '-MJSON::Validator', '-e', '1'], capture_output=True).returncode != 0:
        pytest.skip('libjson-validator-perl is not installed')
    served = tmp_path / 'openapi.json'
    served.write_bytes(body)
    check = subprocess.run(['perl', '-MJSON::Validator', '-e',
                            'my $s = JSON::Validator->new->schema($ARGV[0])->schema;'
                            'die "not OpenAPI v3\\n" unless ref($s) =~ /OpenAPIv3/;'
                            'my @e = @{$s->errors}; print "$_\\n" for @e; exit(@e ? 1 : 0)', served],
                           capture_output=True, text=True, timeout=60, env=browser_environment())
    assert check.returncode == 0, check.stdout + check.stderr


# POST /v1/validate ---------------------------------------------------------

SAMPLE_903 = SOURCE_DIR / 'tests' / 'ssda903' / 'sample-2026' / 'input'
PLANS = SOURCE_DIR / 'examples' / 'plans'


def return_files(folder=SAMPLE_903):
    return {p.name: p.read_text(encoding='utf-8') for p in sorted(folder.glob('*.csv'))}


def by_file_name(validation):
    """A validation document with each issue's file as its base name."""
    for issue in validation['issues']:
        issue['file'] = os.path.basename(issue['file'])
    return validation


@pytest.fixture
def private_tmp(tmp_path):
    """A service whose $TMPDIR is a folder of the test's own."""
    folder = tmp_path / 'tmp'
    folder.mkdir()
    s = Service(tmp_path, env=dict(os.environ, TMPDIR=str(folder)))
    yield s, folder
    assert s.stop() == 0


def test_validate_is_the_cli(private_tmp):
    service, tmp = private_tmp
    status, headers, answer = request(service, 'POST', '/v1/validate', {'files': return_files(), 'year': 2026})
    assert status == 200 and headers['Content-Type'] == 'application/json'
    served = json.loads(answer)
    assert all(issue['file'].startswith('files/') for issue in served['issues'])
    cli = cli_json('validate', '--ssda903', SAMPLE_903, '--year', 2026, '--format', 'json')
    assert served['issues'] and by_file_name(served) == by_file_name(cli)
    # The files were stored for the request only.
    assert list(tmp.iterdir()) == []


def test_validate_takes_a_file_in_pieces_and_the_previous_return(service):
    files = return_files()
    whole = json.loads(request(service, 'POST', '/v1/validate', {'files': files, 'year': 2026})[2])
    pieces = dict(files, **{'episodes.csv': files['episodes.csv'].splitlines(keepends=True)})
    status, _, answer = request(service, 'POST', '/v1/validate', {'files': pieces, 'year': 2026})
    assert status == 200 and json.loads(answer) == whole
    # previous: the checks that compare with last year's return are run.
    status, _, answer = request(service, 'POST', '/v1/validate',
                                {'files': files, 'previous': files, 'year': 2026})
    cli = cli_json('validate', '--ssda903', SAMPLE_903, '--previous', SAMPLE_903, '--year', 2026,
                   '--format', 'json')
    assert status == 200 and by_file_name(json.loads(answer)) == by_file_name(cli)
    assert len(cli['skipped']) < len(whole['skipped'])


@pytest.mark.parametrize('body, status, field, detail', [
    ({'year': 2026}, 400, 'files', 'no "files" member'),
    ({'files': {}}, 422, 'files', 'no file'),
    ({'files': ['header.csv']}, 422, 'files', 'expected an object'),
    ({'files': {'../header.csv': 'x'}}, 422, 'files', 'a plain name ending in .csv'),
    ({'files': {'.hidden.csv': 'x'}}, 422, 'files', 'a plain name ending in .csv'),
    ({'files': {'header.txt': 'x'}}, 422, 'files', 'a plain name ending in .csv'),
    ({'files': {'header.Csv': 'x'}}, 422, 'files', 'a plain name ending in .csv or .CSV'),
    ({'files': {'header.csv': 5}}, 422, 'files', 'a string or an array of strings'),
    ({'files': {'header.csv': ['a', 5]}}, 422, 'files', 'expected a string'),
    ({'files': {'a.csv': 'x', 'A.CSV': 'y'}}, 422, 'files', 'a second file of this name'),
    ({'files': {'header.csv': 'CHILD,NOPE\n1,2\n'}}, 422, 'files', 'files/header.csv:1: the header row'),
    ({'files': {'header.csv': 'x'}, 'year': 'x'}, 400, None, 'year: expected a whole number'),
])
def test_validate_errors(private_tmp, body, status, field, detail):
    service, tmp = private_tmp
    p = problem(*request(service, 'POST', '/v1/validate', body), status)
    assert detail in p['detail'], p
    if field:
        assert p['field'] == field
    assert 'careplan-serve-' not in p['detail'] and str(tmp) not in p['detail']
    assert list(tmp.iterdir()) == []


def test_validate_error_positions(service):
    body = b'{"year": 2026,\n "files": {"header.csv": "x",\n           "bad/name.csv": "y"}}'
    p = problem(*request(service, 'POST', '/v1/validate', body), 422)
    assert (p['line'], p['column']) == (3, 12)


def test_validate_needs_the_token(service):
    problem(*request(service, 'POST', '/v1/validate', {'files': return_files()}, token=None), 401)


# POST /v1/check-plan ---------------------------------------------------------

def plan_documents(*names):
    return [json.loads((PLANS / (name + '.json')).read_text()) for name in names]


def as_served(cli, paths):
    """The command line's check-plan document with each plan file's path
    named as the service names the plan: plans[N], or plans for one."""
    text = json.dumps(cli)
    for i, path in enumerate(paths):
        text = text.replace(json.dumps(str(path))[1:-1], 'plans[%d]' % i if len(paths) > 1 else 'plans')
    return json.loads(text)


def test_check_plan_is_the_cli(service):
    names = ('care-plan-complete', 'placement-plan-incomplete', 'pathway-plan-eligible-complete')
    status, headers, answer = request(service, 'POST', '/v1/check-plan',
                                      {'plans': plan_documents(*names), 'records': records(), 'as_of': AS_OF})
    assert status == 200 and headers['Content-Type'] == 'application/json'
    served = json.loads(answer)
    assert [plan['file'] for plan in served['plans']] == ['plans[0]', 'plans[1]', 'plans[2]']
    paths = [PLANS / (name + '.json') for name in names]
    cli = cli_json('check-plan', '--format', 'json', '--as-of', AS_OF, '--record', CASELOAD, *paths)
    assert served['findings'] and served == as_served(cli, paths)
    # One plan, no records, strict about UNCONFIRMED elements.
    status, _, answer = request(service, 'POST', '/v1/check-plan',
                                {'plans': plan_documents('care-plan-incomplete')[0], 'as_of': AS_OF,
                                 'strict_unconfirmed': True})
    cli = cli_json('check-plan', '--format', 'json', '--as-of', AS_OF, '--strict-unconfirmed',
                   PLANS / 'care-plan-incomplete.json')
    assert status == 200 and json.loads(answer) == as_served(cli, [PLANS / 'care-plan-incomplete.json'])
    assert json.loads(answer)['plans'][0]['file'] == 'plans'


def test_check_plan_errors(service):
    problem(*request(service, 'POST', '/v1/check-plan', {'as_of': AS_OF}), 400)
    problem(*request(service, 'POST', '/v1/check-plan', {'plans': []}), 400)
    problem(*request(service, 'POST', '/v1/check-plan',
                     {'plans': plan_documents('care-plan-complete'), 'strict_unconfirmed': 'yes'}), 400)
    # A bad plan: its field and its place in the body.
    plan = plan_documents('care-plan-complete')[0]
    undated = json.dumps({k: v for k, v in plan.items() if k != 'date'})
    body = ('{"as_of": "%s",\n "plans": [%s,\n %s,\n  "date": "2025-13-01"}]}'
            % (AS_OF, json.dumps(plan), undated[:-1])).encode()
    p = problem(*request(service, 'POST', '/v1/check-plan', body), 422)
    assert p['field'] == 'plans[1].date'
    assert (p['line'], p['column']) == (4, 11)
    p = problem(*request(service, 'POST', '/v1/check-plan',
                         {'plans': plan_documents('care-plan-complete'), 'records': {'id': 'A', 'sex': 7}}), 422)
    assert p['field'].startswith('records')


# One JSON reader -------------------------------------------------------------

def test_the_body_is_read_by_the_strict_reader(service):
    # Escapes are decoded in the request's own members too.
    body = b'{"as_of": "2025\\u002d06\\u002d30", "records": %s}' % json.dumps(records()).encode()
    status, _, answer = request(service, 'POST', '/v1/check', body)
    assert status == 200 and json.loads(answer)['as_of'] == AS_OF
    # A member given twice deep inside a document, a lone surrogate, a
    # comment, a trailing comma: refused where they are, as in a file.
    for text, line, column in [
            (b'{"records": {"id": "A",\n "id": "B"}}', 2, 2),
            (b'{"records": {"id": "\\ud800"}}', 1, 21),
            (b'{"records": {"id": "A"} /* c */}', 1, 25),
            (b'{"records": {"id": "A",}}', 1, 24)]:
        p = problem(*request(service, 'POST', '/v1/check', text), 400)
        assert (p['line'], p['column']) == (line, column), (text, p)


# Errors --------------------------------------------------------------------

def test_bad_json_has_a_position(service):
    body = b'{"as_of": "2025-06-30",\n "records": {"x": \'a\'}}'
    p = problem(*request(service, 'POST', '/v1/check', body), 400)
    assert p['line'] == 2 and p['column'] == 19   # the single quote


def test_bad_record_names_the_field(service):
    body = b'{"as_of": "2025-06-30",\n "records": {"id": "A",\n   "date_of_birth": "2015-13-01"}}'
    p = problem(*request(service, 'POST', '/v1/check', body), 422)
    assert p['field'] == 'records.date_of_birth'
    assert p['line'] == 3 and p['column'] == 21
    assert '2015-13-01' in p['detail']


@pytest.mark.parametrize('body, status', [
    ({'as_of': AS_OF}, 400),                                  # no records
    ({'as_of': '2025-02-30', 'records': {'id': 'A'}}, 400),   # not a date
    ({'as_of': AS_OF, 'within': -1, 'records': {'id': 'A'}}, 400),
    ({'year': 'x', 'records': {'id': 'A'}}, 400),
    ([1, 2], 400),
])
def test_bad_requests(service, body, status):
    problem(*request(service, 'POST', '/v1/due', body), status)


def test_duplicate_member_and_trailing_data(service):
    problem(*request(service, 'POST', '/v1/check', b'{"records": {}, "records": {}}'), 400)
    problem(*request(service, 'POST', '/v1/check', b'{"records": {"id": "A"}} x'), 400)
    problem(*request(service, 'POST', '/v1/check', b'\xff\xfe'), 400)


def test_bad_policy(service):
    body = {'as_of': AS_OF, 'records': records(), 'policy': {'format': 'careplan-policy/1', 'nonsense': 1}}
    p = problem(*request(service, 'POST', '/v1/check', body), 422)
    assert p['field'].startswith('policy')


def test_methods_types_and_routes(service):
    problem(*request(service, 'GET', '/v1/check'), 405)
    problem(*request(service, 'POST', '/v1/rules', {'x': 1}), 405)
    problem(*request(service, 'POST', '/v1/check', b'{}', content_type='text/plain'), 415)
    problem(*request(service, 'GET', '/v2/anything'), 404)
    problem(*request(service, 'GET', '/'), 404)


def test_too_large_and_unsized(tmp_path):
    s = Service(tmp_path, '--max-body', '2048')
    try:
        big = json.dumps({'as_of': AS_OF, 'records': records()}).encode()
        assert len(big) > 2048
        problem(*request(s, 'POST', '/v1/check', big), 413)
        conn = http.client.HTTPConnection('127.0.0.1', s.port, timeout=30)
        conn.putrequest('POST', '/v1/check')
        conn.putheader('Authorization', 'Bearer ' + TOKEN)
        conn.putheader('Content-Type', 'application/json')
        conn.putheader('Transfer-Encoding', 'chunked')
        conn.endheaders()
        conn.send(b'2\r\n{}\r\n0\r\n\r\n')
        resp = conn.getresponse()
        problem(resp.status, resp.headers, resp.read(), 411)
        # Still serving after both.
        assert request(s, 'GET', '/v1/health')[0] == 200
    finally:
        assert s.stop() == 0


def many_children(n):
    base = records()['children']
    out = []
    for i in range(n):
        child = json.loads(json.dumps(base[i % len(base)]))
        child['id'] = 'LOAD-%06d' % i
        out.append(child)
    return {'format': 'careplan-record/1', 'children': out}


UNDER_VALGRIND = os.environ.get('CAREPLAN_UNDER_VALGRIND') == '1'
slow_under_valgrind = pytest.mark.skipif(UNDER_VALGRIND, reason='timing-bound: not under valgrind')


@slow_under_valgrind
def test_time_limit(tmp_path):
    # 40,000 children (38 MB) take several seconds even in a release
    # build: 10,000 came to finish inside the limit once the engine got
    # faster, and the test must not depend on the speed of the machine.
    s = Service(tmp_path, '--timeout', '1', '--max-body', str(64 << 20))
    try:
        started = time.monotonic()
        p = problem(*request(s, 'POST', '/v1/check', {'as_of': AS_OF, 'records': many_children(40000)}), 503)
        assert time.monotonic() - started < 20
        assert '1 s' in p['detail']
        assert request(s, 'GET', '/v1/health')[0] == 200
    finally:
        assert s.stop() == 0


# Logs, load, shutdown --------------------------------------------------------

def test_log_holds_no_content(service):
    request(service, 'POST', '/v1/check', {'as_of': AS_OF, 'records': records()})
    request(service, 'POST', '/v1/check', b'{"records": {"id": "SECRET-ID", "date_of_birth": "x"}}')
    service.stop()
    log = service.log.read_text()
    assert 'POST /v1/check 200 children=26' in log
    for secret in ('EX-001', 'SECRET-ID', 'date_of_birth', TOKEN):
        assert secret not in log


def test_curl(service):
    curl = shutil.which('curl')
    if curl is None:
        pytest.skip('curl is not installed')
    result = subprocess.run([curl, '-sS', '-H', 'Authorization: Bearer ' + TOKEN, '-H',
                             'Content-Type: application/json', '--data-binary', '@-',
                             service.url + '/v1/check'],
                            input=json.dumps({'as_of': AS_OF, 'records': records()}),
                            capture_output=True, text=True, timeout=60,
                            # curl is not ours: no sanitizer preload.
                            env=browser_environment())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == cli_json('check', CASELOAD, '--as-of', AS_OF, '--format', 'json')


def load(service, clients, seconds):
    """`clients` threads POST /v1/check for `seconds`; every answer must be
    the same 200. Returns (requests, throughput, p50 ms, p99 ms)."""
    body = json.dumps({'as_of': AS_OF, 'records': records()}).encode()
    expected = None
    latencies, failures = [], []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        nonlocal expected
        while time.monotonic() < deadline:
            t = time.monotonic()
            status, _, answer = request(service, 'POST', '/v1/check', body)
            dt = (time.monotonic() - t) * 1000
            with lock:
                if expected is None and status == 200:
                    expected = answer
                if status != 200 or answer != expected:
                    failures.append(status)
                latencies.append(dt)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    assert not failures, failures[:5]
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies), len(latencies) / elapsed, statistics.median(latencies), p99


@slow_under_valgrind
def test_concurrent_load_loses_nothing(service):
    seconds = float(os.environ.get('CAREPLAN_SERVE_LOAD_SECONDS', '3'))
    n, rate, p50, p99 = load(service, 8, seconds)
    print('\nserve load: 8 clients, %.0f s: %d requests, %.1f req/s, p50 %.1f ms, p99 %.1f ms'
          % (seconds, n, rate, p50, p99))
    assert n >= 8
    service.stop()
    assert service.log.read_text().count('POST /v1/check 200') == n


def test_sigterm_finishes_the_request_in_flight(tmp_path):
    s = Service(tmp_path, '--timeout', '600')
    result = {}

    def slow():
        result['answer'] = request(s, 'POST', '/v1/check', {'as_of': AS_OF, 'records': many_children(600)})

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.3)
    s.proc.send_signal(signal.SIGTERM)
    t.join(timeout=60)
    assert s.proc.wait(timeout=60) == 0
    status, _, body = result['answer']
    assert status == 200
    assert len({f['child'] for f in json.loads(body)['findings']}) == 600
    assert 'stopped' in s.log.read_text()
