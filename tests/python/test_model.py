# test_model.py: building and reading a child's record from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later

from datetime import date

import pytest

from gi.repository import Gio, Careplan


def episode(start, end, rne, legal_status='C2', place='U1', rec=None):
    e = Careplan.Episode.new()
    e.set_start(start)
    e.set_end(end)
    e.set_reason_new_episode(rne)
    e.set_legal_status(legal_status)
    e.set_category_of_need('N1')
    e.set_placement_type(place)
    e.set_placement_provider('PR1')
    if rec:
        e.set_reason_ended(rec)
    return e


@pytest.fixture
def child():
    """Looked after from Fri 20 Dec 2024; a move on 1 Mar 2025 (RNE P), a
    legal-status change on 1 May 2025 (RNE L, same placement), still in
    care."""
    c = Careplan.Child.new('PY01')
    c.set_date_of_birth(date(2015, 5, 1))
    c.set_sex('2')
    c.add_episode(episode(date(2024, 12, 20), date(2025, 3, 1), 'S', 'V2', rec='X1'))
    c.add_episode(episode(date(2025, 3, 1), date(2025, 5, 1), 'P', 'V2', 'U4', rec='X1'))
    c.add_episode(episode(date(2025, 5, 1), None, 'L', 'C2', 'U4'))
    c.add_event(Careplan.Event.new(Careplan.EventKind.REVIEW, date(2025, 1, 22)))
    c.add_event(Careplan.Event.new(Careplan.EventKind.VISIT, '2025-03-05'))
    return c


def test_child_dates_are_python_dates(child):
    assert child.get_id() == 'PY01'
    assert child.get_date_of_birth() == date(2015, 5, 1)
    assert child.get_age_on(date(2025, 4, 30)) == 9
    assert child.get_age_on('2025-05-01') == 10
    child.set_date_of_birth(None)
    assert child.get_date_of_birth() is None


def test_lists_of_the_model_iterate_natively(child):
    episodes = child.get_episodes()
    assert isinstance(episodes, Gio.ListModel)
    assert len(episodes) == 3
    assert [e.get_reason_new_episode() for e in episodes] == ['S', 'P', 'L']
    assert episodes[0].get_start() == date(2024, 12, 20)
    assert episodes[-1].get_end() is None
    assert [e.get_date() for e in child.get_events()] == [date(2025, 1, 22), date(2025, 3, 5)]
    visits = child.dup_events_of_kind(Careplan.EventKind.VISIT)
    assert [v.get_date() for v in visits] == [date(2025, 3, 5)]


def test_placements_group_episodes_by_carer(child):
    placements = list(child.dup_placements())
    assert [(p.get_start(), p.get_end()) for p in placements] == [
        (date(2024, 12, 20), date(2025, 3, 1)),
        (date(2025, 3, 1), None),
    ]
    assert [(p.get_first_episode(), p.get_n_episodes()) for p in placements] == [(0, 1), (1, 2)]
    assert placements[1].get_placement_type() == 'U4'


def test_one_period_of_care_runs_through_x1_chains(child):
    periods = child.dup_periods_of_care()
    assert len(periods) == 1
    period = periods[0]
    assert period.get_start() == date(2024, 12, 20)
    assert period.get_end() is None
    assert not period.get_short_break()
    assert len(period.get_placements()) == 2


def test_a_break_in_care_starts_a_new_period():
    c = Careplan.Child.new('PY02')
    c.set_date_of_birth(date(2012, 1, 1))
    c.add_episode(episode(date(2024, 1, 10), date(2024, 6, 1), 'S', 'V2', rec='E13'))
    c.add_episode(episode(date(2024, 9, 2), None, 'S', 'C2'))
    periods = c.dup_periods_of_care()
    assert [(p.get_start(), p.get_end()) for p in periods] == [
        (date(2024, 1, 10), date(2024, 6, 1)),
        (date(2024, 9, 2), None),
    ]


def test_event_dates(child):
    approval = Careplan.Event.new(Careplan.EventKind.CARER_APPROVAL, date(2025, 3, 3))
    approval.set_sub_kind('temporary-connected-person')
    assert approval.sub_kind == 'temporary-connected-person'
    approval.set_extended_to(date(2025, 8, 18))
    assert approval.get_extended_to() == date(2025, 8, 18)
    assert approval.get_approved() is None
    approval.set_approved('2025-08-01')
    assert approval.get_approved() == date(2025, 8, 1)

    missing = Careplan.Event.new(Careplan.EventKind.MISSING_EPISODE, date(2025, 11, 14))
    missing.set_end(date(2025, 11, 15))
    assert (missing.get_date(), missing.get_end()) == (date(2025, 11, 14), date(2025, 11, 15))
    missing.set_date(date(2025, 11, 13))
    assert missing.get_date() == date(2025, 11, 13)


def test_construct_properties_take_dates():
    visit = Careplan.Event(kind=Careplan.EventKind.VISIT, date=date(2025, 6, 2))
    assert visit.get_date() == date(2025, 6, 2)
    # The GObject property is a date too, through props and as an attribute.
    assert visit.props.date == date(2025, 6, 2)
    assert visit.date == date(2025, 6, 2)
    assert visit.get_property('date') == date(2025, 6, 2)


def test_care_leaver_dates():
    leaver = Careplan.CareLeaver.new()
    leaver.set_needs_assessment(date(2025, 11, 30))
    leaver.set_personal_adviser_from('2025-09-01')
    assert leaver.get_needs_assessment() == date(2025, 11, 30)
    assert leaver.get_personal_adviser_from() == date(2025, 9, 1)
    assert leaver.get_staying_put_from() is None
    child = Careplan.Child.new('PY03')
    child.set_care_leaver(leaver)
    assert child.get_care_leaver().get_needs_assessment() == date(2025, 11, 30)


def test_a_sound_record_has_no_problems(child):
    assert list(child.validate()) == []


def problems_of(child):
    return [(p.get_kind(), p.get_child_id()) for p in child.validate()]


def test_end_before_start_is_a_problem():
    c = Careplan.Child.new('PY04')
    c.set_date_of_birth(date(2015, 5, 1))
    c.add_episode(episode(date(2025, 3, 1), date(2025, 2, 1), 'S', 'V2', rec='E13'))
    assert (Careplan.ProblemKind.END_BEFORE_START, 'PY04') in problems_of(c)
    problem = next(p for p in c.validate() if p.get_kind() == Careplan.ProblemKind.END_BEFORE_START)
    assert problem.get_message()
    assert problem.to_string()


def test_overlapping_episodes_are_a_problem():
    c = Careplan.Child.new('PY05')
    c.set_date_of_birth(date(2015, 5, 1))
    c.add_episode(episode(date(2025, 1, 1), date(2025, 3, 1), 'S', 'V2', rec='E13'))
    c.add_episode(episode(date(2025, 2, 1), None, 'S', 'V2'))
    assert (Careplan.ProblemKind.OVERLAP, 'PY05') in problems_of(c)


def test_unknown_codes_are_a_problem():
    c = Careplan.Child.new('PY06')
    c.set_date_of_birth(date(2015, 5, 1))
    c.add_episode(episode(date(2025, 1, 1), None, 'S', 'ZZ'))
    problems = [p for p in c.validate() if p.get_kind() == Careplan.ProblemKind.UNKNOWN_CODE]
    assert problems and problems[0].get_field() == 'legal_status'


def test_an_event_before_birth_is_a_problem():
    c = Careplan.Child.new('PY07')
    c.set_date_of_birth(date(2015, 5, 1))
    c.add_episode(episode(date(2025, 1, 1), None, 'S', 'V2'))
    c.add_event(Careplan.Event.new(Careplan.EventKind.VISIT, date(2014, 1, 1)))
    assert (Careplan.ProblemKind.DATE_OUT_OF_ORDER, 'PY07') in problems_of(c)
