# Careplan.py: PyGObject overrides for the Careplan namespace
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The C API passes dates as CareplanDate, a guint32 day number (1 is
# 0001-01-01, the numbering of datetime.date.toordinal(); 0 means "no
# date").  Introspection only sees the integer, so without these overrides
# Python code would juggle ordinals.  Here every function and method that
# takes a date accepts a datetime.date (or an ISO 'YYYY-MM-DD' string, or
# None for "no date"), and every one that returns a date returns a
# datetime.date, or None for "no date".
#
# One table (_DATED_API) lists the dated entry points and one factory
# (_dated) wraps them, so a new dated function is one more table row.
# tests/python/test_date.py checks the table against the GIR, so a dated
# function cannot be missed.

import datetime
import functools
import os
import re

from gi._gi import Direction
from gi.repository import Gio

from ..module import get_introspection_module
from ..overrides import override

Careplan = get_introspection_module('Careplan')

__all__ = []

_MAX_DAY = 0xFFFFFFFF


def date_from_py(value):
    """Turns a Python value into a CareplanDate day number.

    Accepts a datetime.date, an ISO 8601 'YYYY-MM-DD' string, a day number
    (int, passed through) or None (CAREPLAN_DATE_NONE, 0).  A badly written
    string raises GLib.Error in the Careplan error domain
    (Careplan.Error.INVALID_DATE).  A datetime.datetime is refused: its
    calendar date depends on a time zone, which careplan does not model;
    pass its .date().
    """
    if value is None:
        return 0
    if isinstance(value, datetime.datetime):
        raise TypeError('careplan dates have no time of day: pass a '
                        'datetime.date (e.g. value.date()), not %r' % (value,))
    if isinstance(value, datetime.date):
        return value.toordinal()
    if isinstance(value, str):
        return Careplan.date_parse_iso(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if not 0 <= value <= _MAX_DAY:
            raise ValueError('day number out of range: %d' % value)
        return value
    raise TypeError('expected a datetime.date, an ISO date string or None, '
                    'not %s' % type(value).__name__)


def date_to_py(day):
    """Turns a CareplanDate day number into a datetime.date, or None for 0."""
    if not day:
        return None
    return datetime.date.fromordinal(day)


__all__ += ['date_from_py', 'date_to_py']


# The dated entry points of the public API: (owner, function, names of its
# date arguments, whether it returns a date).  owner None is a namespace
# function.  Argument names are the Python ones: the GIR's parameter
# names, with '_' after a Python keyword (from_).
_DATED_API = (
    (None, 'date_new', (), True),
    (None, 'date_is_valid', ('date',), False),
    (None, 'date_parse_iso', (), True),
    (None, 'date_to_iso', ('date',), False),
    (None, 'date_format_iso', ('date',), False),
    (None, 'date_get_year', ('date',), False),
    (None, 'date_get_month', ('date',), False),
    (None, 'date_get_day', ('date',), False),
    (None, 'date_get_weekday', ('date',), False),
    (None, 'date_add_days', ('date',), True),
    (None, 'date_add_weeks', ('date',), True),
    (None, 'date_add_months', ('date',), True),
    (None, 'date_days_between', ('from_', 'to'), False),
    (None, 'date_get_birthday', ('date_of_birth',), True),
    (None, 'date_get_age_on', ('date_of_birth', 'date'), False),

    ('Calendar', 'get_first_date', (), True),
    ('Calendar', 'get_last_date', (), True),
    ('Calendar', 'covers', ('date',), False),
    ('Calendar', 'is_bank_holiday', ('date',), False),
    ('Calendar', 'is_working_day', ('date',), False),
    ('Calendar', 'add_working_days', ('date',), True),
    ('Calendar', 'add', ('date',), True),

    ('Episode', 'get_start', (), True),
    ('Episode', 'set_start', ('start',), False),
    ('Episode', 'get_end', (), True),
    ('Episode', 'set_end', ('end',), False),

    ('Event', 'new', ('date',), False),
    ('Event', 'get_date', (), True),
    ('Event', 'set_date', ('date',), False),
    ('Event', 'get_end', (), True),
    ('Event', 'set_end', ('end',), False),
    ('Event', 'get_extended_to', (), True),
    ('Event', 'set_extended_to', ('extended_to',), False),
    ('Event', 'get_approved', (), True),
    ('Event', 'set_approved', ('approved',), False),
    ('Event', 'get_date_field', (), True),
    ('Event', 'set_date_field', ('date',), False),

    ('CareLeaver', 'get_needs_assessment', (), True),
    ('CareLeaver', 'set_needs_assessment', ('date',), False),
    ('CareLeaver', 'get_personal_adviser_from', (), True),
    ('CareLeaver', 'set_personal_adviser_from', ('date',), False),
    ('CareLeaver', 'get_staying_put_from', (), True),
    ('CareLeaver', 'set_staying_put_from', ('date',), False),
    ('CareLeaver', 'get_accommodation_from', (), True),
    ('CareLeaver', 'set_accommodation_from', ('date',), False),
    ('CareLeaver', 'get_support_requested', (), True),
    ('CareLeaver', 'set_support_requested', ('date',), False),
    ('CareLeaver', 'get_adviser_declined', (), True),
    ('CareLeaver', 'set_adviser_declined', ('date',), False),

    ('Placement', 'get_start', (), True),
    ('Placement', 'get_end', (), True),

    ('PeriodOfCare', 'get_start', (), True),
    ('PeriodOfCare', 'get_end', (), True),

    ('Child', 'get_date_of_birth', (), True),
    ('Child', 'set_date_of_birth', ('date_of_birth',), False),
    ('Child', 'get_age_on', ('date',), False),

    ('Finding', 'get_anchor_date', (), True),
    ('Finding', 'get_due', (), True),
    ('Finding', 'get_done', (), True),

    ('Rule', 'get_in_force_from', (), True),
    ('Rule', 'get_in_force_until', (), True),
    ('Rule', 'is_in_force_on', ('date',), False),

    ('Engine', 'evaluate', ('as_of',), False),
    ('Engine', 'evaluate_all', ('as_of',), False),

    ('FindingsWriter', 'new', ('as_of',), False),

    (None, 'measures_get_period_start', ('period_end',), True),
    (None, 'measures_compute', ('period_start', 'period_end'), False),
    (None, 'timeline_render', ('as_of',), False),
    (None, 'measures_compute_full', ('period_start', 'period_end'), False),
    ('Measure', 'get_period_start', (), True),
    ('Measure', 'get_period_end', (), True),
)


def _dated(info, date_args, returns_date):
    """Wraps the introspected callable @info so that the arguments named in
    @date_args take Python dates and, if @returns_date, the result is a
    Python date."""
    # Python passes only the in-arguments, in order, after the instance.
    names = [a.get_name() for a in info.get_arguments()
             if a.get_direction() != Direction.OUT]
    offset = 1 if info.is_method() else 0
    positions = []
    for name in date_args:
        if name not in names:
            raise AssertionError('%s has no argument %r' % (info.get_symbol(), name))
        positions.append(offset + names.index(name))

    @functools.wraps(info)
    def wrapper(*args, **kwargs):
        if positions:
            args = list(args)
            for i in positions:
                if i < len(args):
                    args[i] = date_from_py(args[i])
            for name in date_args:
                if name in kwargs:
                    kwargs[name] = date_from_py(kwargs[name])
        result = info(*args, **kwargs)
        return date_to_py(result) if returns_date else result

    wrapper.__name__ = info.get_name()
    wrapper.__qualname__ = info.get_name()
    # help() should show the Python types, not the C day numbers.
    doc = info.__doc__ or ''
    for name in date_args:
        doc = re.sub(r'\b%s:int\b' % name, name + ':datetime.date', doc)
    if returns_date:
        doc = re.sub(r'-> int\b', '-> datetime.date or None', doc)
    wrapper.__doc__ = doc
    return wrapper


# Class conveniences beyond date conversion, merged into the overrides below
# (after the table's wrappers, so an entry here replaces one there).

def _init_with_dates(base):
    """GObject properties that hold dates are guint day numbers; let
    Careplan.Event(kind=..., date=datetime.date(...)) work."""
    def __init__(self, **kwargs):
        base.__init__(self, **{key: date_from_py(value) if isinstance(value, datetime.date) else value
                               for key, value in kwargs.items()})
    return __init__


def _isoformat(value):
    return value.isoformat() if value else None


def _finding_to_dict(self):
    """The finding as a dict in the shape of DESIGN.md §4 (and of
    `careplan check --format json`): ISO strings for dates, None for
    nulls."""
    rule = self.get_rule()
    days_late = self.get_days_late()
    return {
        'child': self.get_child_id(),
        'rule': self.get_rule_id(),
        'status': Careplan.finding_status_to_string(self.get_status()),
        'anchor': {
            'kind': self.get_anchor_kind(),
            'date': _isoformat(self.get_anchor_date()),
        },
        'due': _isoformat(self.get_due()),
        'done': _isoformat(self.get_done()),
        'days_late': None if days_late < 0 else days_late,
        'message': self.get_message(),
        'citation': {
            'instrument': rule.get_instrument() if rule else None,
            'provision': rule.get_provision() if rule else None,
            'url': rule.get_url() if rule else None,
        },
    }


def _finding_repr(self):
    return '<Careplan.Finding %s %s %s due %s>' % (
        self.get_child_id(), self.get_rule_id(),
        Careplan.finding_status_to_string(self.get_status()), _isoformat(self.get_due()))


def _as_child_model(children):
    """A GListModel of children from any iterable of Careplan.Child."""
    if isinstance(children, Gio.ListModel):
        return children
    store = Gio.ListStore.new(Careplan.Child)
    for child in children:
        store.append(child)
    return store


def _engine_evaluate_all(self, children, as_of):
    """evaluate_all(self, children, as_of:datetime.date) -> Gio.ListModel

    Evaluates every child of @children (a Gio.ListModel or any iterable
    of Careplan.Child, such as a list) at @as_of.
    """
    return Careplan.Engine.evaluate_all(self, _as_child_model(children), date_from_py(as_of))


_EXTRAS = {
    'Finding': {'to_dict': _finding_to_dict, '__repr__': _finding_repr},
    'Engine': {'evaluate_all': _engine_evaluate_all},
}


def _build_overrides():
    by_owner = {}
    for owner, name, date_args, returns_date in _DATED_API:
        by_owner.setdefault(owner, []).append((name, date_args, returns_date))

    for name, date_args, returns_date in by_owner.pop(None):
        globals()[name] = _dated(getattr(Careplan, name), date_args, returns_date)
        __all__.append(name)

    for owner, entries in by_owner.items():
        base = getattr(Careplan, owner)
        namespace = {'__module__': __name__, '__init__': _init_with_dates(base)}
        for name, date_args, returns_date in entries:
            info = getattr(base, name)
            wrapper = _dated(info, date_args, returns_date)
            namespace[name] = wrapper if info.is_method() else staticmethod(wrapper)
        namespace.update(_EXTRAS.get(owner, {}))
        cls = override(type(owner, (base,), namespace))
        globals()[owner] = cls
        __all__.append(owner)


_build_overrides()


def load_records(path):
    """Loads children from a careplan JSON record file, or from every
    `*.json` file of a directory (in name order).

    Returns a Gio.ListModel of Careplan.Child (it iterates and has a len()).
    A bad file raises GLib.Error naming the file and position.
    """
    path = os.fspath(path)
    if not os.path.isdir(path):
        return Careplan.record_load_file(path)
    store = Gio.ListStore.new(Careplan.Child)
    for name in sorted(os.listdir(path)):
        if name.endswith('.json'):
            for child in Careplan.record_load_file(os.path.join(path, name)):
                store.append(child)
    return store


__all__.append('load_records')
