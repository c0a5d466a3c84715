#!/usr/bin/python3
# check_child.py: print what is overdue or due for children in care
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check_child.py FILE-OR-DIRECTORY...
#
# The Python twin of check-child.c, through the PyGObject overrides: dates
# are datetime.date, findings are dicts (Finding.to_dict()).

import sys
from datetime import date

import gi

gi.require_version('Careplan', '1.0')
from gi.repository import GLib, Careplan  # noqa: E402

# Fixed so that the output can be compared; a real tool would use date.today().
AS_OF = date(2025, 6, 30)


def print_finding(f):
    late = ', %d days late' % f['days_late'] if f['days_late'] is not None else ''
    print('%s %s %s: due %s%s' % (f['child'], f['status'], f['rule'], f['due'], late))
    print('    %(instrument)s, %(provision)s\n    %(url)s' % f['citation'])


def main(paths):
    if not paths:
        print('usage: check_child.py FILE-OR-DIRECTORY...', file=sys.stderr)
        return 2
    try:
        children = [child for path in paths for child in Careplan.load_records(path)]
    except GLib.Error as error:
        print(error.message, file=sys.stderr)
        return 1

    engine = Careplan.Engine.new(None, None)   # default rules and calendar
    counts = {'overdue': 0, 'due': 0}
    for finding in engine.evaluate_all(children, AS_OF):
        f = finding.to_dict()
        if f['status'] in counts:
            counts[f['status']] += 1
            print_finding(f)

    print('%d overdue, %d due (as of %s, %d children)'
          % (counts['overdue'], counts['due'], AS_OF.isoformat(), len(children)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
