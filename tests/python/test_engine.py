# test_engine.py: evaluating children from Python, and findings as data
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
from datetime import date

import pytest

from gi.repository import GLib, Gio, Careplan

FIRST_REVIEW = 'cppcr-2010.reg33-1.first-review'
FINDING_KEYS = ['child', 'rule', 'status', 'anchor', 'due', 'done', 'days_late', 'message', 'citation']


def new_child(child_id, start, reviews=()):
    """In care from @start (RNE S, full care order, foster placement)."""
    child = Careplan.Child.new(child_id)
    child.set_date_of_birth(date(2015, 5, 1))
    episode = Careplan.Episode.new()
    episode.set_start(start)
    episode.set_reason_new_episode('S')
    episode.set_legal_status('C2')
    episode.set_category_of_need('N1')
    episode.set_placement_type('U4')
    episode.set_placement_provider('PR1')
    child.add_episode(episode)
    for review in reviews:
        child.add_event(Careplan.Event.new(Careplan.EventKind.REVIEW, review))
    return child


def first_review(findings):
    matches = [f for f in findings if f.get_rule_id() == FIRST_REVIEW]
    assert len(matches) == 1
    return matches[0]


def test_evaluate_takes_a_python_date(engine):
    # Worked example 1: in care Fri 20 Dec 2024, review on Wed 22 Jan 2025.
    child = new_child('WE01', date(2024, 12, 20), [date(2025, 1, 22)])
    finding = first_review(engine.evaluate(child, date(2025, 3, 31)))
    assert finding.get_status() == Careplan.FindingStatus.MET
    assert finding.get_anchor_kind() == 'became-looked-after'
    assert finding.get_anchor_date() == date(2024, 12, 20)
    assert finding.get_due() == date(2025, 1, 22)
    assert finding.get_done() == date(2025, 1, 22)
    assert finding.get_days_late() is None
    assert finding.days_late is None


def test_evaluate_takes_an_iso_string(engine):
    child = new_child('WE01', '2024-12-20', ['2025-01-23'])
    finding = first_review(engine.evaluate(child, '2025-03-31'))
    assert finding.get_status() == Careplan.FindingStatus.MET_LATE
    assert finding.get_days_late() == 1


def test_a_bad_as_of_date_raises(engine):
    child = new_child('WE01', date(2024, 12, 20))
    with pytest.raises(GLib.Error):
        engine.evaluate(child, '2025-02-29')


def test_overdue_and_due_are_judged_at_the_as_of_date(engine):
    child = new_child('WE02', date(2025, 3, 1))   # worked example 2: due Fri 28 Mar 2025
    due = first_review(engine.evaluate(child, date(2025, 3, 28)))
    assert due.get_status() == Careplan.FindingStatus.DUE
    assert due.get_done() is None
    overdue = first_review(engine.evaluate(child, date(2025, 4, 7)))
    assert overdue.get_status() == Careplan.FindingStatus.OVERDUE
    assert overdue.get_days_late() == 10
    # Nothing dated after the as-of date is seen.
    child.add_event(Careplan.Event.new(Careplan.EventKind.REVIEW, date(2025, 4, 8)))
    assert first_review(engine.evaluate(child, date(2025, 4, 7))).get_status() == Careplan.FindingStatus.OVERDUE


def test_findings_iterate_natively(engine):
    child = new_child('WE01', date(2024, 12, 20), [date(2025, 1, 22)])
    findings = engine.evaluate(child, date(2025, 3, 31))
    assert isinstance(findings, Gio.ListModel)
    as_list = list(findings)
    assert len(findings) == len(as_list) > 0
    assert all(isinstance(f, Careplan.Finding) for f in findings)
    assert findings[0] is as_list[0] or findings[0] == as_list[0]
    assert {f.get_child_id() for f in findings} == {'WE01'}


def test_to_dict_has_the_design_shape(engine):
    child = new_child('WE01', date(2024, 12, 20), [date(2025, 1, 22)])
    finding = first_review(engine.evaluate(child, date(2025, 3, 31)))
    d = finding.to_dict()
    assert list(d) == FINDING_KEYS
    assert d['child'] == 'WE01'
    assert d['rule'] == FIRST_REVIEW
    assert d['status'] == 'met'
    assert d['anchor'] == {'kind': 'became-looked-after', 'date': date(2024, 12, 20)}
    assert d['due'] == date(2025, 1, 22)
    assert d['done'] == date(2025, 1, 22)
    assert d['days_late'] is None
    assert '2025-01-22' in d['message']
    assert set(d['citation']) == {'instrument', 'provision', 'url'}
    rule = finding.get_rule()
    assert d['citation'] == {
        'instrument': rule.get_instrument(),
        'provision': rule.get_provision(),
        'url': rule.get_url(),
    }
    assert d['citation']['url'].startswith('https://')
    json.dumps(d, default=str)   # plain data all the way down, dates as ISO


def test_to_dict_of_an_overdue_finding(engine):
    child = new_child('WE02', date(2025, 3, 1))
    d = first_review(engine.evaluate(child, date(2025, 4, 7))).to_dict()
    assert (d['status'], d['due'], d['done'], d['days_late']) == ('overdue', date(2025, 3, 28), None, 10)


def test_to_dict_matches_the_c_json_writer(engine):
    child = new_child('WE01', date(2024, 12, 20), [date(2025, 1, 22)])
    for finding in engine.evaluate(child, date(2025, 3, 31)):
        assert json.loads(json.dumps(finding.to_dict(), default=str)) == json.loads(finding.to_json())


def test_evaluate_all_takes_a_list_or_a_list_model(engine):
    children = [new_child('A', date(2024, 12, 20), [date(2025, 1, 22)]), new_child('B', date(2025, 3, 1))]
    from_list = engine.evaluate_all(children, date(2025, 4, 7))
    store = Gio.ListStore.new(Careplan.Child)
    for child in children:
        store.append(child)
    from_model = engine.evaluate_all(store, '2025-04-07')
    assert [f.to_dict() for f in from_list] == [f.to_dict() for f in from_model]
    assert [f.get_child_id() for f in from_list if f.get_rule_id() == FIRST_REVIEW] == ['A', 'B']
    assert [f.to_dict() for f in from_list] == (
        [f.to_dict() for f in engine.evaluate(children[0], date(2025, 4, 7))]
        + [f.to_dict() for f in engine.evaluate(children[1], date(2025, 4, 7))])


def test_rules_give_their_dates_in_force(engine):
    rules = list(engine.get_rulebook().get_rules())
    assert rules
    for rule in rules:
        start, until = rule.get_in_force_from(), rule.get_in_force_until()
        assert start is None or isinstance(start, date)
        assert until is None or isinstance(until, date)
    rule = engine.get_rulebook().lookup(FIRST_REVIEW)
    assert rule.get_in_force_from() == date(2011, 4, 1)
    assert rule.is_in_force_on(date(2025, 1, 1))
    assert not rule.is_in_force_on('2011-03-31')


def test_findings_writer_takes_an_as_of_date(engine):
    child = new_child('WE01', date(2024, 12, 20), [date(2025, 1, 22)])
    stream = Gio.MemoryOutputStream.new_resizable()
    writer = Careplan.FindingsWriter.new(stream, Careplan.FindingsFormat.JSON, date(2025, 3, 31))
    writer.write(engine.evaluate(child, date(2025, 3, 31)))
    writer.close()
    stream.close()   # the writer leaves its stream open
    data = json.loads(bytes(stream.steal_as_bytes().get_data()).decode())
    assert data['as_of'] == '2025-03-31'
    assert any(f['rule'] == FIRST_REVIEW for f in data['findings'])
