# Careplan.py: PyGObject overrides for the Careplan namespace
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The C API passes dates as CareplanDate, a guint32 day number (1 is
# 0001-01-01, the numbering of datetime.date.toordinal(); 0 means "no
# date").  Introspection only sees the integer, so without these overrides
# Python code would juggle ordinals.  Here every function, method and
# property that takes a date accepts a datetime.date (or an ISO
# 'YYYY-MM-DD' string, or None for "no date"), and every one that returns
# a date returns a datetime.date, or None for "no date".  A plain int is
# refused: evaluate(child, 2025) is a mistake, not day 2025.
#
# Beyond dates (docs/python.md is the guide):
#  - yes/no/not-recorded fields (CareplanTristate) are True/False/None;
#    "none" sentinels (days late -1, no SDQ score -1) are None;
#  - every GObject property is also a plain attribute (child.date_of_birth,
#    visit.seen_alone), props.* converts the same way, and constructors
#    take them as keywords: Careplan.Child(id='C1', date_of_birth=date(...));
#  - no length arguments and no tuples where one value is meant;
#  - repr(), str() and to_dict() on every model and result type, and
#    to_dicts() / to_dataframe() for a whole list (pandas optional).
#
# One table (_DATED_API) lists the dated entry points and one factory
# (_dated) wraps them, so a new dated function is one more table row.
# tests/python/test_date.py checks the table against the GIR, so a dated
# function cannot be missed.

import collections
import datetime
import functools
import math
import os
import re

from gi._gi import Direction, GObject as _GObjectBase, InfoType, Repository
from gi.repository import Gio, GLib, GObject

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


def _date_arg(value):
    """date_from_py for the wrapped API: a datetime.date, an ISO string or
    None; an int is refused (evaluate(child, 2025) is not day 2025)."""
    if isinstance(value, int) and not isinstance(value, bool):
        raise TypeError('expected a datetime.date, an ISO date string or None, '
                        'not the int %d (careplan dates are dates, not day numbers)' % value)
    return date_from_py(value)


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
    ('Engine', 'check_child', ('as_of',), False),
    ('Engine', 'evaluate_all', ('as_of',), False),
    ('Engine', 'evaluate_caseload', ('as_of',), False),
    ('EvaluationQueue', 'new', ('as_of',), False),
    ('EvaluationQueue', 'get_as_of', (), True),

    ('FindingsWriter', 'new', ('as_of',), False),

    (None, 'measures_get_period_start', ('period_end',), True),
    (None, 'measures_compute', ('period_start', 'period_end'), False),
    (None, 'timeline_render', ('as_of',), False),
    (None, 'measures_compute_full', ('period_start', 'period_end'), False),
    ('MeasuresAccumulator', 'new', ('period_start', 'period_end'), False),
    ('MeasuresComparison', 'lookup', ('period_end',), False),
    (None, 'measures_item_to_csv', ('period_end',), False),
    ('Measure', 'get_period_start', (), True),
    ('Measure', 'get_period_end', (), True),

    ('Plan', 'get_date', (), True),
    ('Plan', 'get_placement_start', (), True),
    ('Plan', 'get_agreement_date', (), True),
    ('Plan', 'cross_check', ('as_of',), False),
    ('PlanWriter', 'new', ('as_of',), False),
    (None, 'timeline_render', ('as_of',), False),
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
                    args[i] = _date_arg(args[i])
            for name in date_args:
                if name in kwargs:
                    kwargs[name] = _date_arg(kwargs[name])
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


# Yes / no / not recorded ---------------------------------------------------

def _tristate_to_py(value):
    """Careplan.Tristate -> True, False or None (not recorded)."""
    if value == Careplan.Tristate.YES:
        return True
    if value == Careplan.Tristate.NO:
        return False
    return None


def _tristate_from_py(value):
    """True, False or None (not recorded) -> Careplan.Tristate.  A plain
    int is refused, so that 1 cannot silently mean "no"."""
    if value is None:
        return Careplan.Tristate.UNSET
    if isinstance(value, Careplan.Tristate):
        return value
    if isinstance(value, bool):
        return Careplan.Tristate.YES if value else Careplan.Tristate.NO
    raise TypeError('expected True, False or None (not recorded), not %r' % (value,))


def _is_tristate(type_info):
    interface = type_info.get_interface() if type_info.get_tag() == 16 else None
    return interface is not None and interface.get_name() == 'Tristate' \
        and interface.get_namespace() == 'Careplan'


def _tristated(func, info):
    """Wraps @func (the callable of @info, maybe already date-wrapped) so
    that its Tristate arguments take True/False/None and a Tristate result
    comes back as True/False/None."""
    names = [a.get_name() for a in info.get_arguments() if a.get_direction() != Direction.OUT]
    offset = 1 if info.is_method() else 0
    tristate_names = [a.get_name() for a in info.get_arguments()
                      if a.get_direction() != Direction.OUT and _is_tristate(a.get_type())]
    positions = [offset + names.index(n) for n in tristate_names]
    returns = _is_tristate(info.get_return_type())
    if not positions and not returns:
        return None

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        args = list(args)
        for i in positions:
            if i < len(args):
                args[i] = _tristate_from_py(args[i])
        for name in tristate_names:
            if name in kwargs:
                kwargs[name] = _tristate_from_py(kwargs[name])
        result = func(*args, **kwargs)
        return _tristate_to_py(result) if returns else result

    doc = func.__doc__ or ''
    for name in tristate_names:
        doc = re.sub(r'\b%s:Careplan\.Tristate\b' % name, name + ':bool or None', doc)
    if returns:
        doc = re.sub(r'-> Careplan\.Tristate\b', '-> bool or None', doc)
    wrapper.__doc__ = doc
    return wrapper


# Properties ----------------------------------------------------------------

# The GObject properties that hold a CareplanDate (guint day numbers in C).
# tests/python/test_pythonic.py checks this against the GIR.
_DATE_PROPS = {
    'Calendar': ('first-date', 'last-date'),
    'CareLeaver': ('accommodation-from', 'adviser-declined', 'needs-assessment',
                   'personal-adviser-from', 'staying-put-from', 'support-requested'),
    'Child': ('date-of-birth',),
    'Episode': ('start', 'end'),
    'EvaluationQueue': ('as-of',),
    'Event': ('date', 'end', 'extended-to', 'approved'),
    'Finding': ('anchor-date', 'due', 'done'),
    'FindingsWriter': ('as-of',),
    'Measure': ('period-start', 'period-end'),
    'PeriodOfCare': ('start', 'end'),
    'Placement': ('start', 'end'),
    'Rule': ('in-force-from', 'in-force-until'),
    'Plan': ('date', 'placement-start'),
    'PlanWriter': ('as-of',),
}


def _none_if_negative(value):
    return None if value < 0 else value


def _score_from_py(value):
    return Careplan.EVENT_NO_SCORE if value is None else value


def _identity(value):
    return value


# (class, property) -> (to Python, from Python), beyond dates and tristates.
_SPECIAL_PROPS = {
    ('Event', 'score'): (_none_if_negative, _score_from_py),
    ('Finding', 'days-late'): (_none_if_negative, _identity),
    ('Measure', 'rate'): (lambda value: None if math.isnan(value) else value, _identity),
}


def _converters(owner, pspec):
    name = pspec.name
    if name in _DATE_PROPS.get(owner, ()):
        return date_to_py, _date_arg
    if (owner, name) in _SPECIAL_PROPS:
        return _SPECIAL_PROPS[(owner, name)]
    if pspec.value_type == Careplan.Tristate.__gtype__:
        return _tristate_to_py, _tristate_from_py
    return _identity, _identity


def _pspec_of(cls, name):
    return cls.find_property(name.replace('_', '-'))


def _owner_of(cls):
    for klass in cls.__mro__:
        if getattr(klass, '__module__', None) == __name__:
            return klass.__name__
    return cls.__name__


def _prop_to_py(obj, name, value):
    pspec = _pspec_of(type(obj), name)
    return value if pspec is None else _converters(_owner_of(type(obj)), pspec)[0](value)


def _prop_from_py(cls, name, value):
    pspec = _pspec_of(cls, name)
    return value if pspec is None else _converters(_owner_of(cls), pspec)[1](value)


_RAW_PROPS = _GObjectBase.__dict__['props']


class _Props(object):
    """obj.props with Python values: dates as datetime.date, yes/no as
    True/False/None, "none" sentinels as None."""
    __slots__ = ('_obj', '_raw')

    def __init__(self, obj):
        object.__setattr__(self, '_obj', obj)
        object.__setattr__(self, '_raw', _RAW_PROPS.__get__(obj, type(obj)))

    def __getattr__(self, name):
        return _prop_to_py(self._obj, name, getattr(self._raw, name))

    def __setattr__(self, name, value):
        setattr(self._raw, name, _prop_from_py(type(self._obj), name, value))

    def __dir__(self):
        return dir(self._raw)


class _PropsDescriptor(object):
    def __get__(self, obj, cls=None):
        if obj is None:
            return _RAW_PROPS.__get__(None, cls)
        return _Props(obj)


def _get_property(self, name):
    return _prop_to_py(self, name, GObject.Object.get_property(self, name))


def _set_property(self, name, value):
    GObject.Object.set_property(self, name, _prop_from_py(type(self), name, value))


def _attribute(name, writable):
    def getter(self):
        return _prop_to_py(self, name, GObject.Object.get_property(self, name))

    def setter(self, value):
        GObject.Object.set_property(self, name, _prop_from_py(type(self), name, value))

    return property(getter, setter if writable else None,
                    doc='The %s property (see props.%s).' % (name, name.replace('-', '_')))


def _init_with_python_values(base):
    """Careplan.Child(id='C1', date_of_birth=datetime.date(2015, 3, 2)):
    keyword constructors take Python values."""
    def __init__(self, **kwargs):
        base.__init__(self, **{key: _prop_from_py(base, key, value) for key, value in kwargs.items()})
    return __init__


# repr(), str() and to_dict() -------------------------------------------------

def _python_value(value):
    """A property value as to_dict() gives it."""
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, Gio.ListModel):
        return [_python_value(item) for item in value]
    if isinstance(value, GObject.Object):
        return value.to_dict() if hasattr(value, 'to_dict') else value
    return value


def _props_dict(self, skip=()):
    result = {}
    for pspec in type(self).list_properties():
        if not pspec.flags & GObject.ParamFlags.READABLE or pspec.name in skip:
            continue
        name = pspec.name.replace('-', '_')
        result[name] = _python_value(_prop_to_py(self, pspec.name,
                                                 GObject.Object.get_property(self, pspec.name)))
    return result


def _object_to_dict(self):
    """This object as a dict of Python values: one key per property (with
    '_' for '-'), dates as datetime.date, yes/no as True/False/None, enums
    as their nicks, lists as lists of dicts."""
    return _props_dict(self)


def _event_to_dict(self):
    """The event as a dict: one key per property, plus `fields`, its named
    date and text fields (dates as datetime.date)."""
    result = _props_dict(self)
    fields = {}
    for name in self.dup_field_names():
        day = self.get_date_field(name)
        fields[name] = day if day is not None else self.get_text_field(name)
    result['fields'] = fields
    return result


def _finding_to_dict(self):
    """The finding as a dict in the shape of docs/overview.md, findings (and of
    `careplan check --format json`), with datetime.date for dates and
    None for nulls (json.dumps(..., default=str) writes ISO dates)."""
    rule = self.get_rule()
    return {
        'child': self.get_child_id(),
        'rule': self.get_rule_id(),
        'status': Careplan.finding_status_to_string(self.get_status()),
        'anchor': {
            'kind': self.get_anchor_kind(),
            'date': self.get_anchor_date(),
        },
        'due': self.get_due(),
        'done': self.get_done(),
        'days_late': self.get_days_late(),
        'message': self.get_message(),
        'citation': {
            'instrument': rule.get_instrument() if rule else None,
            'provision': rule.get_provision() if rule else None,
            'url': rule.get_url() if rule else None,
        },
    }


def _rule_to_dict(self):
    """The rule as a dict: its properties and `parameters`, name ->
    {'value', 'unit', 'description'}."""
    result = _props_dict(self)
    result['parameters'] = {
        name: {
            'value': self.get_parameter(name),
            'unit': self.get_parameter_unit(name),
            'description': self.get_parameter_description(name),
        } for name in self.get_parameter_names()
    }
    return result


def _measure_to_dict(self):
    """The measure as a dict: its properties (rate None when there is no
    denominator) and `parameters` (name -> value as text)."""
    result = _props_dict(self)
    result['parameters'] = {name: self.get_parameter_value(name)
                            for name in self.get_parameter_names()}
    return result


def _problem_to_dict(self):
    return _props_dict(self)


_REPR_FIELDS = {
    'Child': ('id', 'date-of-birth'),
    'Event': ('kind', 'date'),
    'Episode': ('start', 'end', 'legal-status', 'placement-type'),
    'Placement': ('start', 'end', 'placement-type'),
    'PeriodOfCare': ('start', 'end'),
    'CareLeaver': (),
    'Finding': ('child-id', 'rule-id', 'status', 'due'),
    'Rule': ('id',),
    'Measure': ('id', 'numerator', 'denominator'),
    'Problem': ('kind', 'child-id', 'field'),
    'Calendar': ('first-date', 'last-date'),
    'Plan': ('child-id', 'kind', 'date'),
    'PlanElement': ('id', 'kind'),
    'PlanResult': ('status', 'message'),
}


def _make_repr(owner):
    fields = _REPR_FIELDS[owner]

    def __repr__(self):
        parts = []
        for name in fields:
            value = _prop_to_py(self, name, GObject.Object.get_property(self, name))
            if isinstance(value, GObject.GEnum):
                value = value.value_nick
            parts.append('%s=%r' % (name.replace('-', '_'), value))
        return 'Careplan.%s(%s)' % (owner, ', '.join(parts))
    return __repr__


def _finding_str(self):
    due = self.get_due()
    return '%s %s %s%s: %s' % (
        self.get_child_id(), self.get_rule_id(),
        Careplan.finding_status_to_string(self.get_status()),
        ' (due %s)' % due.isoformat() if due else '', self.get_message())


def _problem_str(self):
    return self.to_string()


# Methods that are C-shaped ----------------------------------------------------

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
    return Careplan.Engine.evaluate_all(self, _as_child_model(children), _date_arg(as_of))


def _rule_get_parameter(self, name):
    """get_parameter(self, name:str) -> int

    The value of the parameter @name (in the unit get_parameter_unit()
    gives).  KeyError when the rule has no such parameter."""
    found, value, _unit = Careplan.Rule.get_parameter(self, name)
    if not found:
        raise KeyError('rule %s has no parameter %r' % (self.get_id(), name))
    return value


def _rule_get_parameter_unit(self, name):
    """get_parameter_unit(self, name:str) -> str

    The unit of the parameter @name ('days', 'working-days', 'months', …).
    KeyError when the rule has no such parameter."""
    found, _value, unit = Careplan.Rule.get_parameter(self, name)
    if not found:
        raise KeyError('rule %s has no parameter %r' % (self.get_id(), name))
    return Careplan.time_unit_to_string(unit)


def _plan_load_data(data, name=None, *legacy):
    """load_data(data:str or bytes, name:str=None) -> Careplan.Plan

    (The C form load_data(data, length, name) is accepted too.)"""
    data, name = _legacy_length(data, name, legacy)
    return Careplan.Plan.load_data(_text(data), -1, name)


def _legacy_length(data, name, legacy):
    """(data, name) from a call in the C form (data, length, name)."""
    if isinstance(name, int) and not isinstance(name, bool):
        length, name = name, (legacy[0] if legacy else None)
        if length >= 0:
            data = data[:length]
    return data, name


def _calendar_new_from_data(data, divisions=None):
    """new_from_data(data:str or bytes, divisions:str=None) -> Careplan.Calendar"""
    return Careplan.Calendar.new_from_data(_text(data), -1, divisions)


_EXTRAS = {
    'Child': {'to_dict': _object_to_dict},
    'Event': {'to_dict': _event_to_dict},
    'Episode': {'to_dict': _object_to_dict},
    'Placement': {'to_dict': _object_to_dict},
    'PeriodOfCare': {'to_dict': _object_to_dict},
    'CareLeaver': {'to_dict': _object_to_dict},
    'Finding': {'to_dict': _finding_to_dict, '__str__': _finding_str},
    'Rule': {'to_dict': _rule_to_dict, 'get_parameter': _rule_get_parameter,
             'get_parameter_unit': _rule_get_parameter_unit},
    'Measure': {'to_dict': _measure_to_dict},
    'Problem': {'to_dict': _problem_to_dict, '__str__': _problem_str},
    'Plan': {'to_dict': _object_to_dict, 'load_data': staticmethod(_plan_load_data)},
    'PlanElement': {'to_dict': _object_to_dict},
    'PlanResult': {'to_dict': _object_to_dict},
    'Calendar': {'new_from_data': staticmethod(_calendar_new_from_data)},
    'Engine': {'evaluate_all': _engine_evaluate_all},
}

# The classes overridden: every GObject class of the namespace.
_CLASSES = tuple(sorted(info.get_name() for info in Repository.get_default().get_infos('Careplan')
                        if info.get_type() == InfoType.OBJECT))


def _build_overrides():
    by_owner = {owner: [] for owner in _CLASSES}
    functions = []
    for owner, name, date_args, returns_date in _DATED_API:
        if owner is None:
            functions.append((name, date_args, returns_date))
        else:
            by_owner[owner].append((name, date_args, returns_date))

    for name, date_args, returns_date in functions:
        globals()[name] = _dated(getattr(Careplan, name), date_args, returns_date)
        __all__.append(name)

    for owner, entries in by_owner.items():
        base = getattr(Careplan, owner)
        namespace = {
            '__module__': __name__,
            '__init__': _init_with_python_values(base),
            'props': _PropsDescriptor(),
            'get_property': _get_property,
            'set_property': _set_property,
        }
        dated = {}
        for name, date_args, returns_date in entries:
            dated[name] = _dated(getattr(base, name), date_args, returns_date)
        for info in base.__info__.get_methods():
            name = info.get_name()
            func = dated.get(name, getattr(base, name))
            wrapped = _tristated(func, info)
            if wrapped is not None:
                dated[name] = wrapped
        for name, wrapper in dated.items():
            info = getattr(base, name)
            namespace[name] = wrapper if info.is_method() else staticmethod(wrapper)
        if owner in _REPR_FIELDS:
            namespace['__repr__'] = _make_repr(owner)
        namespace.update(_EXTRAS.get(owner, {}))
        for pspec in base.list_properties():
            attribute = pspec.name.replace('-', '_')
            if attribute in namespace or hasattr(base, attribute):
                continue
            writable = bool(pspec.flags & GObject.ParamFlags.WRITABLE) and \
                not pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY
            namespace[attribute] = _attribute(pspec.name, writable)
        cls = override(type(owner, (base,), namespace))
        globals()[owner] = cls
        __all__.append(owner)


_build_overrides()


# "None" sentinels of methods -------------------------------------------------

def _none_sentinel(owner, name, doc_from, doc_to):
    base_method = getattr(globals()[owner], name)

    @functools.wraps(base_method)
    def wrapper(self, *args):
        return _none_if_negative(base_method(self, *args))
    wrapper.__doc__ = (base_method.__doc__ or '').replace(doc_from, doc_to)
    setattr(globals()[owner], name, wrapper)


_none_sentinel('Finding', 'get_days_late', '-> int', '-> int or None')
_none_sentinel('Event', 'get_score', '-> int', '-> int or None')
_none_sentinel('Child', 'get_age_on', '-> int', '-> int or None')


def _date_get_age_on(date_of_birth, date, policy=None):
    """date_get_age_on(date_of_birth:datetime.date, date:datetime.date,
    policy:Careplan.LeapDayPolicy=MARCH_1) -> int or None

    The age in whole years on @date, None when @date is before the birth."""
    if policy is None:
        policy = Careplan.LeapDayPolicy.MARCH_1
    return _none_if_negative(_dated_date_get_age_on(date_of_birth, date, policy))


_dated_date_get_age_on = globals()['date_get_age_on']
globals()['date_get_age_on'] = _date_get_age_on


def _event_set_score(self, score):
    """set_score(self, score:int or None)"""
    Careplan.Event.set_score(self, _score_from_py(score))


def _measure_get_rate(self):
    """get_rate(self) -> float or None (None when there is no denominator)"""
    return Careplan.Measure.get_rate(self) if self.has_rate() else None


Event.set_score = _event_set_score
Measure.get_rate = _measure_get_rate


def _finding_status_from_string(text):
    """finding_status_from_string(text:str) -> Careplan.FindingStatus

    ValueError when @text names no status."""
    found, status = Careplan.finding_status_from_string(text)
    if not found:
        raise ValueError('%r is not a finding status' % (text,))
    return status


globals()['finding_status_from_string'] = _finding_status_from_string
__all__.append('finding_status_from_string')


# Records, returns, policies: no lengths, no tuples ---------------------------

LoadResult = collections.namedtuple('LoadResult', ('children', 'problems'))
LoadResult.__doc__ = '''What a reader that keeps going gives: the children read (a Gio.ListModel
of Careplan.Child) and the problems found (a Gio.ListModel of
Careplan.Problem).  Unpacks as `children, problems = ...`.'''
__all__.append('LoadResult')


def _text(data):
    """str or bytes (UTF-8) -> str; bytes that are not UTF-8 raise the
    GLib.Error a reader raises for bad JSON."""
    if isinstance(data, str):
        return data
    if isinstance(data, (bytes, bytearray, memoryview)):
        try:
            return bytes(data).decode('utf-8')
        except UnicodeDecodeError as e:
            raise GLib.Error.new_literal(Careplan.error_quark(),
                                         'the data is not UTF-8 text: %s' % e,
                                         int(Careplan.Error.INVALID_JSON))
    raise TypeError('expected str or bytes, not %s' % type(data).__name__)


def record_load_data(data, filename=None, *legacy):
    """record_load_data(data:str or bytes, filename:str=None) -> Gio.ListModel

    Reads careplan JSON records from @data; @filename names it in
    messages.  Returns a Gio.ListModel of Careplan.Child.  (The C form
    record_load_data(data, length, filename) is accepted too.)"""
    data, filename = _legacy_length(data, filename, legacy)
    return Careplan.record_load_data(_text(data), -1, filename)


def record_save_data(children):
    """record_save_data(children) -> str

    The careplan JSON record text of @children (a Gio.ListModel or any
    iterable of Careplan.Child).  GLib.Error (Careplan.Error.INVALID_RECORD)
    for a child without an id, whose record could not be read back."""
    model = _as_child_model(children)
    for position, child in enumerate(model):
        if isinstance(child, Careplan.Child) and not child.get_id():
            raise GLib.Error.new_literal(Careplan.error_quark(),
                                         "children[%d]: child has no id (field 'id')" % position,
                                         int(Careplan.Error.INVALID_RECORD))
    text, _length = Careplan.record_save_data(model)
    return text


def record_save_file(children, path):
    """record_save_file(children, path) -> True; GLib.Error on failure."""
    return Careplan.record_save_file(_as_child_model(children), os.fspath(path))


def record_load_file_keep_going(path):
    """record_load_file_keep_going(path) -> LoadResult(children, problems)"""
    children, problems = Careplan.record_load_file_keep_going(os.fspath(path))
    return LoadResult(children, problems)


def ssda903_load_dir(dir, collection_year=0):
    """ssda903_load_dir(dir, collection_year:int=0) -> LoadResult(children, problems)

    Reads the SSDA903 return in the folder @dir; @collection_year is the
    year the collection ends in (2026 for 2025/26), 0 to infer it."""
    children, problems = Careplan.ssda903_load_dir(os.fspath(dir), collection_year)
    return LoadResult(children, problems)


def ssda903_load_dir_full(dir, collection_year=0, max_file_size=0):
    """ssda903_load_dir_full(dir, collection_year:int=0, max_file_size:int=0) -> LoadResult(children, problems)

    As ssda903_load_dir(), refusing a CSV file bigger than @max_file_size
    bytes (0: Careplan.SSDA903_DEFAULT_MAX_FILE_SIZE, 1 GiB)."""
    children, problems = Careplan.ssda903_load_dir_full(os.fspath(dir), collection_year, max_file_size)
    return LoadResult(children, problems)


def ssda903_save_dir(children, dir, collection_year=0):
    """ssda903_save_dir(children, dir, collection_year:int=0) -> True; GLib.Error on failure."""
    return Careplan.ssda903_save_dir(_as_child_model(children), os.fspath(dir), collection_year)


def ssda903_guess_collection_year(children):
    """ssda903_guess_collection_year(children) -> int"""
    return Careplan.ssda903_guess_collection_year(_as_child_model(children))


def policy_load_data(rulebook, data, filename=None, *legacy):
    """policy_load_data(rulebook, data:str or bytes, filename:str=None) -> True

    Adds the local policy in @data to @rulebook; GLib.Error when it is
    not a valid policy.  (The C form policy_load_data(rulebook, data,
    length, filename) is accepted too.)"""
    data, filename = _legacy_length(data, filename, legacy)
    return Careplan.policy_load_data(rulebook, _text(data), -1, filename)


def policy_load_file(rulebook, path):
    """policy_load_file(rulebook, path) -> True; GLib.Error when @path is
    not a valid policy."""
    return Careplan.policy_load_file(rulebook, os.fspath(path))


def measures_compute(children, period_start, period_end, calendar=None):
    """measures_compute(children, period_start:datetime.date,
    period_end:datetime.date, calendar=None) -> Gio.ListModel of Careplan.Measure"""
    return Careplan.measures_compute(_as_child_model(children), _date_arg(period_start),
                                     _date_arg(period_end), calendar)


def measures_compute_full(children, period_start, period_end, calendar=None,
                          rulebook=None, parameters=None):
    """measures_compute_full(children, period_start, period_end, calendar=None,
    rulebook=None, parameters=None) -> Gio.ListModel of Careplan.Measure

    @parameters is a list of 'measure.parameter=value' strings or a dict
    {'measure.parameter': value}."""
    if isinstance(parameters, dict):
        parameters = ['%s=%s' % item for item in parameters.items()]
    return Careplan.measures_compute_full(_as_child_model(children), _date_arg(period_start),
                                          _date_arg(period_end), calendar, rulebook, parameters)


__all__ += ['record_load_data', 'record_save_data', 'record_save_file',
            'record_load_file_keep_going', 'ssda903_load_dir', 'ssda903_load_dir_full', 'ssda903_save_dir',
            'ssda903_guess_collection_year', 'policy_load_data', 'policy_load_file',
            'measures_compute', 'measures_compute_full']


# Whole lists as dicts and data frames ----------------------------------------

def to_dicts(items):
    """The to_dict() of every item of @items (a Gio.ListModel, such as the
    findings of Engine.evaluate_all() or the measures of
    measures_compute(), or any iterable of careplan objects)."""
    return [item.to_dict() for item in items]


def to_dataframe(items):
    """A pandas.DataFrame with one row per item of @items (to_dicts()),
    nested dicts flattened into columns joined with '_' (anchor_date,
    citation_url, …).  Needs pandas (Debian: python3-pandas); ImportError
    with that advice when it is missing."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError('to_dataframe() needs pandas (apt-get install python3-pandas); '
                          'to_dicts() gives the same rows as a list of dicts') from e
    return pandas.json_normalize(to_dicts(items), sep='_')


__all__ += ['to_dicts', 'to_dataframe']


def load_records(path):
    """Loads children from a careplan JSON record file, or from every
    `*.json` file of a directory (in name order).

    Returns a Gio.ListModel of Careplan.Child (it iterates, indexes and
    has a len()).  A bad file raises GLib.Error naming the file and
    position.
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
