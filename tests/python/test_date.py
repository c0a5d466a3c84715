# test_date.py: dates and working days through the PyGObject overrides
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import datetime
import keyword
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from conftest import BUILD_DIR, SOURCE_DIR

from gi.repository import GLib, Careplan


def assert_careplan_error(excinfo, code):
    error = excinfo.value
    assert error.domain == GLib.quark_to_string(Careplan.error_quark())
    assert error.code == int(code), error.message
    assert error.message


# Conversion helpers

def test_the_source_tree_overrides_are_loaded():
    module = sys.modules['gi.overrides.Careplan']
    assert Path(module.__file__).resolve() == (
        SOURCE_DIR / 'bindings' / 'python' / 'gi' / 'overrides' / 'Careplan.py').resolve()
    assert Careplan.date_to_py is module.date_to_py


def test_help_shows_python_types():
    assert Careplan.date_add_months.__doc__ == \
        'date_add_months(date:datetime.date, months:int) -> datetime.date or None'
    assert 'as_of:datetime.date' in Careplan.Engine.evaluate.__doc__


def test_day_numbers_are_python_ordinals():
    assert Careplan.date_from_py(date(1, 1, 1)) == 1
    assert Careplan.date_from_py(date(2024, 12, 20)) == date(2024, 12, 20).toordinal()
    assert Careplan.date_to_py(date(2025, 1, 22).toordinal()) == date(2025, 1, 22)
    assert Careplan.date_to_py(1) == date(1, 1, 1)


def test_no_date_is_none():
    assert Careplan.date_from_py(None) == 0
    assert Careplan.date_to_py(0) is None


def test_iso_strings_and_day_numbers_are_accepted():
    assert Careplan.date_from_py('2024-02-29') == date(2024, 2, 29).toordinal()
    assert Careplan.date_from_py(739000) == 739000


@pytest.mark.parametrize('value, error', [
    (datetime.datetime(2025, 1, 1, 12, 0), TypeError),
    (True, TypeError),
    (1.5, TypeError),
    (-1, ValueError),
    (2 ** 32, ValueError),
])
def test_values_that_are_not_dates_are_refused(value, error):
    with pytest.raises(error):
        Careplan.date_from_py(value)


@pytest.mark.parametrize('text', ['2025-02-30', '2025-13-01', '31/12/2024', '2024-1-5', '', 'tomorrow'])
def test_bad_iso_strings_raise_glib_error_with_the_domain(text):
    with pytest.raises(GLib.Error) as excinfo:
        Careplan.date_from_py(text)
    assert_careplan_error(excinfo, Careplan.Error.INVALID_DATE)
    with pytest.raises(GLib.Error) as excinfo:
        Careplan.date_parse_iso(text)
    assert_careplan_error(excinfo, Careplan.Error.INVALID_DATE)


def test_bad_iso_string_as_an_argument_raises(calendar):
    with pytest.raises(GLib.Error) as excinfo:
        calendar.add_working_days('2025-02-30', 5)
    assert_careplan_error(excinfo, Careplan.Error.INVALID_DATE)


# careplan_date_* functions

def test_date_functions_take_and_return_python_dates():
    assert Careplan.date_new(2024, 12, 20) == date(2024, 12, 20)
    assert Careplan.date_parse_iso('2024-12-20') == date(2024, 12, 20)
    assert Careplan.date_to_iso(date(2024, 12, 20)) == '2024-12-20'
    assert Careplan.date_to_iso('0987-06-05') == '0987-06-05'
    assert Careplan.date_is_valid(date(2024, 2, 29))
    assert Careplan.date_get_year(date(2025, 8, 31)) == 2025
    assert Careplan.date_get_month(date(2025, 8, 31)) == 8
    assert Careplan.date_get_day(date(2025, 8, 31)) == 31
    assert Careplan.date_get_weekday(date(2024, 12, 20)) == GLib.DateWeekday.FRIDAY
    assert Careplan.date_add_days(date(2024, 12, 31), 1) == date(2025, 1, 1)
    assert Careplan.date_add_days(date(2025, 3, 1), -1) == date(2025, 2, 28)
    assert Careplan.date_add_weeks(date(2025, 3, 3), 16) == date(2025, 6, 23)
    assert Careplan.date_days_between(date(2025, 1, 15), date(2025, 4, 15)) == 90
    assert Careplan.date_days_between('2025-04-15', '2025-01-15') == -90


def test_keyword_arguments_are_converted_too():
    assert Careplan.date_add_months(date=date(2025, 8, 31), months=3) == date(2025, 11, 30)


@pytest.mark.parametrize('start, months, due', [
    # docs/rules.md and worked example 3: the corresponding-date rule
    (date(2025, 8, 31), 3, date(2025, 11, 30)),
    (date(2025, 8, 31), 6, date(2026, 2, 28)),
    (date(2027, 8, 31), 6, date(2028, 2, 29)),
    (date(2025, 11, 30), 6, date(2026, 5, 30)),
    (date(2026, 1, 12), 3, date(2026, 4, 12)),
    (date(2025, 12, 31), 2, date(2026, 2, 28)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
])
def test_add_months_by_the_corresponding_date_rule(start, months, due):
    assert Careplan.date_add_months(start, months) == due


def test_birthdays_on_29_february_follow_the_policy():
    dob = date(2008, 2, 29)
    assert Careplan.date_get_birthday(dob, 18, Careplan.LeapDayPolicy.MARCH_1) == date(2026, 3, 1)
    assert Careplan.date_get_birthday(dob, 18, Careplan.LeapDayPolicy.FEBRUARY_28) == date(2026, 2, 28)
    assert Careplan.date_get_birthday(dob, 16, Careplan.LeapDayPolicy.MARCH_1) == date(2024, 2, 29)
    assert Careplan.date_get_age_on(dob, date(2026, 2, 28), Careplan.LeapDayPolicy.MARCH_1) == 17
    assert Careplan.date_get_age_on(dob, date(2026, 3, 1), Careplan.LeapDayPolicy.MARCH_1) == 18
    assert Careplan.date_get_age_on(dob, date(2026, 2, 28), Careplan.LeapDayPolicy.FEBRUARY_28) == 18


# Calendar

@pytest.mark.parametrize('start, days, due', [
    (date(2024, 12, 20), 20, date(2025, 1, 22)),   # worked example 1 (Christmas)
    (date(2025, 3, 1), 20, date(2025, 3, 28)),     # worked example 2 (a Saturday)
    (date(2025, 12, 19), 5, date(2025, 12, 30)),   # worked example 5
    (date(2025, 4, 17), 10, date(2025, 5, 6)),     # worked example 7 (Easter)
    (date(2025, 12, 17), 15, date(2026, 1, 12)),   # worked example 12
    (date(2025, 3, 24), 45, date(2025, 5, 30)),    # worked example 13
    (date(2025, 3, 31), 10, date(2025, 4, 14)),    # worked example 17 (PEP)
    (date(2025, 3, 31), 20, date(2025, 4, 30)),    # worked example 17 (first review)
    (date(2025, 8, 28), 10, date(2025, 9, 11)),    # worked example 19
])
def test_working_days_of_the_worked_examples(calendar, start, days, due):
    assert calendar.add_working_days(start, days) == due
    assert calendar.add(start, days, Careplan.TimeUnit.WORKING_DAYS) == due
    assert calendar.add(start.isoformat(), days, Careplan.TimeUnit.WORKING_DAYS) == due


def test_calendar_add_in_calendar_units(calendar):
    assert calendar.add(date(2025, 4, 5), 1, Careplan.TimeUnit.WEEKS) == date(2025, 4, 12)
    assert calendar.add(date(2025, 1, 6), 84, Careplan.TimeUnit.DAYS) == date(2025, 3, 31)
    assert calendar.add(date(2025, 8, 31), 3, Careplan.TimeUnit.MONTHS) == date(2025, 11, 30)


def test_working_day_predicates(calendar):
    assert not calendar.is_working_day(date(2024, 12, 25))   # Christmas Day
    assert not calendar.is_working_day(date(2025, 4, 18))    # Good Friday
    assert not calendar.is_working_day(date(2025, 3, 1))     # Saturday
    assert calendar.is_working_day(date(2024, 12, 27))
    assert calendar.is_bank_holiday(date(2025, 4, 21))       # Easter Monday
    assert calendar.is_bank_holiday('2025-05-05')
    assert not calendar.is_bank_holiday(date(2025, 5, 6))


def test_calendar_range_is_given_as_dates(calendar):
    first, last = calendar.get_first_date(), calendar.get_last_date()
    assert isinstance(first, date) and isinstance(last, date)
    assert first <= date(2018, 1, 1) and last >= date(2028, 12, 26)
    assert calendar.covers(first) and calendar.covers(last)
    assert not calendar.covers(last + datetime.timedelta(days=400))


def test_working_days_past_the_known_range_raise(calendar):
    last = calendar.get_last_date()
    with pytest.raises(GLib.Error) as excinfo:
        calendar.add_working_days(last, 400)
    assert_careplan_error(excinfo, Careplan.Error.CALENDAR_RANGE)


# Every dated entry point of the GIR is in the override table.

def _gir_dated_callables():
    """(owner, name, date argument names, returns a date) for every
    callable of the GIR that mentions Careplan.Date."""
    gir = BUILD_DIR / 'lib' / 'Careplan-1.0.gir' if BUILD_DIR else None
    if gir is None or not gir.exists():
        pytest.skip('the GIR file is not in CAREPLAN_BUILD_DIR/lib')
    ns = {'c': 'http://www.gtk.org/introspection/core/1.0'}

    def is_date(node):
        type_ = node.find('c:type', ns)
        return type_ is not None and type_.get('name') == 'Date'

    root = ET.parse(gir).getroot()
    namespace = root.find('c:namespace', ns)
    found = set()
    owners = [(None, namespace)] + [(cls.get('name'), cls) for cls in namespace.findall('c:class', ns)]
    for owner, node in owners:
        for kind in ('function', 'method', 'constructor'):
            for callable_ in node.findall('c:' + kind, ns):
                if callable_.get('introspectable') == '0':
                    continue
                params = callable_.findall('c:parameters/c:parameter', ns)
                # PyGObject appends '_' to a parameter named after a keyword.
                date_args = tuple(p.get('name') + ('_' if keyword.iskeyword(p.get('name')) else '')
                                  for p in params if is_date(p))
                returns = is_date(callable_.find('c:return-value', ns))
                if date_args or returns:
                    found.add((owner, callable_.get('name'), date_args, returns))
    return found


def test_override_table_covers_every_dated_callable_of_the_gir():
    table = set(sys.modules['gi.overrides.Careplan']._DATED_API)
    gir = _gir_dated_callables()
    assert gir - table == set(), 'dated callables without a date override'
    assert table - gir == set(), 'override rows that the GIR does not have'
