# SPDX-License-Identifier: LGPL-2.1-or-later
"""The Python surface: dates, yes/no and "none" as Python values on every
property, list models as sequences, repr/str/to_dict on every model and
result type, keyword constructors, no length arguments, no tuples where
one value is meant, lists of dicts and data frames."""
import datetime
import json
import sys
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from conftest import BUILD_DIR, EXAMPLES_DATA, UNDER_VALGRIND

from gi.repository import Gio, GLib, GObject, Careplan

OVERRIDES = sys.modules['gi.overrides.Careplan']
CORE = '{http://www.gtk.org/introspection/core/1.0}'
AS_OF = date(2025, 6, 30)


@pytest.fixture(scope='module')
def children():
    return Careplan.load_records(EXAMPLES_DATA)


@pytest.fixture(scope='module')
def findings(children):
    return Careplan.Engine().evaluate_all(children, AS_OF)


@pytest.fixture(scope='module')
def measures(children):
    return Careplan.measures_compute(children, date(2025, 4, 1), date(2026, 3, 31))


def gir_root():
    gir = BUILD_DIR / 'lib' / 'Careplan-1.0.gir' if BUILD_DIR else None
    if gir is None or not gir.exists():
        pytest.skip('the GIR file is not in CAREPLAN_BUILD_DIR/lib')
    return ET.parse(gir).getroot()


# The guint properties that are counts or positions, not dates.
NOT_DATES = {('Placement', 'first-episode'), ('Placement', 'n-episodes'), ('Problem', 'line'),
             ('Problem', 'column'), ('Measure', 'numerator'), ('Measure', 'denominator'),
             ('EvaluationQueue', 'n-threads'), ('Ssda903Validator', 'n-threads'),
             ('ValidationIssue', 'row-index'), ('ValidationIssue', 'line')}


def test_date_property_table_covers_the_gir():
    """Every guint property of the GIR is a date in the table of date
    properties, or a count named in NOT_DATES: a new date property cannot
    be missed."""
    found = {}
    for klass in gir_root().iter(CORE + 'class'):
        for prop in klass.findall(CORE + 'property'):
            kind = prop.find(CORE + 'type')
            if kind is not None and kind.get('name') == 'guint' and \
                    (klass.get('name'), prop.get('name')) not in NOT_DATES:
                found.setdefault(klass.get('name'), set()).add(prop.get('name'))
    table = {owner: set(props) for owner, props in OVERRIDES._DATE_PROPS.items()}
    assert found == table


def every_model_object(children, findings, measures):
    child = next(c for c in children if c.id == 'EX-001')
    leaver = next(c.care_leaver for c in children if c.care_leaver is not None)
    rulebook = Careplan.Rulebook.new_default()
    return {
        'Child': child,
        'Episode': child.episodes[0],
        'Event': child.events[0],
        'CareLeaver': leaver,
        'Placement': child.dup_placements()[0],
        'PeriodOfCare': child.dup_periods_of_care()[0],
        'Finding': findings[0],
        'Rule': rulebook.get_rules()[0],
        'Measure': measures[0],
        'Problem': Careplan.Problem.new(Careplan.ProblemKind.MISSING_FIELD, 'C1', 'episodes[0]',
                                        'start', 'no start'),
    }


def walk(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    else:
        yield value


def test_every_property_and_to_dict_gives_python_values(children, findings, measures):
    for owner, obj in every_model_object(children, findings, measures).items():
        for name in OVERRIDES._DATE_PROPS.get(owner, ()):
            attribute = name.replace('-', '_')
            value = getattr(obj, attribute)
            assert value is None or type(value) is datetime.date, (owner, name, value)
            assert getattr(obj.props, attribute) == value == obj.get_property(name)
        for pspec in type(obj).list_properties():
            if pspec.value_type == Careplan.Tristate.__gtype__:
                assert getattr(obj, pspec.name.replace('-', '_')) in (True, False, None)
        d = obj.to_dict()
        assert isinstance(d, dict) and d, owner
        for leaf in walk(d):
            assert leaf is None or isinstance(leaf, (str, int, float, bool, datetime.date)), \
                (owner, leaf)
            assert not isinstance(leaf, GObject.GEnum), (owner, leaf)
        json.dumps(d, default=str)
        assert repr(obj).startswith('Careplan.%s(' % owner)
        assert str(obj)


def test_list_models_are_sequences(children, findings, measures):
    rules = Careplan.Rulebook.new_default()
    for model in (children, findings, measures, children[0].episodes, children[0].events,
                  rules.get_rules(), rules):
        items = list(model)
        assert len(model) == len(items) > 0
        assert model[0] == items[0] and model[-1] == items[-1]
        assert [x for x in model] == items


def test_keyword_constructors_take_python_values():
    child = Careplan.Child(id='KW-1', date_of_birth=date(2015, 3, 2), uasc=True)
    assert (child.id, child.date_of_birth, child.uasc, child.disabled) == \
        ('KW-1', date(2015, 3, 2), True, None)
    child.uasc = False
    assert child.get_uasc() is False and child.props.uasc is False
    event = Careplan.Event(kind=Careplan.EventKind.SDQ, date='2025-01-10', score=None)
    assert event.score is None and event.get_score() is None
    event.set_score(12)
    assert event.score == 12
    missing = Careplan.Event(kind=Careplan.EventKind.MISSING_EPISODE, date=date(2025, 2, 1),
                             end=date(2025, 2, 2), sub_kind='M', return_interview_offered=False)
    assert missing.to_dict()['return_interview_offered'] is False
    assert missing.seen_alone is None


def test_no_lengths_and_no_tuples(children, tmp_path):
    text = Careplan.record_save_data(children)
    assert isinstance(text, str) and text.startswith('{')
    assert len(Careplan.record_load_data(text)) == len(children)
    assert len(Careplan.record_load_data(text.encode('utf-8'), 'bytes.json')) == len(children)
    with pytest.raises(GLib.Error):
        Careplan.record_load_data(b'\xff\xfe', 'not-utf8.json')

    Careplan.ssda903_save_dir(children, tmp_path, 2026)
    loaded = Careplan.ssda903_load_dir(tmp_path, 2026)
    kids, problems = loaded
    assert loaded.children is kids and loaded.problems is problems
    assert len(kids) == len(children)

    path = tmp_path / 'records.json'
    Careplan.record_save_file(list(children)[:2], path)
    kept = Careplan.record_load_file_keep_going(path)
    assert [c.id for c in kept.children] == [c.id for c in list(children)[:2]]

    rule = Careplan.Rulebook.new_default().lookup('cppcr-2010.reg28-2b.first-year-six-weekly')
    assert rule.get_parameter('interval') == 42 and rule.get_parameter_unit('interval') == 'days'
    with pytest.raises(KeyError):
        rule.get_parameter('no-such-parameter')
    assert Careplan.finding_status_from_string('overdue') == Careplan.FindingStatus.OVERDUE
    with pytest.raises(ValueError):
        Careplan.finding_status_from_string('late')

    calendar = Careplan.Calendar.new_from_data(
        '{"england-and-wales": {"division": "england-and-wales", "events": '
        '[{"title": "New Year", "date": "2025-01-01"}]}}')
    assert calendar.first_date == date(2025, 1, 1)


def test_days_late_is_none_unless_late(findings):
    for finding in findings:
        late = finding.days_late
        assert late == finding.get_days_late() == finding.to_dict()['days_late']
        if finding.status == Careplan.FindingStatus.OVERDUE:
            assert late > 0
        elif finding.status != Careplan.FindingStatus.MET_LATE:
            assert late is None


def test_to_dicts_and_data_frames(findings, measures):
    rows = Careplan.to_dicts(findings)
    assert len(rows) == len(findings) and rows[0] == findings[0].to_dict()
    assert Careplan.to_dicts(measures)[0]['period_start'] == date(2025, 4, 1)


# pandas (and numpy under it) leak while their compiled modules initialise,
# which valgrind would report; the data-frame path is pure Python.
@pytest.mark.skipif(UNDER_VALGRIND, reason='pandas leaks as it loads: not under valgrind')
def test_data_frames(findings, measures):
    pandas = pytest.importorskip('pandas')
    frame = Careplan.to_dataframe(findings)
    assert isinstance(frame, pandas.DataFrame) and len(frame) == len(findings)
    assert {'child', 'rule', 'status', 'due', 'anchor_date', 'citation_url'} <= set(frame.columns)
    assert len(Careplan.to_dataframe(measures)) == len(measures)


def test_to_dataframe_without_pandas_says_what_to_do(findings, monkeypatch):
    monkeypatch.setitem(sys.modules, 'pandas', None)
    with pytest.raises(ImportError, match='python3-pandas'):
        Careplan.to_dataframe(findings)


def test_gjs_overrides_convert_the_same_dates():
    """The GJS overrides' table of dated entry points names what the
    Python table names, but for the entry points they wrap by hand."""
    from conftest import SOURCE_DIR
    import re
    js = (SOURCE_DIR / 'bindings' / 'gjs' / 'overrides' / 'Careplan.js').read_text(encoding='utf-8')
    table = js[js.index('const DATED_API = ['):js.index('];', js.index('const DATED_API = ['))]
    in_js = {(None if owner == 'null' else owner.strip("'"), name)
             for owner, name in re.findall(r"\[(null|'\w+'), '(\w+)'", table)}
    in_python = {(owner, name) for owner, name, _args, _returns in OVERRIDES._DATED_API}
    by_hand = {(None, 'date_format_iso'),          # writes into a C buffer: not for JS
               ('Event', 'new'), ('FindingsWriter', 'new'), ('PlanWriter', 'new'),
               ('Engine', 'evaluate_all'),
               ('Child', 'get_age_on'), (None, 'measures_compute'), (None, 'measures_compute_full')}
    assert in_js == in_python - by_hand
    for owner, name in by_hand - {(None, 'date_format_iso')}:
        assert name in js, name


def test_every_list_model_says_what_it_holds():
    """gobject-introspection 1.74 refuses (element-type) on a GListModel (a
    fatal warning), so each list model of the API names its item class in
    its doc with a typed link, which the reference renders as a link."""
    vague = []
    for node in gir_root().iter():
        kind = node.find(CORE + 'type')
        if node.tag not in (CORE + 'return-value', CORE + 'parameter', CORE + 'property') or \
                kind is None or kind.get('name') != 'Gio.ListModel':
            continue
        doc = node.find(CORE + 'doc')
        if doc is None or '[class@Careplan.' not in doc.text:
            vague.append(node.get('name') or 'return value')
    assert not vague, vague
