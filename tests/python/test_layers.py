# test_layers.py: the library's layers include only downwards
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# docs/overview.md: data flows from time to model to rules to engine to
# io, and the tools sit on top.  A file of lib/<layer>/ may include the
# headers of its own layer and of the layers below it, never those of a
# layer above: a rule cannot reach the I/O code, a model file cannot
# reach a rule.  A header's layer is the folder of the .c file that
# implements it (public headers in include/careplan/) or the folder it
# lives in (private headers); generated and shared headers (the error
# domain, enum types, version macros, config.h) belong to no layer.

import re

from conftest import SOURCE_DIR

# Folders of lib/ and their rank: a file may include headers of its own
# rank or lower.  Feature folders built on the engine (plan documents, the
# cohort measures) share a rank between the engine and io.
RANKS = {'time': 0, 'model': 1, 'rules': 2, 'engine': 3, 'plans': 4, 'measures': 4, 'io': 5}
LAYERS = sorted(RANKS, key=RANKS.get)
LIB = SOURCE_DIR / 'lib'
INCLUDE = SOURCE_DIR / 'include' / 'careplan'
BASE = {'config.h', 'careplan-error.h', 'careplan-enum-types.h', 'careplan-version-macros.h',
        'careplan-version.h', 'careplan-tristate.h'}
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"](?:careplan/)?([^>"/]+\.h)[>"]', re.M)


def header_layers():
    """Maps each of careplan's own headers to the index of its layer."""
    layers = {}
    for layer in LAYERS:
        rank = RANKS[layer]
        if not (LIB / layer).is_dir():
            continue
        for path in (LIB / layer).rglob('*'):
            if path.suffix == '.h':
                layers[path.name] = rank
            elif path.suffix == '.c':
                # careplan-record-reader.c implements careplan-record.h
                for header in INCLUDE.glob('*.h'):
                    if path.stem == header.stem or path.stem.startswith(header.stem + '-'):
                        layers.setdefault(header.name, rank)
    return layers


def violations_in(text, rank, layers):
    """The includes of a file of layer @rank (its @text) that reach higher."""
    found = []
    for name in INCLUDE_RE.findall(text):
        if name == 'careplan.h':
            found.append('the umbrella careplan.h')
        elif layers.get(name, -1) > rank:
            found.append(f'{name} (rank {layers[name]})')
    return found


def test_every_public_header_has_a_layer():
    layers = header_layers()
    missing = [p.name for p in INCLUDE.glob('*.h')
               if p.name not in layers and p.name not in BASE and p.name != 'careplan.h']
    assert not missing, f'public headers with no implementation in a layer folder: {missing}'


def test_no_file_includes_a_higher_layer():
    layers = header_layers()
    violations = []
    for layer in LAYERS:
        rank = RANKS[layer]
        if not (LIB / layer).is_dir():
            continue
        for path in sorted((LIB / layer).rglob('*')):
            if path.suffix not in ('.c', '.h'):
                continue
            for name in violations_in(path.read_text(encoding='utf-8'), rank, layers):
                violations.append(f'{path.relative_to(SOURCE_DIR)} ({layer}) includes {name}')
    assert not violations, '\n'.join(violations)


def test_every_lib_folder_has_a_layer():
    folders = {p.name for p in LIB.iterdir() if p.is_dir()}
    assert folders <= set(RANKS), f'lib/ folders with no layer in RANKS: {folders - set(RANKS)}'


def test_the_check_sees_a_violation():
    layers = header_layers()
    model = RANKS['model']
    assert layers['careplan-rule-private.h'] == RANKS['rules']
    assert layers['careplan-record.h'] == RANKS['io']
    assert violations_in('#include "careplan-rule-private.h"\n', model, layers)
    assert violations_in('#include <careplan/careplan-engine.h>\n', model, layers)
    assert not violations_in('#include "careplan-date.h"\n#include "config.h"\n', model, layers)
