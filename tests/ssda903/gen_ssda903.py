#!/usr/bin/python3
# gen_ssda903.py: writes a synthetic SSDA903 return (children looked after)
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage:
#   gen_ssda903.py [--children N] [--year YYYY] [--seed S] [--mistakes F] OUTDIR
#
# Writes the CSV tables of a return for the collection year ending on
# 31 March YYYY (2026 for 2025/26) into OUTDIR, with the DfE column headers,
# the file names of tests/ssda903/sample-2026 and dates as dd/mm/yyyy:
# Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm,
# Missing, SWEpisodes (from 2023/24) and DoLo (from 2026/27).
#
# Nobody described exists: ids, dates, UPNs, postcodes and URNs are drawn
# from a seeded generator, so the same arguments give the same files.  The
# journeys are plausible rather than statistically faithful: periods of
# care that began before or during the year, chains of episodes linked by
# REC X1 (legal-status changes, moves, temporary placements), short-break
# children, adoptions with their AD1 and PlacedAdoption rows, special
# guardianship and returns home, unaccompanied asylum-seeking children,
# reviews at 20 working days, 3 months and then 6-monthly, missing and
# away episodes, social-worker episodes, OC2 rows for the children looked
# after continuously for 12 months at 31 March, and OC3 rows for care
# leavers whose 17th to 21st birthday falls in the year.
#
# --mistakes F puts a deliberate mistake into about that fraction of the
# rows (an invalid code, a date that does not exist or is written the
# wrong way, a blank required cell, a duplicated row, a row for a child
# missing from Header, a date of birth that disagrees with Header), as
# real returns have.  The default is 0: a clean return.
#
# Only the standard library is used, so any python3 runs it.

import argparse
import csv
import datetime
import os
import random
import sys

TABLES = [
    ('header.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 0),
    ('episodes.csv', 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,'
     'REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN', 0),
    ('reviews.csv', 'CHILD,DOB,REVIEW,REVIEW_CODE', 0),
    ('uasc.csv', 'CHILD,SEX,DOB,DUC', 0),
    ('oc2.csv', 'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,'
     'TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,'
     'INTERVENTION_OFFERED', 0),
    ('oc3.csv', 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM', 0),
    ('ad1.csv', 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR', 0),
    ('placed_for_adoption.csv', 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,'
     'REASON_PLACED_CEASED', 0),
    ('previous_permanence.csv', 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM', 0),
    ('missing.csv', 'CHILD,DOB,MISSING,MIS_START,MIS_END', 0),
    ('sw_episodes.csv', 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON', 2024),
    ('dolo.csv', 'CHILD,DOB,DOLO_START,DOLO_END', 2027),
]

ETHNIC = (['WBRI'] * 70 + ['WOTH'] * 5 + ['MWBC'] * 4 + ['MOTH'] * 3 + ['BAFR'] * 3 +
          ['OOTH'] * 2 + ['REFU', 'NOBT', 'WIRI', 'WIRT', 'WROM', 'MWBA', 'MWAS',
                          'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BOTH', 'CHNE'])
CIN = ['N1'] * 6 + ['N2', 'N3', 'N4', 'N4', 'N5', 'N5', 'N6', 'N7', 'N8', 'N8']
FOSTER = ['U6'] * 8 + ['U4'] * 3 + ['U3'] * 2 + ['U1', 'U5']
RESIDENTIAL = ['K2'] * 6 + ['R1', 'S1', 'K1']
PROVIDERS = ['PR1'] * 5 + ['PR4'] * 3 + ['PR5', 'PR2', 'PR0', 'PR3']
CHANGE_REASONS = ['CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO',
                  'CHILD', 'LAREQ', 'PLACE', 'OTHER']
SW_REASONS = ['FCONTA', 'FCONTA', 'LEFTRL', 'TSPROC', 'MANAGE', 'OTHERS', 'ABSENC',
              'ORGRST', 'CHCHAN', 'PCCHAN']
ACTIV = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0']
ACCOM = ['B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1',
         'K2', 'R1', 'R2', 'S2', 'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X2',
         'Y1', 'Y2', 'Z1', 'Z2', '0']
AREAS = ['EX', 'PL', 'TQ', 'TR', 'BS', 'TA', 'DT', 'BA']

DAY = datetime.timedelta(days=1)


def fmt(d):
    return '' if d is None else d.strftime('%d/%m/%Y')


def add_months(d, months):
    """The corresponding date, or the last day of a shorter month."""
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError('unreachable')


def birthday(dob, age):
    try:
        return dob.replace(year=dob.year + age)
    except ValueError:        # 29 February in a common year
        return datetime.date(dob.year + age, 3, 1)


class Return:
    def __init__(self, year, seed, mistakes):
        self.year = year
        self.start = datetime.date(year - 1, 4, 1)
        self.end = datetime.date(year, 3, 31)
        self.rng = random.Random(seed)
        self.mistakes = mistakes
        self.rows = {name: [] for name, _, _ in TABLES}
        self.next_id = 1000000 + self.rng.randrange(1000000)
        self.workers = ['SW%06d' % self.rng.randrange(1000000) for _ in range(60)]

    # Values -----------------------------------------------------------------

    def child_id(self):
        self.next_id += self.rng.randrange(1, 40)
        return str(self.next_id)

    def date_between(self, first, last):
        if last <= first:
            return first
        return first + DAY * self.rng.randrange((last - first).days + 1)

    def postcode(self):
        r = self.rng
        return '%s%d %d%s%s' % (r.choice(AREAS), r.randrange(1, 40), r.randrange(10),
                                r.choice('ABDEFGHJLNPQRSTUWXYZ'), r.choice('ABDEFGHJLNPQRSTUWXYZ'))

    def upn(self):
        r = self.rng
        if r.random() < 0.2:
            return 'UN%d' % r.randrange(1, 11)
        return '%s%011d%s' % (r.choice('ABCDEFGHJKLMNPQRTUVWXYZ'), r.randrange(10 ** 11),
                              r.choice('0123456789ABCDEFGHJKLMNPQRTUVWXYZ'))

    def urn(self, place):
        if place.startswith('U') and self.rng.random() < 0.5:
            return ''
        return 'SC%06d' % self.rng.randrange(1000000)

    def place(self, age, residential=False):
        r = self.rng
        if residential or (age >= 12 and r.random() < 0.35):
            codes = list(RESIDENTIAL)
            if age >= 16:
                if self.year >= 2025:
                    codes += ['K3', 'K3']
                if self.year <= 2025:
                    codes += ['H5', 'P2']
        else:
            codes = list(FOSTER)
            if age < 16 and r.random() < 0.05:
                codes = ['P1']
        if r.random() < 0.01:
            codes = ['Z12', 'Z13'] if self.year >= 2026 else ['Z1']
        return r.choice(codes)

    def provider(self, place):
        if place in ('T0', 'T1', 'T2', 'T3') or place.startswith('Z1'):
            return ''
        return self.rng.choice(PROVIDERS)

    def legal_status(self, age):
        r = self.rng
        x = r.random()
        if x < 0.35:
            return 'V2'
        if x < 0.6:
            return 'C1'
        if x < 0.9:
            return 'C2'
        if x < 0.93 and age >= 10:
            return 'J1'
        return r.choice(['L1', 'L2', 'C2'])

    # Journeys ---------------------------------------------------------------

    def period(self, child, start, dob, final_rec, final_end, adoption=False, uasc=False):
        """One period of care from start: a chain of episodes linked by X1."""
        r = self.rng
        age = (start - dob).days // 365
        episodes = []
        ls = 'V2' if uasc else self.legal_status(age)
        place = self.place(age)
        home = '' if uasc or r.random() < 0.2 else self.postcode()
        decom = start
        rne = 'S'
        n_changes = r.choice([0, 0, 0, 1, 1, 1, 2, 2, 3])
        stop = final_end if final_end is not None else self.end
        span = (stop - start).days
        cuts = sorted(r.sample(range(1, span), min(n_changes, span - 1))) if span > 2 else []
        reason_change = ''
        for i in range(len(cuts) + 1):
            dec = start + DAY * cuts[i] if i < len(cuts) else final_end
            rec = 'X1' if i < len(cuts) else final_rec
            if adoption and i == len(cuts):
                place = r.choice(['A5', 'A6', 'A3', 'A4'])
                ls = 'E1'
            pl_post = '' if r.random() < 0.15 else self.postcode()
            provider = self.provider(place)
            episodes.append([child, fmt(decom), rne, ls, r.choice(CIN) if rne == 'S' else self.cin,
                             place, provider, fmt(dec), rec if dec is not None else '',
                             reason_change, home, pl_post, self.urn(place)])
            if rne == 'S':
                self.cin = episodes[-1][4]
            if dec is None or i == len(cuts):
                break
            # What the next episode changes.
            x = r.random()
            reason_change = ''
            if adoption and i + 1 == len(cuts):
                rne = 'B' if ls != 'E1' else 'P'
                ls = 'E1'
                reason_change = 'CARPL'
            elif x < 0.3 and not uasc:
                rne = 'L'
                ls = r.choice(['C1', 'C2', 'E1'] if ls != 'C1' else ['C2'])
            elif x < 0.8:
                rne = 'P'
                place = self.place(age + cuts[i] // 365)
                reason_change = r.choice(CHANGE_REASONS)
            elif x < 0.9:
                rne = 'T'       # same carers, who move house: same kind of placement
            else:
                rne = 'B'
                ls = r.choice(['C2', 'C1'])
                place = self.place(age)
                reason_change = r.choice(CHANGE_REASONS)
            decom = dec
        self.rows['episodes.csv'].extend(episodes)
        return episodes

    def reviews(self, child, dob, start, end):
        r = self.rng
        due = start + DAY * 28
        n = 0
        while due <= min(end or self.end, self.end):
            held = due - DAY * r.randrange(0, 10)
            if held >= self.start:
                age = (held - dob).days // 365
                code = 'PN0' if age < 4 else r.choice(['PN1', 'PN1', 'PN1', 'PN2', 'PN3', 'PN4',
                                                       'PN5', 'PN6', 'PN7'])
                self.rows['reviews.csv'].append([child, fmt(dob), fmt(held), code])
            n += 1
            due = add_months(held, 3 if n == 1 else 6)

    def missing(self, child, dob, start, end):
        r = self.rng
        first = max(start, self.start)
        last = min(end or self.end, self.end)
        for _ in range(r.choice([1, 1, 2, 3, 5])):
            s = self.date_between(first, last)
            e = s + DAY * r.randrange(0, 10)
            if e > self.end and r.random() < 0.5:
                e = None
            self.rows['missing.csv'].append([child, fmt(dob), r.choice('MMMA'), fmt(s), fmt(e)])

    def social_workers(self, child, dob, start, end):
        r = self.rng
        begin = start - DAY * r.randrange(0, 120)
        stop = end or self.end
        while True:
            worker = r.choice(self.workers)
            length = r.randrange(150, 900)
            finish = begin + DAY * length
            if finish >= stop:
                self.rows['sw_episodes.csv'].append(
                    [child, fmt(dob), worker, fmt(begin), fmt(end) if end else '',
                     r.choice(SW_REASONS) if end else r.choice(SW_REASONS[:2])])
                break
            self.rows['sw_episodes.csv'].append(
                [child, fmt(dob), worker, fmt(begin), fmt(finish), r.choice(SW_REASONS)])
            begin = finish

    def sex(self):
        """SEX was 1 or 2 to 2023/24, and is M, F or U (unknown) from 2024/25."""
        r = self.rng
        if self.year < 2025:
            return r.choice('12')
        return 'U' if r.random() < 0.01 else r.choice('MF')

    def header(self, child, sex, dob):
        r = self.rng
        mother = ''
        mc_dob = ''
        if sex in ('2', 'F') and (self.end - dob).days > 12 * 365:
            mother = '1' if r.random() < 0.05 else '0'
            if mother == '1':
                mc_dob = fmt(self.date_between(self.end - DAY * 700, self.end - DAY * 10))
        self.rows['header.csv'].append([child, sex, fmt(dob), r.choice(ETHNIC), self.upn(),
                                        mother, mc_dob])

    def looked_after_child(self):
        r = self.rng
        child = self.child_id()
        sex = self.sex()
        age = r.choice(list(range(0, 18)) + [14, 15, 16, 16, 17])
        dob = self.date_between(self.end - DAY * (365 * (age + 1) - 1), self.end - DAY * 365 * age)
        self.header(child, sex, dob)
        uasc = age >= 14 and r.random() < 0.06

        kind = r.random()
        if kind < 0.07 and age >= 3:
            self.short_breaks(child, dob)
            return
        if r.random() < 0.45:
            start = self.date_between(max(dob + DAY, self.end - DAY * 365 * 5), self.start - DAY)
        else:
            start = self.date_between(max(dob + DAY, self.start), self.end - DAY * 10)

        adoption = age < 5 and r.random() < 0.25
        end = None
        rec = ''
        if adoption:
            end = self.date_between(max(start + DAY * 200, self.start), self.end)
            if end > self.end - DAY:
                end = None
            rec = r.choice(['E11', 'E12']) if end else ''
        elif r.random() < 0.35:
            end = self.date_between(max(start + DAY * 20, self.start), self.end - DAY)
            rec = r.choice(['E4A'] * 6 + ['E13', 'E45', 'E46', 'E47', 'E48', 'E41', 'E5',
                                          'E6', 'E8', 'E17', 'E4B', 'E3'])
        if age >= 17 and end is None and r.random() < 0.5:
            eighteen = birthday(dob, 18)
            if start < eighteen <= self.end:
                end, rec = eighteen, r.choice(['E5', 'E6', 'E17'])
        if end is not None and end <= start:
            end = start + DAY
        self.period(child, start, dob, rec, end, adoption=adoption, uasc=uasc)

        if uasc:
            eighteen = birthday(dob, 18)
            self.rows['uasc.csv'].append([child, sex, fmt(dob), fmt(eighteen) if eighteen <= self.end else ''])
        if start >= self.start:
            self.prev_perm(child, dob)
        self.reviews(child, dob, start, end)
        if age >= 11 and r.random() < 0.15:
            self.missing(child, dob, start, end)
        if self.year >= 2024:
            self.social_workers(child, dob, start, end)
        if adoption:
            self.adoption(child, dob, start, end)
        # The OC2 cohort: looked after on 1 April of the year before and
        # still on 31 March, no short breaks (docs/measures.md).
        if start <= self.start and end is None:
            self.oc2(child, dob)
        if self.year >= 2027 and age >= 10 and r.random() < 0.03:
            s = self.date_between(self.start, self.end - DAY * 30)
            e = s + DAY * r.randrange(20, 200)
            self.rows['dolo.csv'].append([child, fmt(dob), fmt(s), fmt(e) if e <= self.end else ''])

    def short_breaks(self, child, dob):
        r = self.rng
        day = self.start + DAY * r.randrange(0, 30)
        home = self.postcode()
        cin = r.choice(['N2', 'N2', 'N3', 'N4'])
        while day < self.end - DAY * 5:
            length = r.randrange(1, 5)
            self.rows['episodes.csv'].append(
                [child, fmt(day), 'S', 'V3', cin, 'U6', 'PR1', fmt(day + DAY * length), 'E4A',
                 '', home, self.postcode(), ''])
            day += DAY * (length + r.randrange(20, 60))
        self.prev_perm(child, dob)

    def prev_perm(self, child, dob):
        r = self.rng
        if r.random() < 0.85:
            self.rows['previous_permanence.csv'].append([child, fmt(dob), 'Z1', '', ''])
            return
        order = self.date_between(dob + DAY * 200, self.start)
        date = fmt(order)
        if r.random() < 0.3:
            date = 'ZZ' + date[2:]
        self.rows['previous_permanence.csv'].append(
            [child, fmt(dob), r.choice(['P1', 'P2', 'P3', 'P4']), str(r.randrange(800, 940)), date])

    def adoption(self, child, dob, start, end):
        r = self.rng
        decided = self.date_between(start + DAY * 30, start + DAY * 150)
        matched = decided + DAY * r.randrange(30, 200)
        placed = matched + DAY * r.randrange(1, 40)
        if end is not None and placed >= end:
            placed = end - DAY * r.randrange(20, 60)
            matched = min(matched, placed - DAY)
        self.rows['placed_for_adoption.csv'].append([child, fmt(dob), fmt(decided), '', ''])
        if end is not None:
            nb = r.choice('12')
            sex = r.choice(['M1', 'F1']) if nb == '1' else r.choice(['MF', 'MF', 'MM', 'FF'])
            ls = 'L0' if nb == '1' else r.choice(['L11', 'L12', 'L2', 'L3', 'L4'])
            self.rows['ad1.csv'].append([child, fmt(dob), fmt(decided), fmt(matched),
                                         r.choice('01'), nb, sex, ls])

    def oc2(self, child, dob):
        r = self.rng
        age = (self.end - dob).days // 365
        sdq = ''
        reason = ''
        if 4 <= age <= 16:
            if r.random() < 0.8:
                sdq = str(r.randrange(0, 41))
            else:
                reason = r.choice(['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'])
        convicted = r.choice('0001') if age >= 10 else ''
        health_check = r.choice('11110') if age < 5 else ''
        misuse = r.choice('00001')
        received = r.choice('01') if misuse == '1' else ''
        offered = r.choice('01') if received == '0' else ''
        self.rows['oc2.csv'].append([child, fmt(dob), sdq, reason, convicted, health_check,
                                     r.choice('11110'), r.choice('11110'), r.choice('11110'),
                                     misuse, received, offered])

    def care_leaver(self):
        r = self.rng
        child = self.child_id()
        sex = self.sex()
        age = r.choice([17, 18, 19, 20, 21])
        day = self.date_between(self.start, self.end)
        dob = day.replace(year=day.year - age) if not (day.month == 2 and day.day == 29) \
            else datetime.date(day.year - age, 2, 28)
        self.header(child, sex, dob)
        in_touch = r.choice(['YES'] * 8 + ['NO', 'DIED', 'REFU', 'NREQ', 'RHOM'])
        activ = r.choice(ACTIV) if in_touch == 'YES' else '0'
        accom = r.choice(ACCOM) if in_touch == 'YES' else '0'
        self.rows['oc3.csv'].append([child, fmt(dob), in_touch, activ, accom])

    # Mistakes ---------------------------------------------------------------

    def spoil(self):
        """Puts mistakes into about `mistakes` of the rows, in place."""
        r = self.rng
        bad_codes = {'PLACE': ['A2', 'Z', 'k3'], 'LS': ['J4', 'C3'], 'RNE': ['R', 'X'],
                     'REC': ['E1', 'X2'], 'REVIEW_CODE': ['PN8', 'P1'], 'CIN': ['N0', 'N9'],
                     'SEX': ['X', '3'], 'ETHNIC': ['BRIT', 'WHIT'], 'MISSING': ['X'],
                     'SW_REASON': ['LEFT'], 'ACCOM': ['T', 'X9'], 'IN_TOUCH': ['MAYBE'],
                     'PREV_PERM': ['Y'], 'SDQ_REASON': ['SDQ6'], 'PLACE_PROVIDER': ['P4']}
        for name, header, first_year in TABLES:
            if first_year > self.year:
                continue
            columns = header.split(',')
            rows = self.rows[name]
            extra = []
            for row in rows:
                if r.random() >= self.mistakes:
                    continue
                kind = r.randrange(6)
                if kind == 0:
                    candidates = [i for i, c in enumerate(columns) if c in bad_codes]
                    if candidates:
                        i = r.choice(candidates)
                        row[i] = r.choice(bad_codes[columns[i]])
                        continue
                    kind = 1
                dates = [i for i, c in enumerate(columns) if row[i].count('/') == 2 and
                         c != 'DATE_PERM']
                if kind == 1 and dates:
                    i = r.choice(dates)
                    d, m, y = row[i].split('/')
                    row[i] = r.choice(['31/02/%s' % y, '31/09/%s' % y, '00/%s/%s' % (m, y),
                                       '%s-%s-%s' % (y, m, d), '32/%s/%s' % (m, y)])
                elif kind == 2:
                    i = r.randrange(1, len(columns))
                    row[i] = ''
                elif kind == 3:
                    extra.append(list(row))
                elif kind == 4 and name != 'header.csv':
                    row[0] = str(90000000 + r.randrange(1000000))
                elif kind == 5 and 'DOB' in columns and name != 'header.csv':
                    i = columns.index('DOB')
                    if row[i]:
                        d, m, y = row[i].split('/')
                        row[i] = '%s/%s/%04d' % (d, m, int(y) - 1)
            for row in extra:
                rows.insert(r.randrange(len(rows) + 1), row)

    # Output -----------------------------------------------------------------

    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        for name, header, first_year in TABLES:
            if first_year > self.year:
                continue
            with open(os.path.join(outdir, name), 'w', newline='') as out:
                writer = csv.writer(out, lineterminator='\n')
                writer.writerow(header.split(','))
                writer.writerows(self.rows[name])


def generate(children, year, seed, mistakes, outdir):
    ret = Return(year, seed, mistakes)
    for _ in range(children):
        if ret.rng.random() < 0.08:
            ret.care_leaver()
        else:
            ret.looked_after_child()
    if mistakes > 0:
        ret.spoil()
    ret.write(outdir)
    return ret


def main(argv):
    parser = argparse.ArgumentParser(description='Write a synthetic SSDA903 return.')
    parser.add_argument('--children', type=int, default=300, help='number of children (300)')
    parser.add_argument('--year', type=int, default=2026,
                        help='collection year, by its end (2026 for 2025/26)')
    parser.add_argument('--seed', type=int, default=903, help='random seed (903)')
    parser.add_argument('--mistakes', type=float, default=0.0,
                        help='fraction of rows given a deliberate mistake (0)')
    parser.add_argument('outdir', help='directory to write the CSV files in')
    args = parser.parse_args(argv)
    if args.children < 0 or not 2000 <= args.year <= 9999 or not 0 <= args.mistakes <= 1:
        parser.error('children must be >= 0, year 2000-9999, mistakes 0-1')
    ret = generate(args.children, args.year, args.seed, args.mistakes, args.outdir)
    n_rows = sum(len(rows) for rows in ret.rows.values())
    print('%d children, %d rows, collection year %d/%02d: %s'
          % (args.children, n_rows, args.year - 1, args.year % 100, args.outdir),
          file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
