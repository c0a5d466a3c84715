# conftest.py: shared set-up for the PyGObject tests
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# meson runs pytest with GI_TYPELIB_PATH, LD_LIBRARY_PATH and PYTHONPATH
# pointing at the build and at bindings/python (tests/meson.build).  The
# fallbacks below only let a developer run `pytest tests/python` inside
# `meson devenv`.

import os
import sys
from pathlib import Path

import pytest

SOURCE_DIR = Path(os.environ.get('CAREPLAN_SOURCE_DIR',
                                 Path(__file__).resolve().parents[2]))
BUILD_DIR = Path(os.environ['CAREPLAN_BUILD_DIR']) if 'CAREPLAN_BUILD_DIR' in os.environ else None
EXAMPLES_DATA = SOURCE_DIR / 'examples' / 'data'
SCENARIO_DIR = SOURCE_DIR / 'tests' / 'scenarios'

# The overrides must be on sys.path before gi.overrides is first imported:
# PyGObject extends that package's path only once.
_bindings = str(SOURCE_DIR / 'bindings' / 'python')
if _bindings not in sys.path:
    sys.path.insert(0, _bindings)

import gi  # noqa: E402

gi.require_version('Careplan', '1.0')

from gi.repository import Careplan  # noqa: E402


def pytest_report_header(config):
    overrides = sys.modules.get('gi.overrides.Careplan')
    return 'careplan overrides: %s' % (overrides.__file__ if overrides else 'NOT LOADED')


@pytest.fixture
def calendar():
    return Careplan.Calendar.new_default()


@pytest.fixture
def engine(calendar):
    return Careplan.Engine.new(Careplan.Rulebook.new_default(), calendar)


@pytest.fixture
def examples_data():
    if not EXAMPLES_DATA.is_dir() or not any(EXAMPLES_DATA.glob('*.json')):
        pytest.skip('examples/data holds no record files yet')
    return EXAMPLES_DATA


# Under `meson test --setup valgrind` the interpreter runs on valgrind, which
# watches the library as the bindings drive it in-process.  The careplan
# tool that many tests start is not traced there (meson.build,
# --trace-children-skip): the AddressSanitizer stage runs those tests on an
# instrumented tool.  So under valgrind a test that only drives the tool, or
# only reads files, would spend minutes of a slow interpreter checking
# nothing new; it is skipped, with that reason.  A test is taken to drive the
# tool when its code, or the code of a fixture it uses, names `subprocess`
# or a module-level helper that does.
UNDER_VALGRIND = os.environ.get('CAREPLAN_UNDER_VALGRIND') == '1'

_NOT_IN_PROCESS = {'subprocess', 'TOOL', 'CAREPLAN_TOOL'}


def _code_names(function):
    if isinstance(function, type):
        # A class: whatever its methods name.
        names = set()
        for member in vars(function).values():
            names |= _code_names(member)
        return names
    code = getattr(function, '__code__', None)
    if code is None:
        return set()
    names = set(code.co_names)
    for const in code.co_consts:
        if hasattr(const, 'co_names'):
            names |= set(const.co_names)
    return names


def _spawners(module):
    """Module-level functions of @module that start a process, directly or
    through another such function of the module."""
    functions = {name: value for name, value in vars(module).items()
                 if callable(value) and (hasattr(value, '__code__') or isinstance(value, type))}
    spawning = {name for name, f in functions.items() if _code_names(f) & _NOT_IN_PROCESS}
    while True:
        more = {name for name, f in functions.items()
                if name not in spawning and _code_names(f) & spawning}
        if not more:
            return spawning
        spawning |= more


def _drives_tool(item, spawners):
    names = _code_names(getattr(item, 'function', None))
    info = getattr(item, '_fixtureinfo', None)
    if info is not None:
        for definitions in info.name2fixturedefs.values():
            for definition in definitions:
                names |= _code_names(definition.func)
    return bool(names & (_NOT_IN_PROCESS | spawners))


def pytest_collection_modifyitems(config, items):
    if not UNDER_VALGRIND:
        return
    skip = pytest.mark.skip(reason='drives the careplan tool, which valgrind does not trace '
                                   '(the AddressSanitizer stage runs it)')
    by_module = {}
    for item in items:
        module = getattr(item, 'module', None)
        if module is None:
            continue
        if module not in by_module:
            by_module[module] = _spawners(module)
        if _drives_tool(item, by_module[module]):
            item.add_marker(skip)
