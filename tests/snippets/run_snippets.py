#!/usr/bin/python3
# run_snippets.py: run the Python and JavaScript snippets of the docs verbatim
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage:
#   run_snippets.py --devenv MESON BUILD_DIR PAGE.md...
#       each snippet inside `meson devenv -C BUILD_DIR`, from an environment
#       with no GI_TYPELIB_PATH, LD_LIBRARY_PATH, PYTHONPATH or GJS_PATH of
#       its own: what a user of a fresh clone gets;
#   run_snippets.py --prefix PREFIX PAGE.md...
#       each snippet against what `meson install` put in PREFIX, with the
#       variables docs/python.md and docs/javascript.md tell a user of such
#       a prefix to set.
#
# A page's ```python blocks are one program and its ```js blocks another,
# run in the order they appear (the guides build on earlier snippets, as a
# reader does), from the source root so that examples/data is found; a
# block fenced ```python no-run or ```js no-run is shown, not run.  Each
# program must exit 0; its output is printed on failure.

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

SOURCE = pathlib.Path(__file__).resolve().parents[2]
FENCE = re.compile(r'^```(python|js)([^\n]*)\n(.*?)^```\s*$', re.S | re.M)
PYTHON = '/usr/bin/python3'
CLEARED = ('GI_TYPELIB_PATH', 'LD_LIBRARY_PATH', 'PYTHONPATH', 'GJS_PATH')


def programs(page):
    """(language, source) for each language of @page that has snippets."""
    text = page.read_text(encoding='utf-8')
    blocks = {'python': [], 'js': []}
    for language, info, body in FENCE.findall(text):
        if 'no-run' not in info.split():
            blocks[language].append(body)
    return [(language, '\n'.join(bodies)) for language, bodies in blocks.items() if bodies]


def installed_env(prefix):
    """The variables docs/python.md and docs/javascript.md give for a
    prefix the system does not search."""
    prefix = pathlib.Path(prefix).resolve()

    def folder_of(pattern):
        found = sorted(prefix.glob(pattern))
        if not found:
            sys.exit('run_snippets: nothing matches %s under %s' % (pattern, prefix))
        return found[0]

    overrides = folder_of('**/gi/overrides/Careplan.py')
    typelib = folder_of('**/girepository-1.0/Careplan-1.0.typelib')
    library = folder_of('**/libcareplan-1.so')
    gjs = folder_of('**/gjs-1.0/overrides/Careplan.js')
    return {
        'PYTHONPATH': str(overrides.parents[2]),
        'GI_TYPELIB_PATH': str(typelib.parent),
        'LD_LIBRARY_PATH': str(library.parent),
        'GJS_PATH': str(gjs.parents[1]),
    }


def main():
    parser = argparse.ArgumentParser()
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument('--devenv', nargs=2, metavar=('MESON', 'BUILD_DIR'))
    where.add_argument('--prefix')
    where.add_argument('--inside-devenv', action='store_true', help=argparse.SUPPRESS)
    parser.add_argument('pages', nargs='+', type=pathlib.Path)
    args = parser.parse_args()

    env = {key: value for key, value in os.environ.items() if key not in CLEARED}
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env.setdefault('G_DEBUG', 'fatal-criticals')
    if args.devenv:
        # Start meson devenv once, from the cleared environment, and run
        # the snippets from inside it.
        meson, build_dir = args.devenv
        command = [meson, 'devenv', '-C', build_dir, '-w', str(SOURCE),
                   PYTHON, os.path.abspath(__file__), '--inside-devenv'] + \
            [str(page if page.is_absolute() else SOURCE / page) for page in args.pages]
        sys.exit(subprocess.run(command, env=env).returncode)
    if args.prefix:
        env.update(installed_env(args.prefix))
    else:
        env = dict(os.environ)
    wrapper = []

    failed = 0
    ran = 0
    with tempfile.TemporaryDirectory(prefix='careplan-snippets-') as scratch:
        for page in args.pages:
            page = page if page.is_absolute() else SOURCE / page
            for language, source in programs(page):
                name = '%s-%s.%s' % (page.stem, language, 'py' if language == 'python' else 'js')
                script = pathlib.Path(scratch) / name
                script.write_text(source, encoding='utf-8')
                command = [PYTHON, str(script)] if language == 'python' else ['gjs', '-m', str(script)]
                result = subprocess.run(wrapper + command, cwd=SOURCE, env=env,
                                        capture_output=True, text=True, timeout=120)
                ran += 1
                where = '%s (%s snippets)' % (page.relative_to(SOURCE), language)
                # GJS exits 0 on an uncaught exception in a module on some
                # versions: its CRITICAL on stderr counts as a failure.
                if result.returncode != 0 or 'JS ERROR' in result.stderr or \
                        'Traceback' in result.stderr:
                    failed += 1
                    print('FAIL %s: exit %d\n--- stdout\n%s--- stderr\n%s' % (
                        where, result.returncode, result.stdout[-3000:], result.stderr[-3000:]))
                else:
                    print('ok   %s' % where)
    if ran == 0:
        sys.exit('run_snippets: no snippets found')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
