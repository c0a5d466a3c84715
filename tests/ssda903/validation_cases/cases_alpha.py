# Cases of the checks with alphabetic codes: EPI, NoE, the INT integrity
# checks and the SW social-worker checks.  Loaded by
# ../gen_validation_cases.py, which provides `case`, `DAY` and `add_years`.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

TABLE_OF = {'01': 'AD1', '02': 'PlacedAdoption', '03': 'Episodes', '04': 'Missing', '05': 'OC2',
            '06': 'OC3', '07': 'PrevPerm', '08': 'Reviews', '09': 'UASC'}
DOB_TABLE_OF = {'11': 'AD1', '12': 'PlacedAdoption', '13': 'Missing', '14': 'OC2', '15': 'OC3',
                '16': 'PrevPerm', '17': 'Reviews', '18': 'UASC'}
ONCE_TABLE_OF = {'31': 'AD1', '32': 'Header', '33': 'OC2', '34': 'OC3', '35': 'PrevPerm',
                 '36': 'UASC'}

MINIMAL = {
    'AD1': dict(DATE_INT=None, DATE_MATCH=None, FOSTER_CARE='0', NB_ADOPTR='1', SEX_ADOPTR='F1',
                LS_ADOPTR='L0'),
    'PlacedAdoption': dict(DATE_PLACED=None, DATE_PLACED_CEASED=None, REASON_PLACED_CEASED=None),
    'Missing': dict(MISSING='M', MIS_START=None, MIS_END=None),
    'OC2': dict(SDQ_SCORE='10', CONVICTED='0'),
    'OC3': dict(IN_TOUCH='YES', ACTIV='F1', ACCOM='S2'),
    'PrevPerm': dict(PREV_PERM='Z1'),
    'Reviews': dict(REVIEW=None, REVIEW_CODE='PN1'),
    'UASC': dict(DUC=None),
}


def fill(c, table):
    row = dict(MINIMAL.get(table, {}))
    if table == 'Missing':
        row.update(MIS_START=c.decom + 3 * DAY, MIS_END=c.decom + 4 * DAY)
    if table == 'Reviews':
        row['REVIEW'] = c.decom + 50 * DAY
    if table == 'PlacedAdoption':
        row['DATE_PLACED'] = c.decom + 5 * DAY
    if table == 'UASC':
        row['DUC'] = add_years(c.dob, 18)
    return row


# INT01-INT09: a child in a table is in Header
for n, table in TABLE_OF.items():
    def fires(c, r, table=table):
        if table != 'PrevPerm':
            c.drop('PrevPerm')
        if table == 'Episodes':
            c.drop('Reviews'); c.drop('SWEpisodes')
        elif table not in c.rows or not c.rows[table]:
            c.add(table, **fill(c, table))
        c.drop('Header')
        for t in list(c.rows):
            if t not in ('Header', table):
                c.drop(t)
        if not c.rows[table]:
            c.add(table, **fill(c, table))

    def quiet(c, r, table=table):
        if table != 'Episodes' and not c.rows[table]:
            c.add(table, **fill(c, table))

    case('INT' + n, 'fires', table, 'no Header row')(fires)
    case('INT' + n, 'quiet', table, 'Header row')(quiet)

# INT11-INT18: the date of birth agrees with Header
for n, table in DOB_TABLE_OF.items():
    def fires(c, r, table=table):
        if not c.rows[table]:
            c.add(table, **fill(c, table))
        c.rows[table][-1]['DOB'] = c.dob + DAY

    def quiet(c, r, table=table):
        if not c.rows[table]:
            c.add(table, **fill(c, table))

    case('INT' + n, 'fires', table, 'DOB a day later than Header')(fires)
    case('INT' + n, 'quiet', table, 'DOB as Header')(quiet)

# INT21: SEX in UASC agrees with Header
case('INT21', 'fires', 'UASC', 'F in UASC, M in Header')(
    lambda c, r: c.add('UASC', DUC=add_years(c.dob, 18), SEX='F' if r.year >= 2025 else '2'))
case('INT21', 'quiet', 'UASC', 'same SEX')(lambda c, r: c.add('UASC', DUC=add_years(c.dob, 18)))

# INT31-INT36: a child once in a table
for n, table in ONCE_TABLE_OF.items():
    def fires(c, r, table=table):
        if not c.rows[table]:
            c.add(table, **fill(c, table))
        c.rows[table].append(dict(c.rows[table][-1]))

    def quiet(c, r, table=table):
        if not c.rows[table]:
            c.add(table, **fill(c, table))

    case('INT' + n, 'fires', table, 'two rows')(fires)
    case('INT' + n, 'quiet', table, 'one row')(quiet)


# EPI: a Header child with neither episodes nor OC3
@case('EPI', 'fires', 'Header', 'no episodes, no OC3')
def _(c, r):
    for t in list(c.rows):
        if t != 'Header':
            c.drop(t)


@case('EPI', 'quiet', 'Header', 'no episodes, OC3')
def _(c, r):
    for t in list(c.rows):
        if t != 'Header':
            c.drop(t)
    c.set_dob(add_years(r.end, -19))
    c.add('OC3', IN_TOUCH='YES', ACTIV='F1', ACCOM='S2')


# NoE: an episode begun before the year needs last year's episodes
@case('NoE', 'fires', 'Episodes', 'began the day before the year, none last year')
def _(c, r):
    c.episode['DECOM'] = r.start - DAY
    c.sw['SW_DECOM'] = r.start - DAY
    c.drop('PrevPerm')


@case('NoE', 'quiet', 'Episodes', 'began the day before the year, episode last year')
def _(c, r):
    c.episode['DECOM'] = r.start - DAY
    c.sw['SW_DECOM'] = r.start - DAY
    c.drop('PrevPerm')
    c.add_prev('Episodes', DECOM=r.start - DAY, RNE='S', LS='C2', CIN='N1', PLACE='U1',
               PLACE_PROVIDER='PR1', DEC=None, REC=None)


# Social-worker episodes -------------------------------------------------------
SW_YEARS = (2024, 0)


def sw(c, **kw):
    row = dict(SW_ID='SW000001', SW_DECOM=c.decom, SW_DEC=None, SW_REASON='OTHERS')
    row.update(kw)
    return c.add('SWEpisodes', **row)


def second_sw(c, gap_days=0, **kw):
    """Ends the first social worker 30 days after DECOM; the next starts
    @gap_days later."""
    c.sw['SW_DEC'] = c.decom + 30 * DAY
    row = dict(SW_DECOM=c.decom + (30 + gap_days) * DAY, SW_REASON='LEFTRL')
    row.update(kw)
    return sw(c, **row)


case('SW01aSTG1', 'fires', 'SWEpisodes', 'SW_DECOM blank', (2025, 0))(
    lambda c, r: c.sw.update(SW_DECOM=None))
case('SW01aSTG1', 'quiet', 'SWEpisodes', 'complete', (2025, 0))(lambda c, r: None)
case('SW01bSTG1', 'fires', 'SWEpisodes', 'SW_REASON blank, began in the year', (2025, 0))(
    lambda c, r: c.sw.update(SW_REASON=None))
case('SW01bSTG1', 'quiet', 'SWEpisodes', 'SW_REASON given', (2025, 0))(lambda c, r: None)
case('SW02STG1', 'fires', 'SWEpisodes', 'SW_ID AB1234', SW_YEARS)(
    lambda c, r: c.sw.update(SW_ID='AB1234'))
case('SW02STG1', 'quiet', 'SWEpisodes', 'SW_ID XX1234', SW_YEARS)(
    lambda c, r: c.sw.update(SW_ID='XX1234'))
case('SW04STG1', 'fires', 'SWEpisodes', 'SW_DECOM 31/09', SW_YEARS)(
    lambda c, r: c.sw.update(SW_DECOM='31/09/%d' % (r.year - 1)))
case('SW04STG1', 'quiet', 'SWEpisodes', 'SW_DECOM a date', SW_YEARS)(lambda c, r: None)
case('SW05STG1', 'fires', 'SWEpisodes', 'SW_DEC 00/01', SW_YEARS)(
    lambda c, r: c.sw.update(SW_DEC='00/01/%d' % r.year))
case('SW05STG1', 'quiet', 'SWEpisodes', 'SW_DEC blank', SW_YEARS)(lambda c, r: None)
case('SW06STG2', 'fires', 'SWEpisodes', 'began 1 April after the year', SW_YEARS)(
    lambda c, r: sw(c, SW_DECOM=r.end + DAY))
case('SW06STG2', 'quiet', 'SWEpisodes', 'began 31 March', SW_YEARS)(
    lambda c, r: second_sw(c, SW_DECOM=r.end))
case('SW07STG2', 'fires', 'SWEpisodes', 'ended 1 April after the year', SW_YEARS)(
    lambda c, r: c.sw.update(SW_DEC=r.end + DAY))
case('SW07STG2', 'quiet', 'SWEpisodes', 'ended 31 March', SW_YEARS)(
    lambda c, r: (c.sw.update(SW_DEC=r.end), sw(c, SW_DECOM=r.end)))
case('SW08STG2', 'fires', 'SWEpisodes', 'earlier episode open', SW_YEARS)(
    lambda c, r: sw(c, SW_DECOM=c.decom + 30 * DAY, SW_REASON='LEFTRL'))
case('SW08STG2', 'quiet', 'SWEpisodes', 'earlier episode ended', SW_YEARS)(
    lambda c, r: second_sw(c))
case('SW09STG2', 'fires', 'SWEpisodes', 'ended the day it began', SW_YEARS)(
    lambda c, r: (c.sw.update(SW_DEC=c.decom), sw(c, SW_DECOM=c.decom)))
case('SW09STG2', 'quiet', 'SWEpisodes', 'ended the day after it began', SW_YEARS)(
    lambda c, r: (c.sw.update(SW_DEC=c.decom + DAY), sw(c, SW_DECOM=c.decom + DAY)))
case('SW10STG2', 'fires', 'SWEpisodes', 'next began 8 days after the previous ended', SW_YEARS)(
    lambda c, r: second_sw(c, 8))
case('SW10STG2', 'quiet', 'SWEpisodes', 'next began 7 days after', SW_YEARS)(
    lambda c, r: second_sw(c, 7))
case('SW10STG2', 'quiet', 'SWEpisodes', 'next began 7 days before', SW_YEARS)(
    lambda c, r: second_sw(c, -7))
case('SW11bSTG2', 'fires', 'SWEpisodes', 'ended 31 March, nothing after', SW_YEARS)(
    lambda c, r: c.sw.update(SW_DEC=r.end))
case('SW11bSTG2', 'quiet', 'SWEpisodes', 'ended 31 March, next began', SW_YEARS)(
    lambda c, r: (c.sw.update(SW_DEC=r.end), sw(c, SW_DECOM=r.end)))
case('SW12STG2', 'fires', 'Episodes', 'came into care, no social worker', SW_YEARS)(
    lambda c, r: c.drop('SWEpisodes'))
case('SW12STG2', 'quiet', 'Episodes', 'social worker from the day care began', SW_YEARS)(
    lambda c, r: None)
case('SW13STG1', 'fires', 'SWEpisodes', 'SW_REASON XXXXXX', SW_YEARS)(
    lambda c, r: c.sw.update(SW_REASON='XXXXXX'))
case('SW13STG1', 'quiet', 'SWEpisodes', 'SW_REASON SWDIED', SW_YEARS)(
    lambda c, r: c.sw.update(SW_REASON='SWDIED'))
case('SW17STG2', 'fires', 'SWEpisodes', 'the last episode ended', (2026, 0))(
    lambda c, r: c.sw.update(SW_DEC=c.decom + 40 * DAY))
case('SW17STG2', 'quiet', 'SWEpisodes', 'the last episode open', (2026, 0))(
    lambda c, r: second_sw(c))
case('SW13STG1', 'fires', 'SWEpisodes', 'SW_REASON XXXXXX, another SW_DECOM not a date', SW_YEARS)(
    lambda c, r: (c.sw.update(SW_REASON='XXXXXX'), sw(c, SW_DECOM='2025-13-45', SW_REASON='LEFTRL')))
case('SW08STG2', 'quiet', 'SWEpisodes', 'the latest open, an earlier start not a date', SW_YEARS)(
    lambda c, r: (c.sw.update(SW_DEC=c.decom + 20 * DAY),
                  sw(c, SW_DECOM='2025-09-14', SW_DEC=c.decom + 20 * DAY, SW_REASON='LEFTRL'),
                  sw(c, SW_DECOM=c.decom + 20 * DAY, SW_REASON='LEFTRL')))
