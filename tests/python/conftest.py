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
