#!/usr/bin/python3
# gen_validation_cases.py: writes SSDA903 returns that test the DfE
# validation checks on both sides of each boundary
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage:
#   gen_validation_cases.py [--year YYYY] [--seed S] [--codes C1,C2,...] OUTDIR
#
# Writes into OUTDIR:
#   input/     the eleven CSV tables of one return for the collection year
#              ending on 31 March YYYY (2026 for 2025/26), DfE headers,
#              dates as dd/mm/yyyy;
#   previous/  last year's return, for the checks that compare with it
#              (`careplan validate --previous`);
#   reference/ the reference data of `careplan validate --reference`
#              (postcodes.csv, local-authorities.csv, ofsted-providers.csv,
#              authority.txt: the formats of docs/ssda903-validation.md)
#              holding every postcode and URN of the return unless a case
#              leaves one out;
#   cases.csv  `child_id,rule_code,expect,table,what`: one line per child
#              of the return, each child being one case of one check.
#              `expect` is `fires` (the check must flag the child's row in
#              `table`) or `quiet` (the check must flag nothing of that
#              child); `what` says which side of the boundary it is.
#
# Every child starts as the same clean journey (Header, one episode
# opened during the year and still open on 31 March, its first review, a
# social-worker episode, a PrevPerm row) and its case then changes what
# the check reads: a date on, before or after a boundary, a code inside or
# outside a list, a cell blank or filled, a row duplicated or missing.  The
# seed moves the clean journey (date of birth, dates of the episode,
# identifiers) so that a check that holds only for one set of dates shows.
#
# The cases themselves are in validation_cases/*.py, one file per range of
# codes (so that engineers working on different ranges do not edit one
# file); each registers its cases with the @case decorator below.  Only the
# standard library is used.

import argparse
import csv
import datetime
import glob
import importlib.util
import os
import random
import sys

HEADERS = {
    'Header': ('header.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'),
    'Episodes': ('episodes.csv', 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,'
                 'REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN'),
    'Reviews': ('reviews.csv', 'CHILD,DOB,REVIEW,REVIEW_CODE'),
    'UASC': ('uasc.csv', 'CHILD,SEX,DOB,DUC'),
    'OC2': ('oc2.csv', 'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,'
            'TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,'
            'INTERVENTION_OFFERED'),
    'OC3': ('oc3.csv', 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM'),
    'AD1': ('ad1.csv', 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,'
            'LS_ADOPTR'),
    'PlacedAdoption': ('placed_for_adoption.csv', 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,'
                       'REASON_PLACED_CEASED'),
    'PrevPerm': ('previous_permanence.csv', 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM'),
    'Missing': ('missing.csv', 'CHILD,DOB,MISSING,MIS_START,MIS_END'),
    'SWEpisodes': ('sw_episodes.csv', 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON'),
}
TABLE_ORDER = list(HEADERS)

DAY = datetime.timedelta(days=1)
UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'


def fmt(value):
    """A cell: dates as dd/mm/yyyy, None as blank, anything else as text."""
    if value is None:
        return ''
    if isinstance(value, datetime.date):
        return value.strftime('%d/%m/%Y')
    return str(value)


def add_years(d, years):
    """The corresponding date @years later; a 29 February birthday falls on
    1 March in a common year (English law, as careplan measures ages)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return datetime.date(d.year + years, 3, 1)


def upn(rng):
    """A well-formed UPN: check letter, LA number, year, serial."""
    body = '%03d%02d%06d%d' % (rng.randrange(201, 938), rng.randrange(100),
                               rng.randrange(10 ** 6), rng.randrange(10))
    total = sum((i + 2) * int(c) for i, c in enumerate(body))
    return UPN_LETTERS[total % 23] + body


class Child:
    """One child of the return: its rows by table, this year and last."""

    def __init__(self, ret, child_id):
        self.ret = ret
        self.id = child_id
        self.rows = {t: [] for t in TABLE_ORDER}
        self.prev = {t: [] for t in TABLE_ORDER}
        rng = ret.rng
        y = ret.year
        self.dob = datetime.date(y - 11, rng.randrange(1, 13), rng.randrange(1, 29))
        self.decom = ret.start + DAY * rng.randrange(30, 120)
        self.header = self.add('Header', SEX='M' if y >= 2025 else '1', DOB=self.dob,
                               ETHNIC='WBRI', UPN=upn(rng), MOTHER=None, MC_DOB=None)
        self.episode = self.add('Episodes', DECOM=self.decom, RNE='S', LS='C2', CIN='N1',
                                PLACE='U1', PLACE_PROVIDER='PR1', DEC=None, REC=None,
                                REASON_PLACE_CHANGE=None, HOME_POST='EX1 1AA',
                                PL_POST='EX2 2BB', URN='SC%06d' % rng.randrange(10 ** 6))
        self.add('Reviews', REVIEW=self.decom + 20 * DAY, REVIEW_CODE='PN1')
        self.sw = self.add('SWEpisodes', SW_ID='SW%06d' % rng.randrange(10 ** 6),
                           SW_DECOM=self.decom, SW_DEC=None, SW_REASON='OTHERS')
        self.prevperm = self.add('PrevPerm', PREV_PERM='Z1', LA_PERM=None, DATE_PERM=None)

    def add(self, table, **cells):
        """Appends a row to @table (DOB, SEX of UASC filled from Header)."""
        row = {'CHILD': self.id}
        if 'DOB' in HEADERS[table][1].split(',') and table != 'Header':
            row['DOB'] = self.dob
        if table == 'UASC':
            row['SEX'] = self.header['SEX']
        row.update(cells)
        self.rows[table].append(row)
        return row

    def add_prev(self, table, **cells):
        row = {'CHILD': self.id}
        if 'DOB' in HEADERS[table][1].split(',') and table != 'Header':
            row['DOB'] = self.dob
        row.update(cells)
        self.prev[table].append(row)
        return row

    def drop(self, table, row=None):
        """Removes @row (or every row) of @table."""
        self.rows[table] = [r for r in self.rows[table] if row is not None and r is not row]

    def set_dob(self, dob):
        """Moves the date of birth everywhere it is repeated."""
        self.dob = dob
        for table in TABLE_ORDER:
            for r in self.rows[table] + self.prev[table]:
                if 'DOB' in r:
                    r['DOB'] = dob

    def end_episode(self, dec, rec, ep=None):
        ep = ep or self.rows['Episodes'][-1]
        ep['DEC'] = dec
        ep['REC'] = rec
        return ep

    def next_episode(self, start, **cells):
        """Ends the last episode on @start (REC X1) and opens the next."""
        last = self.rows['Episodes'][-1]
        last['DEC'] = start
        last['REC'] = 'X1'
        row = dict(last)
        row.update(DECOM=start, RNE='P', DEC=None, REC=None, REASON_PLACE_CHANGE='CARPL')
        row.update(cells)
        self.rows['Episodes'].append(row)
        return row


class Return:
    def __init__(self, year, seed):
        self.year = year
        self.start = datetime.date(year - 1, 4, 1)
        self.end = datetime.date(year, 3, 31)
        self.rng = random.Random(seed)
        self.children = []
        self.cases = []
        # reference data: postcode -> LA code; URN -> (provider, postcode, places)
        self.postcodes = {'EX1 1AA': 'E10000008', 'EX2 2BB': 'E10000008'}
        self.urns = {}
        self.unlisted = set()    # URNs a case keeps out of the reference
        self.grid = {}           # postcode -> (easting, northing) a case sets
        self.next_id = 3000000 + self.rng.randrange(100000)

    def child(self):
        self.next_id += self.rng.randrange(1, 20)
        c = Child(self, str(self.next_id))
        self.children.append(c)
        return c

    def write(self, outdir):
        for sub, attr in (('input', 'rows'), ('previous', 'prev')):
            os.makedirs(os.path.join(outdir, sub), exist_ok=True)
            for table in TABLE_ORDER:
                name, header = HEADERS[table]
                columns = header.split(',')
                with open(os.path.join(outdir, sub, name), 'w', newline='') as f:
                    w = csv.writer(f, lineterminator='\n')
                    w.writerow(columns)
                    for c in self.children:
                        for r in getattr(c, attr)[table]:
                            w.writerow([fmt(r.get(col)) for col in columns])
        os.makedirs(os.path.join(outdir, 'reference'), exist_ok=True)
        for c in self.children:
            for r in c.rows['Episodes'] + c.prev['Episodes']:
                urn = r.get('URN')
                if urn and urn != 'XXXXXXX' and urn not in self.unlisted:
                    self.urns.setdefault(urn, (r.get('PLACE_PROVIDER') or '', r.get('PL_POST') or '',
                                               r.get('PLACE') or ''))
        with open(os.path.join(outdir, 'reference', 'postcodes.csv'), 'w') as f:
            # Grid references a few hundred metres apart, near Exeter.
            f.write('postcode,la_code,easting,northing\n')
            for i, (pc, la) in enumerate(sorted(self.postcodes.items())):
                east, north = self.grid.get(pc, (292000 + 300 * i, 92000 + 200 * i))
                f.write('%s,%s,%d,%d\n' % (pc, la, east, north))
        with open(os.path.join(outdir, 'reference', 'authority.txt'), 'w') as f:
            f.write('E10000008\n')
        with open(os.path.join(outdir, 'reference', 'local-authorities.csv'), 'w') as f:
            f.write('la_code,old_la_code,name\nE10000008,878,Devon\nE06000026,879,Plymouth\n'
                    'E09000033,213,Westminster\n')
        with open(os.path.join(outdir, 'reference', 'ofsted-providers.csv'), 'w') as f:
            f.write('urn,place_provider,postcode,places,reg_end\n')
            for urn, (provider, postcode, place) in sorted(self.urns.items()):
                f.write('%s,%s,%s,%s,\n' % (urn, provider, postcode, place))
        with open(os.path.join(outdir, 'cases.csv'), 'w', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['child_id', 'rule_code', 'expect', 'table', 'what'])
            for row in self.cases:
                w.writerow(row)


# The registry of cases ------------------------------------------------------

CASES = []   # (code, expect, table, what, function, first_year, last_year)


def case(code, expect, table, what, years=(0, 0)):
    """Registers a case of check @code: @expect is 'fires' or 'quiet';
    @table the table whose row the check flags when it fires; @what the
    side of the boundary; @years the collection years it applies to (0:
    open).  The function receives the Child and the Return."""
    def register(fn):
        CASES.append((code, expect, table, what, fn, years[0], years[1]))
        return fn
    return register


def load_cases():
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, 'validation_cases', '*.py'))):
        name = 'validation_cases_' + os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        module.__dict__['case'] = case
        module.__dict__['DAY'] = DAY
        module.__dict__['add_years'] = add_years
        spec.loader.exec_module(module)


def generate(year, seed, codes, outdir):
    load_cases()
    ret = Return(year, seed)
    for code, expect, table, what, fn, first, last in CASES:
        if codes and code not in codes:
            continue
        if (first and year < first) or (last and year > last):
            continue
        c = ret.child()
        fn(c, ret)
        ret.cases.append((c.id, code, expect, table, what))
    ret.write(outdir)
    return ret


def main(argv):
    p = argparse.ArgumentParser(description='Writes SSDA903 returns that test the validation checks.')
    p.add_argument('--year', type=int, default=2026)
    p.add_argument('--seed', type=int, default=903)
    p.add_argument('--codes', default='')
    p.add_argument('outdir')
    a = p.parse_args(argv)
    codes = set(x for x in a.codes.split(',') if x)
    ret = generate(a.year, a.seed, codes, a.outdir)
    print('%d cases, %d children' % (len(ret.cases), len(ret.children)), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
