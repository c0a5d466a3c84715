# Cases of the checks with numeric codes 100 to 499.  Loaded by
# ../gen_validation_cases.py, which provides `case`, `DAY` and `add_years`.
# Each check has a case on each side of its boundary: `fires` flags the
# named table's row, `quiet` flags nothing of the child for that code.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import datetime


def ep(c, **kw):
    c.episode.update(kw)
    return c.episode


def hdr(c, **kw):
    c.header.update(kw)
    return c.header


def oc2(c, **kw):
    row = dict(SDQ_SCORE='10', SDQ_REASON=None, CONVICTED='0', HEALTH_CHECK='1',
               IMMUNISATIONS='1', TEETH_CHECK='1', HEALTH_ASSESSMENT='1', SUBSTANCE_MISUSE='0',
               INTERVENTION_RECEIVED=None, INTERVENTION_OFFERED=None)
    row.update(kw)
    return c.add('OC2', **row)


def oc3(c, **kw):
    row = dict(IN_TOUCH='YES', ACTIV='F1', ACCOM='S2')
    row.update(kw)
    return c.add('OC3', **row)


def ad1(c, **kw):
    row = dict(DATE_INT=c.decom + 5 * DAY, DATE_MATCH=c.decom + 10 * DAY, FOSTER_CARE='0',
               NB_ADOPTR='2', SEX_ADOPTR='MF', LS_ADOPTR='L11')
    row.update(kw)
    return c.add('AD1', **row)


def placed(c, **kw):
    row = dict(DATE_PLACED=c.decom + 5 * DAY, DATE_PLACED_CEASED=None, REASON_PLACED_CEASED=None)
    row.update(kw)
    return c.add('PlacedAdoption', **row)


def uasc(c, **kw):
    row = dict(DUC=None)
    row.update(kw)
    return c.add('UASC', **row)


def all_year(c, r):
    """Looked after continuously: the episode began long before the year."""
    ep(c, DECOM=r.start - 700 * DAY)
    c.decom = c.episode['DECOM']
    c.sw['SW_DECOM'] = c.decom
    c.drop('PrevPerm')


def cla(c, r, **kw):
    all_year(c, r)
    return oc2(c, **kw)


def aged(c, r, years, on=None, delta=0):
    """Born so that the child is @years on @on (default: 31 March) + @delta days."""
    c.set_dob(add_years(on or r.end, -years) + delta * DAY)


def code_case(code, table, setter, good, bad, years=(0, 0)):
    case(code, 'fires', table, '%s %s' % (code, bad), years)(lambda c, r: setter(c, r, bad))
    case(code, 'quiet', table, '%s %s' % (code, good), years)(lambda c, r: setter(c, r, good))


# Header codes and dates --------------------------------------------------------
code_case('101', 'Header', lambda c, r, v: hdr(c, SEX=v), 'F', '1', years=(2025, 0))
code_case('101', 'Header', lambda c, r, v: hdr(c, SEX=v), '2', 'M', years=(0, 2024))
code_case('102', 'Header', lambda c, r, v: hdr(c, DOB=v), '28/02/2014', '29/02/2014')
code_case('103', 'Header', lambda c, r, v: hdr(c, ETHNIC=v), 'NOBT', 'XXXX')
code_case('104', 'UASC', lambda c, r, v: uasc(c, DUC=v(r)), lambda r: r.start, lambda r: r.start - DAY)
code_case('112', 'AD1', lambda c, r, v: ad1(c, DATE_INT=v), '01/05/2025', '31/04/2025')
code_case('113', 'AD1', lambda c, r, v: ad1(c, DATE_MATCH=v), None, '2025-05-01')
code_case('114', 'AD1', lambda c, r, v: ad1(c, FOSTER_CARE=v), '1', '2')
code_case('115', 'PlacedAdoption', lambda c, r, v: placed(c, DATE_PLACED=v), None, '32/01/2026')
code_case('116', 'PlacedAdoption', lambda c, r, v: placed(c, DATE_PLACED_CEASED=v, REASON_PLACED_CEASED='RD1'),
          '01/06/2025', '1/6/25')


@case('117', 'fires', 'PlacedAdoption', 'DATE_PLACED the day after DEC')
def _(c, r):
    c.end_episode(c.decom + 50 * DAY, 'E11')
    ep(c, PLACE='A5', LS='E1')
    placed(c, DATE_PLACED=c.decom + 51 * DAY)


@case('117', 'quiet', 'PlacedAdoption', 'DATE_PLACED on DEC')
def _(c, r):
    c.end_episode(c.decom + 50 * DAY, 'E11')
    ep(c, PLACE='A5', LS='E1')
    placed(c, DATE_PLACED=c.decom + 50 * DAY)


case('118', 'fires', 'PlacedAdoption', 'ceased the day before DECOM')(
    lambda c, r: placed(c, DATE_PLACED=None, DATE_PLACED_CEASED=c.decom - DAY, REASON_PLACED_CEASED='RD1'))
case('118', 'quiet', 'PlacedAdoption', 'ceased on DECOM')(
    lambda c, r: placed(c, DATE_PLACED=None, DATE_PLACED_CEASED=c.decom, REASON_PLACED_CEASED='RD1'))
case('119', 'fires', 'PlacedAdoption', 'date without reason')(
    lambda c, r: placed(c, DATE_PLACED_CEASED=c.decom + 9 * DAY))
case('119', 'quiet', 'PlacedAdoption', 'date and reason')(
    lambda c, r: placed(c, DATE_PLACED_CEASED=c.decom + 9 * DAY, REASON_PLACED_CEASED='RD4'))
code_case('120', 'PlacedAdoption', lambda c, r, v: placed(c, DATE_PLACED_CEASED=c.decom + 9 * DAY,
                                                          REASON_PLACED_CEASED=v), 'RD4', 'RD5')

# OC3 and AD1 codes ---------------------------------------------------------------
code_case('131', 'OC3', lambda c, r, v: oc3(c, IN_TOUCH=v), 'RHOM', 'MAYBE')
code_case('132', 'OC3', lambda c, r, v: oc3(c, ACTIV=v), 'G6', 'G7')
code_case('133', 'OC3', lambda c, r, v: oc3(c, ACCOM=v), 'Z2', 'Z3')
case('134', 'fires', 'AD1', 'OC3 and AD1')(lambda c, r: (oc3(c), ad1(c)))
case('134', 'quiet', 'AD1', 'AD1 only')(lambda c, r: ad1(c))

# Episodes --------------------------------------------------------------------------
code_case('141', 'Episodes', lambda c, r, v: ep(c, DECOM=v), None, '31/09/2025')
case('142', 'fires', 'Episodes', 'earlier episode open')(
    lambda c, r: c.add('Episodes', **dict(c.episode, DECOM=c.decom + 90 * DAY, RNE='S')))
case('142', 'quiet', 'Episodes', 'earlier episode ended')(
    lambda c, r: c.next_episode(c.decom + 90 * DAY))
code_case('143', 'Episodes', lambda c, r, v: ep(c, RNE=v), 'S', 'X')
code_case('144', 'Episodes', lambda c, r, v: ep(c, LS=v), 'L3', 'L4')
code_case('145', 'Episodes', lambda c, r, v: ep(c, CIN=v), 'N8', 'N9')
code_case('146', 'Episodes', lambda c, r, v: ep(c, PLACE=v), 'Z11', 'Z1', years=(2026, 0))
code_case('146', 'Episodes', lambda c, r, v: ep(c, PLACE=v), 'Z1', 'Z11', years=(0, 2025))
code_case('147', 'Episodes', lambda c, r, v: c.end_episode(v, 'E4A'), '01/03/2026', '2026-03-01', years=(2026, 0))
case('148', 'fires', 'Episodes', 'DEC without REC')(lambda c, r: c.end_episode(c.decom + 9 * DAY, None))
case('148', 'quiet', 'Episodes', 'DEC and REC')(lambda c, r: c.end_episode(c.decom + 9 * DAY, 'E4A'))
code_case('149', 'Episodes', lambda c, r, v: c.end_episode(c.decom + 9 * DAY, v), 'E17', 'E18')
case('151', 'fires', 'AD1', 'LS_ADOPTR blank')(lambda c, r: ad1(c, LS_ADOPTR=None))
case('151', 'quiet', 'AD1', 'all given')(lambda c, r: ad1(c))
case('153', 'fires', 'OC3', 'ACCOM blank')(lambda c, r: oc3(c, ACCOM=None))
case('153', 'quiet', 'OC3', 'all blank')(lambda c, r: oc3(c, IN_TOUCH=None, ACTIV=None, ACCOM=None))


@case('157', 'fires', 'OC2', 'SDQ1, aged 4 on 1 April')
def _(c, r):
    aged(c, r, 4, on=r.start)
    cla(c, r, SDQ_SCORE=None, SDQ_REASON='SDQ1')


@case('157', 'quiet', 'OC2', 'SDQ1, 4 the day after 1 April')
def _(c, r):
    aged(c, r, 4, on=r.start, delta=-1 * -1)
    cla(c, r, SDQ_SCORE=None, SDQ_REASON='SDQ1')


case('158', 'fires', 'OC2', 'received 1, offered given')(
    lambda c, r: oc2(c, SUBSTANCE_MISUSE='1', INTERVENTION_RECEIVED='1', INTERVENTION_OFFERED='1'))
case('158', 'quiet', 'OC2', 'received 1, offered blank')(
    lambda c, r: oc2(c, SUBSTANCE_MISUSE='1', INTERVENTION_RECEIVED='1'))
case('159', 'fires', 'OC2', 'received 0, offered blank')(
    lambda c, r: oc2(c, SUBSTANCE_MISUSE='1', INTERVENTION_RECEIVED='0'))
case('159', 'quiet', 'OC2', 'received 0, offered 1')(
    lambda c, r: oc2(c, SUBSTANCE_MISUSE='1', INTERVENTION_RECEIVED='0', INTERVENTION_OFFERED='1'))
case('165', 'fires', 'Header', 'girl in care, MOTHER blank')(
    lambda c, r: hdr(c, SEX='F' if r.year >= 2025 else '2', MOTHER=None))
case('165', 'quiet', 'Header', 'girl in care, MOTHER 0')(
    lambda c, r: hdr(c, SEX='F' if r.year >= 2025 else '2', MOTHER='0'))
code_case('166', 'Reviews', lambda c, r, v: c.rows['Reviews'][0].update(REVIEW=v), '01/06/2025', None)
code_case('167', 'Reviews', lambda c, r, v: c.rows['Reviews'][0].update(REVIEW_CODE=v), 'PN7', 'PN8')
code_case('168', 'Header', lambda c, r, v: hdr(c, UPN=v), 'UN5', 'I12345678901A')
code_case('171', 'Header', lambda c, r, v: hdr(c, SEX='F' if r.year >= 2025 else '2', MOTHER='1', MC_DOB=v),
          '01/01/2025', '01/13/2025')
case('174', 'fires', 'Header', 'boy with MC_DOB')(
    lambda c, r: hdr(c, SEX='M' if r.year >= 2025 else '1', MC_DOB='01/01/2025'))
case('174', 'quiet', 'Header', 'boy without MC_DOB')(lambda c, r: hdr(c, MC_DOB=None))
code_case('175', 'AD1', lambda c, r, v: ad1(c, NB_ADOPTR=v), '1', '3')
code_case('176', 'AD1', lambda c, r, v: ad1(c, SEX_ADOPTR=v), 'FF', 'M2')
code_case('177', 'AD1', lambda c, r, v: ad1(c, LS_ADOPTR=v), 'L4', 'L5')
code_case('178', 'Episodes', lambda c, r, v: ep(c, PLACE_PROVIDER=v), 'PR5', 'PR6')
code_case('180', 'OC2', lambda c, r, v: oc2(c, SDQ_SCORE=v), '40', '41')
code_case('181', 'OC2', lambda c, r, v: oc2(c, CONVICTED=v), '1', '2')
case('182', 'fires', 'OC2', 'TEETH_CHECK blank, others given')(lambda c, r: oc2(c, TEETH_CHECK=None))
case('182', 'quiet', 'OC2', 'all four given')(lambda c, r: oc2(c))
case('184', 'fires', 'PlacedAdoption', 'placed the day before birth')(
    lambda c, r: placed(c, DATE_PLACED=c.dob - DAY))
case('184', 'quiet', 'PlacedAdoption', 'placed on the day of birth')(
    lambda c, r: placed(c, DATE_PLACED=c.dob))
case('185', 'fires', 'OC2', 'SDQ score, came into care this year')(lambda c, r: oc2(c))
case('185', 'quiet', 'OC2', 'SDQ score, in care all year')(lambda c, r: cla(c, r))


@case('186', 'fires', 'OC2', 'no SDQ, 16 on 31 March')
def _(c, r):
    aged(c, r, 17, delta=1)
    cla(c, r, SDQ_SCORE=None)


@case('186', 'quiet', 'OC2', 'no SDQ, 17 on 31 March')
def _(c, r):
    aged(c, r, 17)
    cla(c, r, SDQ_SCORE=None)


case('187', 'fires', 'OC3', 'in care all year, OC3 given')(lambda c, r: (all_year(c, r), oc3(c)))
case('187', 'quiet', 'OC3', 'came into care this year, OC3 given')(lambda c, r: oc3(c))
case('188', 'fires', 'OC2', 'SDQ, 4 the day after 31 March')(lambda c, r: (aged(c, r, 4, delta=1), oc2(c)))
case('188', 'quiet', 'OC2', 'SDQ, 4 on 31 March')(lambda c, r: (aged(c, r, 4), oc2(c)))
case('189', 'fires', 'OC2', 'SDQ, 17 the day before 1 April')(
    lambda c, r: (aged(c, r, 17, on=r.start, delta=-1), oc2(c)))
case('189', 'quiet', 'OC2', 'SDQ, 17 on 1 April')(lambda c, r: (aged(c, r, 17, on=r.start), oc2(c)))
case('190', 'fires', 'OC2', 'not in care all year, OC2 given')(lambda c, r: oc2(c, SDQ_SCORE=None))
case('190', 'quiet', 'OC2', 'in care all year, OC2 given')(lambda c, r: cla(c, r))
case('191', 'fires', 'OC2', 'in care all year, TEETH_CHECK blank')(lambda c, r: cla(c, r, TEETH_CHECK=None))
case('191', 'quiet', 'OC2', 'in care all year, all given')(lambda c, r: cla(c, r))
case('192', 'fires', 'OC2', 'misuse, received blank')(lambda c, r: oc2(c, SUBSTANCE_MISUSE='1'))
case('192', 'quiet', 'OC2', 'misuse, received 1')(
    lambda c, r: oc2(c, SUBSTANCE_MISUSE='1', INTERVENTION_RECEIVED='1'))
case('193', 'fires', 'OC2', 'no misuse, received given')(lambda c, r: oc2(c, INTERVENTION_RECEIVED='1'))
case('193', 'quiet', 'OC2', 'no misuse, both blank')(lambda c, r: oc2(c))
code_case('196', 'OC2', lambda c, r, v: oc2(c, SDQ_SCORE=None, SDQ_REASON=v), 'SDQ5', 'SDQ6')


@case('197B', 'fires', 'OC2', 'turned 4 on 31 March, nothing')
def _(c, r):
    aged(c, r, 4)
    cla(c, r, SDQ_SCORE=None)


@case('197B', 'quiet', 'OC2', 'turns 4 the day after 31 March, nothing')
def _(c, r):
    aged(c, r, 4, delta=1)
    cla(c, r, SDQ_SCORE=None)


case('197a', 'fires', 'OC2', 'score and reason')(lambda c, r: oc2(c, SDQ_REASON='SDQ2'))
case('197a', 'quiet', 'OC2', 'score only')(lambda c, r: oc2(c))
case('198', 'fires', 'OC2', 'reason, not in care all year')(lambda c, r: oc2(c, SDQ_SCORE=None, SDQ_REASON='SDQ2'))
case('198', 'quiet', 'OC2', 'reason, in care all year')(lambda c, r: cla(c, r, SDQ_SCORE=None, SDQ_REASON='SDQ2'))


@case('199', 'fires', 'Episodes', 'episode after an adoption')
def _(c, r):
    ep(c, PLACE='A5', LS='E1')
    c.end_episode(c.decom + 10 * DAY, 'E11')
    c.add('Episodes', **dict(c.episode, DECOM=c.decom + 100 * DAY, DEC=None, REC=None, RNE='S',
                             PLACE='U1', LS='C2'))


case('199', 'quiet', 'Episodes', 'one adoption, nothing after')(
    lambda c, r: (ep(c, PLACE='A5', LS='E1'), c.end_episode(c.decom + 10 * DAY, 'E11')))


# Last year's Header (the generator writes `previous/`)
def prev_header(c, **kw):
    row = dict(c.header)
    row.update(kw)
    c.prev['Header'].append(row)


case('202', 'fires', 'Header', 'sex changed')(lambda c, r: prev_header(c, SEX='F' if r.year >= 2025 else '2'))
case('202', 'quiet', 'Header', 'sex the same')(lambda c, r: prev_header(c))
case('203', 'fires', 'Header', 'DOB changed')(lambda c, r: prev_header(c, DOB=c.dob + DAY))
case('203', 'quiet', 'Header', 'DOB the same')(lambda c, r: prev_header(c))
case('204', 'fires', 'Header', 'ETHNIC changed')(lambda c, r: prev_header(c, ETHNIC='WIRI'))
case('204', 'quiet', 'Header', 'ETHNIC the same but lower case')(lambda c, r: prev_header(c, ETHNIC='wbri'))
case('207', 'fires', 'Header', 'mother last year, not now')(lambda c, r: prev_header(c, MOTHER='1'))
case('207', 'quiet', 'Header', 'not a mother either year')(lambda c, r: prev_header(c, MOTHER='0'))
case('208', 'fires', 'Header', 'UPN changed')(lambda c, r: prev_header(c, UPN='A999999999999'))
case('208', 'quiet', 'Header', 'UPN from UN1 to known')(lambda c, r: prev_header(c, UPN='UN1'))
case('209', 'fires', 'Header', 'UN1, 4 on 31 August before the year')(
    lambda c, r: (hdr(c, UPN='UN1'), aged(c, r, 4, on=datetime.date(r.year - 2, 8, 31))))
case('209', 'quiet', 'Header', 'UN1, 4 the day after')(
    lambda c, r: (hdr(c, UPN='UN1'), aged(c, r, 4, on=datetime.date(r.year - 2, 8, 31), delta=1)))
case('210', 'fires', 'Header', 'UN4, in care since before 24 March')(lambda c, r: hdr(c, UPN='UN4'))
case('210', 'quiet', 'Header', 'UN4, came into care on 25 March')(
    lambda c, r: (hdr(c, UPN='UN4'), ep(c, DECOM=r.end - 6 * DAY)))
case('213', 'fires', 'Episodes', 'T1 with a provider')(lambda c, r: ep(c, PLACE='T1', RNE='P'))
case('213', 'quiet', 'Episodes', 'U1 with a provider')(lambda c, r: ep(c, PLACE='U1'))
case('214', 'fires', 'Episodes', 'V3 with PL_POST')(lambda c, r: ep(c, LS='V3', URN=None))
case('214', 'quiet', 'Episodes', 'V3 without PL_POST or URN')(
    lambda c, r: ep(c, LS='V3', URN=None, PL_POST=None, HOME_POST=None))
case('215', 'fires', 'OC3', 'OC3 and OC2')(lambda c, r: (oc3(c), oc2(c)))
case('215', 'quiet', 'OC3', 'OC3 only')(lambda c, r: oc3(c))
case('217', 'fires', 'Episodes', 'A3 with RNE P')(lambda c, r: ep(c, PLACE='A3', RNE='P', LS='E1'))
case('217', 'quiet', 'Episodes', 'A3 with RNE T')(lambda c, r: ep(c, PLACE='A3', RNE='T', LS='E1'))
case('222', 'fires', 'Episodes', 'R1 with a URN')(lambda c, r: ep(c, PLACE='R1'))
case('222', 'quiet', 'Episodes', 'R1 with XXXXXXX')(lambda c, r: ep(c, PLACE='R1', URN='XXXXXXX'))


@case('225', 'fires', 'Episodes', 'placement change without a reason')
def _(c, r):
    first = c.episode
    c.next_episode(c.decom + 30 * DAY, PLACE='U2')
    first['REASON_PLACE_CHANGE'] = None


@case('225', 'quiet', 'Episodes', 'placement change with a reason')
def _(c, r):
    first = c.episode
    c.next_episode(c.decom + 30 * DAY, PLACE='U2', REASON_PLACE_CHANGE=None)
    first['REASON_PLACE_CHANGE'] = 'CARPL'

case('226', 'fires', 'Episodes', 'temporary placement with a reason')(
    lambda c, r: c.next_episode(c.decom + 30 * DAY, PLACE='T1', REASON_PLACE_CHANGE='CARPL'))
case('226', 'quiet', 'Episodes', 'temporary placement without a reason')(
    lambda c, r: ep(c, PLACE='T1', PLACE_PROVIDER=None, URN=None))
case('231', 'fires', 'Header', 'UASC, 11 the day after 31 March', years=(2025, 0))(
    lambda c, r: (aged(c, r, 11, delta=1), uasc(c)))
case('231', 'quiet', 'Header', 'UASC, 11 on 31 March', years=(2025, 0))(
    lambda c, r: (aged(c, r, 11), uasc(c)))
case('232', 'fires', 'Header', 'SEX U', years=(2025, 0))(lambda c, r: hdr(c, SEX='U'))
case('232', 'quiet', 'Header', 'SEX F', years=(2025, 0))(lambda c, r: hdr(c, SEX='F'))
case('233', 'fires', 'Episodes', 'open episode with a reason', years=(2026, 0))(
    lambda c, r: ep(c, REASON_PLACE_CHANGE='CARPL'))
case('233', 'quiet', 'Episodes', 'open episode without a reason', years=(2026, 0))(lambda c, r: ep(c))
case('234', 'fires', 'Episodes', 'CUSTOD the day before the 10th birthday', years=(2026, 0))(
    lambda c, r: (c.set_dob(add_years(c.decom + 40 * DAY, -10) + DAY),
                  c.next_episode(c.decom + 40 * DAY, REASON_PLACE_CHANGE='CUSTOD')))
case('234', 'quiet', 'Episodes', 'CUSTOD on the 10th birthday', years=(2026, 0))(
    lambda c, r: (c.set_dob(add_years(c.decom + 40 * DAY, -10)),
                  c.next_episode(c.decom + 40 * DAY, REASON_PLACE_CHANGE='CUSTOD')))

# 300s ---------------------------------------------------------------------------------
case('301', 'fires', 'Header', 'born the day after 31 March')(lambda c, r: hdr(c, DOB=r.end + DAY))
case('301', 'quiet', 'Header', 'born on 31 March')(lambda c, r: (c.set_dob(r.end), ep(c, DECOM=r.end)))
case('302', 'fires', 'Episodes', 'first episode the day before birth')(lambda c, r: hdr(c, DOB=c.decom + DAY))
case('302', 'quiet', 'Episodes', 'first episode on the day of birth')(lambda c, r: hdr(c, DOB=c.decom))
case('304', 'fires', 'UASC', 'DUC the day after the 18th birthday')(
    lambda c, r: uasc(c, DUC=add_years(c.dob, 18) + DAY))
case('304', 'quiet', 'UASC', 'DUC on the 18th birthday')(lambda c, r: uasc(c, DUC=add_years(c.dob, 18)))


@case('331', 'fires', 'AD1', 'matched the day after the adoption placement')
def _(c, r):
    ep(c, PLACE='A5', LS='E1')
    c.end_episode(c.decom + 60 * DAY, 'E11')
    ad1(c, DATE_INT=c.decom - 20 * DAY, DATE_MATCH=c.decom + DAY)


@case('331', 'quiet', 'AD1', 'matched on the day of the adoption placement')
def _(c, r):
    ep(c, PLACE='A5', LS='E1')
    c.end_episode(c.decom + 60 * DAY, 'E11')
    ad1(c, DATE_INT=c.decom - 20 * DAY, DATE_MATCH=c.decom)


case('333', 'fires', 'AD1', 'DATE_INT the day after DATE_MATCH')(
    lambda c, r: ad1(c, DATE_INT=c.decom + 11 * DAY, DATE_MATCH=c.decom + 10 * DAY))
case('333', 'quiet', 'AD1', 'DATE_INT on DATE_MATCH')(
    lambda c, r: ad1(c, DATE_INT=c.decom + 10 * DAY, DATE_MATCH=c.decom + 10 * DAY))
case('334', 'fires', 'AD1', 'DATE_INT the day before DECOM')(lambda c, r: ad1(c, DATE_INT=c.decom - DAY))
case('334', 'quiet', 'AD1', 'DATE_INT on DECOM')(lambda c, r: ad1(c, DATE_INT=c.decom))
case('335', 'fires', 'AD1', 'adopted from A5, FOSTER_CARE 0')(
    lambda c, r: (ep(c, PLACE='A5', LS='E1'), c.end_episode(c.decom + 60 * DAY, 'E11'), ad1(c, FOSTER_CARE='0')))
case('335', 'quiet', 'AD1', 'adopted from A5, FOSTER_CARE 1')(
    lambda c, r: (ep(c, PLACE='A5', LS='E1'), c.end_episode(c.decom + 60 * DAY, 'E11'), ad1(c, FOSTER_CARE='1')))
case('336', 'fires', 'Episodes', 'A4 after K2')(
    lambda c, r: (ep(c, PLACE='K2'), c.next_episode(c.decom + 30 * DAY, PLACE='A4', LS='E1', RNE='B')))
case('336', 'quiet', 'Episodes', 'A4 after U1')(
    lambda c, r: c.next_episode(c.decom + 30 * DAY, PLACE='A4', LS='E1', RNE='B'))
case('344', 'fires', 'OC3', 'DIED with an activity')(lambda c, r: oc3(c, IN_TOUCH='DIED', ACCOM='0'))
case('344', 'quiet', 'OC3', 'DIED with 0 and 0')(lambda c, r: oc3(c, IN_TOUCH='DIED', ACTIV='0', ACCOM='0'))
case('345', 'fires', 'OC3', 'YES with ACCOM 0')(lambda c, r: oc3(c, ACCOM='0'))
case('345', 'quiet', 'OC3', 'YES with ACCOM S2')(lambda c, r: oc3(c))
case('347', 'fires', 'OC3', 'foyer, 18 the day after 1 April', years=(2024, 0))(
    lambda c, r: (aged(c, r, 18, on=r.start, delta=1), oc3(c, ACCOM='T')))
case('347', 'quiet', 'OC3', 'foyer, 18 on 1 April', years=(2024, 0))(
    lambda c, r: (aged(c, r, 18, on=r.start), oc3(c, ACCOM='T')))
case('348', 'fires', 'OC3', 'died last year, in touch now', years=(2026, 0))(
    lambda c, r: (c.add_prev('OC3', IN_TOUCH='DIED', ACTIV='0', ACCOM='0'), oc3(c)))
case('348', 'quiet', 'OC3', 'died both years', years=(2026, 0))(
    lambda c, r: (c.add_prev('OC3', IN_TOUCH='DIED', ACTIV='0', ACCOM='0'),
                  oc3(c, IN_TOUCH='DIED', ACTIV='0', ACCOM='0')))
case('351', 'fires', 'Header', '25 the day before 1 April')(lambda c, r: aged(c, r, 25, on=r.start, delta=-1))
case('351', 'quiet', 'Header', '25 on 1 April')(lambda c, r: aged(c, r, 25, on=r.start))
case('352', 'fires', 'Episodes', 'started care on the 18th birthday')(
    lambda c, r: c.set_dob(add_years(c.decom, -18)))
case('352', 'quiet', 'Episodes', 'started care the day before the 18th birthday')(
    lambda c, r: c.set_dob(add_years(c.decom, -18) + DAY))
case('353', 'fires', 'Episodes', 'DECOM 13/10/1991')(
    lambda c, r: (c.set_dob(datetime.date(1985, 1, 1)), ep(c, DECOM=datetime.date(1991, 10, 13))))
case('353', 'quiet', 'Episodes', 'DECOM 14/10/1991')(
    lambda c, r: (c.set_dob(datetime.date(1985, 1, 1)), ep(c, DECOM=datetime.date(1991, 10, 14))))
case('354', 'fires', 'Episodes', 'DECOM the day after 31 March')(lambda c, r: ep(c, DECOM=r.end + DAY))
case('354', 'quiet', 'Episodes', 'DECOM on 31 March')(lambda c, r: ep(c, DECOM=r.end))
case('355', 'fires', 'Episodes', 'DEC on DECOM')(lambda c, r: c.end_episode(c.decom, 'E4A'))
case('355', 'quiet', 'Episodes', 'DEC the day after DECOM')(lambda c, r: c.end_episode(c.decom + DAY, 'E4A'))
case('356', 'fires', 'Episodes', 'DEC the day before DECOM')(lambda c, r: c.end_episode(c.decom - DAY, 'E4A'))
case('356', 'quiet', 'Episodes', 'DEC on DECOM')(lambda c, r: c.end_episode(c.decom, 'E4A'))
case('357', 'fires', 'Episodes', 'first episode RNE P')(lambda c, r: ep(c, RNE='P'))
case('357', 'quiet', 'Episodes', 'first episode RNE P before the year')(
    lambda c, r: (ep(c, RNE='P'), all_year(c, r)))
case('358', 'fires', 'Episodes', 'J2 the day before the 10th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -10) + DAY), ep(c, LS='J2')))
case('358', 'quiet', 'Episodes', 'J2 on the 10th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -10)), ep(c, LS='J2')))
case('359', 'fires', 'Episodes', '18 on 30 March, open, C2')(lambda c, r: aged(c, r, 18, delta=-1))
case('359', 'quiet', 'Episodes', '18 on 30 March, open, V2 K2')(
    lambda c, r: (aged(c, r, 18, delta=-1), ep(c, LS='V2', PLACE='K2')))
case('361', 'fires', 'Episodes', 'L1 for 4 days')(lambda c, r: (ep(c, LS='L1'), c.end_episode(c.decom + 4 * DAY, 'E4A')))
case('361', 'quiet', 'Episodes', 'L1 for 3 days')(lambda c, r: (ep(c, LS='L1'), c.end_episode(c.decom + 3 * DAY, 'E4A')))
case('362', 'fires', 'Episodes', 'L2 for 22 days in two episodes')(
    lambda c, r: (ep(c, LS='L2'), c.next_episode(c.decom + 10 * DAY, LS='L2', RNE='P', PLACE='U2'),
                  c.end_episode(c.decom + 22 * DAY, 'E4A')))
case('362', 'quiet', 'Episodes', 'L2 for 21 days in two episodes')(
    lambda c, r: (ep(c, LS='L2'), c.next_episode(c.decom + 10 * DAY, LS='L2', RNE='P', PLACE='U2'),
                  c.end_episode(c.decom + 21 * DAY, 'E4A')))
case('363', 'fires', 'Episodes', 'L3 for 8 days')(lambda c, r: (ep(c, LS='L3'), c.end_episode(c.decom + 8 * DAY, 'E4A')))
case('363', 'quiet', 'Episodes', 'L3 for 7 days')(lambda c, r: (ep(c, LS='L3'), c.end_episode(c.decom + 7 * DAY, 'E4A')))
case('364', 'fires', 'Episodes', 'J2 for 22 days')(
    lambda c, r: (c.set_dob(add_years(c.decom, -14)), ep(c, LS='J2'), c.end_episode(c.decom + 22 * DAY, 'E4A')))
case('364', 'quiet', 'Episodes', 'J2 for 21 days')(
    lambda c, r: (c.set_dob(add_years(c.decom, -14)), ep(c, LS='J2'), c.end_episode(c.decom + 21 * DAY, 'E4A')))


def short_break(c, days, start=None, **kw):
    row = dict(c.episode)
    row.update(DECOM=start or c.decom, RNE='S', LS='V3', PLACE='K2', HOME_POST=None, PL_POST=None,
               URN=None, DEC=(start or c.decom) + days * DAY, REC='E13', REASON_PLACE_CHANGE=None)
    row.update(kw)
    return row


case('365', 'fires', 'Episodes', 'short break of 18 days')(lambda c, r: c.episode.update(short_break(c, 18)))
case('365', 'quiet', 'Episodes', 'short break of 17 days')(lambda c, r: c.episode.update(short_break(c, 17)))
case('366', 'fires', 'Episodes', 'short break RNE P')(lambda c, r: c.episode.update(short_break(c, 2, RNE='P')))
case('366', 'quiet', 'Episodes', 'short break RNE S')(lambda c, r: c.episode.update(short_break(c, 2)))


def breaks(c, r, total):
    """Short breaks of 15 days (the last shorter) adding to @total days within 12 months."""
    c.rows['Episodes'] = []
    start = r.start + 10 * DAY
    left = total
    while left > 0:
        days = min(15, left)
        c.rows['Episodes'].append(short_break(c, days, start=start))
        start += 30 * DAY
        left -= days


case('367', 'fires', 'Episodes', '76 days of short breaks')(lambda c, r: breaks(c, r, 76))
case('367', 'quiet', 'Episodes', '75 days of short breaks')(lambda c, r: breaks(c, r, 75))
case('371', 'fires', 'Episodes', 'K3 the day before the 16th birthday', years=(2025, 0))(
    lambda c, r: (c.set_dob(add_years(c.decom, -16) + DAY), ep(c, PLACE='K3')))
case('371', 'quiet', 'Episodes', 'K3 on the 16th birthday', years=(2025, 0))(
    lambda c, r: (c.set_dob(add_years(c.decom, -16)), ep(c, PLACE='K3')))
case('372', 'fires', 'Episodes', 'R5 the day before the 10th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -10) + DAY), ep(c, PLACE='R5', URN=None)))
case('372', 'quiet', 'Episodes', 'R5 on the 10th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -10)), ep(c, PLACE='R5', URN=None)))
case('373', 'fires', 'Episodes', 'S1 the day before the 4th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -4) + DAY), ep(c, PLACE='S1')))
case('373', 'quiet', 'Episodes', 'S1 on the 4th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -4)), ep(c, PLACE='S1')))
case('374', 'fires', 'Episodes', 'P3 the day before the 14th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -14) + DAY), ep(c, PLACE='P3', URN=None)))
case('374', 'quiet', 'Episodes', 'P3 on the 14th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom, -14)), ep(c, PLACE='P3', URN=None)))
for code, place, days in (('375', 'T1', 42), ('376', 'T3', 21), ('379', 'T4', 7)):
    case(code, 'fires', 'Episodes', '%s for %d days' % (place, days + 1))(
        lambda c, r, place=place, days=days: c.next_episode(c.decom + 30 * DAY, PLACE=place, RNE='P',
                                                            DEC=c.decom + (31 + days) * DAY, REC='X1',
                                                            REASON_PLACE_CHANGE=None))
    case(code, 'quiet', 'Episodes', '%s for %d days' % (place, days))(
        lambda c, r, place=place, days=days: c.next_episode(c.decom + 30 * DAY, PLACE=place, RNE='P',
                                                            DEC=c.decom + (30 + days) * DAY, REC='X1',
                                                            REASON_PLACE_CHANGE=None))


def holidays(c, r, n, spacing):
    c.rows['Episodes'] = [dict(c.episode, DEC=None, REC=None)]
    for i in range(n):
        c.next_episode(c.decom + (20 + i * spacing) * DAY, PLACE='T3', RNE='P', REASON_PLACE_CHANGE=None)
        c.next_episode(c.decom + (23 + i * spacing) * DAY, PLACE='U1', RNE='P')


case('377', 'fires', 'Episodes', 'three T3 within 12 months')(lambda c, r: holidays(c, r, 3, 60))
case('377', 'quiet', 'Episodes', 'two T3 within 12 months')(lambda c, r: holidays(c, r, 2, 60))
case('378', 'fires', 'Episodes', 'P1 under V2')(lambda c, r: ep(c, PLACE='P1', LS='V2', URN=None))
case('378', 'quiet', 'Episodes', 'P1 under C2')(lambda c, r: ep(c, PLACE='P1', URN=None))
case('380', 'fires', 'Episodes', 'T1 with RNE S')(lambda c, r: ep(c, PLACE='T1', PLACE_PROVIDER=None))
case('380', 'quiet', 'Episodes', 'T1 with RNE P')(lambda c, r: ep(c, PLACE='T1', RNE='P', PLACE_PROVIDER=None))
case('381', 'fires', 'Episodes', 'T1 ending care (E4A)')(
    lambda c, r: (ep(c, PLACE='T1', RNE='P'), c.end_episode(c.decom + 5 * DAY, 'E4A')))
case('381', 'quiet', 'Episodes', 'T1 ending with X1')(
    lambda c, r: (ep(c, PLACE='T1', RNE='P'), c.end_episode(c.decom + 5 * DAY, 'X1')))
case('382', 'fires', 'Episodes', 'V3 in T1')(lambda c, r: c.episode.update(short_break(c, 3, PLACE='T1')))
case('382', 'quiet', 'Episodes', 'V3 in K2')(lambda c, r: c.episode.update(short_break(c, 3)))
case('383', 'fires', 'Episodes', 'after T1, a different placement')(
    lambda c, r: (c.next_episode(c.decom + 20 * DAY, PLACE='T1', REASON_PLACE_CHANGE=None),
                  c.next_episode(c.decom + 25 * DAY, PLACE='U2')))
case('383', 'quiet', 'Episodes', 'after T1, back to the same placement')(
    lambda c, r: (c.next_episode(c.decom + 20 * DAY, PLACE='T1', REASON_PLACE_CHANGE=None),
                  c.next_episode(c.decom + 25 * DAY, PLACE='U1')))
case('384', 'fires', 'Episodes', 'V3 in U1')(lambda c, r: c.episode.update(short_break(c, 3, PLACE='U1')))
case('384', 'quiet', 'Episodes', 'V3 in U3')(lambda c, r: c.episode.update(short_break(c, 3, PLACE='U3')))
case('385', 'fires', 'Episodes', 'DEC the day after 31 March')(lambda c, r: c.end_episode(r.end + DAY, 'E4A'))
case('385', 'quiet', 'Episodes', 'DEC on 31 March')(lambda c, r: c.end_episode(r.end, 'E4A'))
case('386', 'fires', 'Episodes', 'adopted on the 18th birthday')(
    lambda c, r: (ep(c, PLACE='A5', LS='E1'), c.end_episode(c.decom + 30 * DAY, 'E11'),
                  c.set_dob(add_years(c.decom + 30 * DAY, -18))))
case('386', 'quiet', 'Episodes', 'adopted the day before the 18th birthday')(
    lambda c, r: (ep(c, PLACE='A5', LS='E1'), c.end_episode(c.decom + 30 * DAY, 'E11'),
                  c.set_dob(add_years(c.decom + 30 * DAY, -18) + DAY)))
case('387', 'fires', 'Episodes', 'independent living the day before the 14th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E5'), c.set_dob(add_years(c.decom + 30 * DAY, -14) + DAY)))
case('387', 'quiet', 'Episodes', 'independent living on the 14th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E5'), c.set_dob(add_years(c.decom + 30 * DAY, -14))))
case('388', 'fires', 'Episodes', 'X1 with no next episode')(lambda c, r: c.end_episode(c.decom + 30 * DAY, 'X1'))
case('388', 'quiet', 'Episodes', 'X1 with the next episode')(lambda c, r: c.next_episode(c.decom + 30 * DAY))
case('389', 'fires', 'Episodes', 'to adult services the day before the 16th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E7'), c.set_dob(add_years(c.decom + 30 * DAY, -16) + DAY)))
case('389', 'quiet', 'Episodes', 'to adult services on the 16th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E7'), c.set_dob(add_years(c.decom + 30 * DAY, -16))))
case('390', 'fires', 'Episodes', 'adopted from U1')(lambda c, r: c.end_episode(c.decom + 30 * DAY, 'E11'))
case('390', 'quiet', 'Episodes', 'adopted from A6')(
    lambda c, r: (ep(c, PLACE='A6', LS='E1'), c.end_episode(c.decom + 30 * DAY, 'E11')))
case('391', 'fires', 'OC3', '17 the day after 31 March')(lambda c, r: (aged(c, r, 17, delta=1), oc3(c)))
case('391', 'quiet', 'OC3', '17 on 31 March')(lambda c, r: (aged(c, r, 17), oc3(c)))
case('392b', 'fires', 'Episodes', 'no HOME_POST')(lambda c, r: ep(c, HOME_POST=None))
case('392b', 'quiet', 'Episodes', 'no HOME_POST, UASC')(lambda c, r: (ep(c, HOME_POST=None), uasc(c)))
case('392d', 'fires', 'Episodes', 'same postcodes, U1')(lambda c, r: ep(c, PL_POST='EX1 1AA'))
case('392d', 'quiet', 'Episodes', 'same postcodes, P1')(lambda c, r: ep(c, PL_POST='EX1 1AA', PLACE='P1', URN=None))
case('393', 'fires', 'Header', 'girl in care, no MOTHER')(lambda c, r: hdr(c, SEX='F' if r.year >= 2025 else '2'))
case('393', 'quiet', 'Header', 'girl on short breaks only, no MOTHER')(
    lambda c, r: (hdr(c, SEX='F' if r.year >= 2025 else '2'), c.episode.update(short_break(c, 3)),
                  c.drop('Reviews')))
case('398', 'fires', 'Episodes', 'V3 with HOME_POST')(
    lambda c, r: c.episode.update(short_break(c, 3, HOME_POST='EX1 1AA')))
case('398', 'quiet', 'Episodes', 'V3 without postcodes')(lambda c, r: c.episode.update(short_break(c, 3)))
case('399', 'fires', 'Reviews', 'short breaks only, a review')(lambda c, r: c.episode.update(short_break(c, 3)))
case('399', 'quiet', 'Reviews', 'short breaks only, no review')(
    lambda c, r: (c.episode.update(short_break(c, 3)), c.drop('Reviews')))

# 400s ----------------------------------------------------------------------------------
case('407', 'fires', 'Episodes', 'SGO on the 18th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E45'), c.set_dob(add_years(c.decom + 30 * DAY, -18))))
case('407', 'quiet', 'Episodes', 'SGO the day before the 18th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E45'), c.set_dob(add_years(c.decom + 30 * DAY, -18) + DAY)))
case('408', 'fires', 'Episodes', 'A5 under C2')(lambda c, r: ep(c, PLACE='A5'))
case('408', 'quiet', 'Episodes', 'A5 under E1')(lambda c, r: ep(c, PLACE='A5', LS='E1'))
case('426', 'fires', 'Episodes', 'V3 and V4')(
    lambda c, r: (c.episode.update(short_break(c, 3)),
                  c.rows['Episodes'].append(short_break(c, 3, start=c.decom + 20 * DAY, LS='V4'))))
case('426', 'quiet', 'Episodes', 'V3 twice')(
    lambda c, r: (c.episode.update(short_break(c, 3)),
                  c.rows['Episodes'].append(short_break(c, 3, start=c.decom + 20 * DAY))))
case('431', 'fires', 'Episodes', 'RNE S on the day the last ended')(
    lambda c, r: (c.end_episode(c.decom + 20 * DAY, 'E4A'),
                  c.rows['Episodes'].append(dict(c.episode, DECOM=c.decom + 20 * DAY, RNE='S', DEC=None, REC=None))))
case('431', 'quiet', 'Episodes', 'RNE S the day after the last ended')(
    lambda c, r: (c.end_episode(c.decom + 20 * DAY, 'E4A'),
                  c.rows['Episodes'].append(dict(c.episode, DECOM=c.decom + 21 * DAY, RNE='S', DEC=None, REC=None))))
case('432', 'fires', 'Episodes', 'after E4A, RNE P')(
    lambda c, r: (c.end_episode(c.decom + 20 * DAY, 'E4A'),
                  c.rows['Episodes'].append(dict(c.episode, DECOM=c.decom + 40 * DAY, RNE='P', DEC=None, REC=None))))
case('432', 'quiet', 'Episodes', 'after E4A, RNE S')(
    lambda c, r: (c.end_episode(c.decom + 20 * DAY, 'E4A'),
                  c.rows['Episodes'].append(dict(c.episode, DECOM=c.decom + 40 * DAY, RNE='S', DEC=None, REC=None))))
case('433', 'fires', 'Episodes', 'RNE P a day after the last ended')(
    lambda c, r: (c.next_episode(c.decom + 20 * DAY, PLACE='U2'), c.rows['Episodes'][-1].update(DECOM=c.decom + 21 * DAY)))
case('433', 'quiet', 'Episodes', 'RNE P on the day the last ended')(lambda c, r: c.next_episode(c.decom + 20 * DAY, PLACE='U2'))
case('434', 'fires', 'Episodes', 'RNE L, placement changed')(
    lambda c, r: c.next_episode(c.decom + 20 * DAY, RNE='L', LS='C1', PLACE='U2', REASON_PLACE_CHANGE=None))
case('434', 'quiet', 'Episodes', 'RNE L, only legal status changed')(
    lambda c, r: c.next_episode(c.decom + 20 * DAY, RNE='L', LS='C1', REASON_PLACE_CHANGE=None))
case('435', 'fires', 'Episodes', 'RNE P, nothing changed')(lambda c, r: c.next_episode(c.decom + 20 * DAY))
case('435', 'quiet', 'Episodes', 'RNE P, placement changed')(lambda c, r: c.next_episode(c.decom + 20 * DAY, PLACE='U2'))
case('436', 'fires', 'Episodes', 'RNE B, only placement changed')(
    lambda c, r: c.next_episode(c.decom + 20 * DAY, RNE='B', PLACE='U2'))
case('436', 'quiet', 'Episodes', 'RNE B, both changed')(
    lambda c, r: c.next_episode(c.decom + 20 * DAY, RNE='B', PLACE='U2', LS='C1'))
case('437', 'fires', 'Episodes', 'E15 then another episode')(
    lambda c, r: (c.end_episode(c.decom + 20 * DAY, 'E15'),
                  c.rows['Episodes'].append(dict(c.episode, DECOM=c.decom + 40 * DAY, DEC=None, REC=None))))
case('437', 'quiet', 'Episodes', 'E15 last')(lambda c, r: c.end_episode(c.decom + 20 * DAY, 'E15'))


def review(c, review_date, code):
    c.rows['Reviews'][0].update(REVIEW=review_date, REVIEW_CODE=code)


case('440', 'fires', 'Reviews', 'PN0 on the 4th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom + 20 * DAY, -4)), review(c, c.decom + 20 * DAY, 'PN0')))
case('440', 'quiet', 'Reviews', 'PN0 the day before the 4th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom + 20 * DAY, -4) + DAY), review(c, c.decom + 20 * DAY, 'PN0')))
case('441', 'fires', 'Reviews', 'PN1 the day before the 4th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom + 20 * DAY, -4) + DAY), review(c, c.decom + 20 * DAY, 'PN1')))
case('441', 'quiet', 'Reviews', 'PN1 on the 4th birthday')(
    lambda c, r: (c.set_dob(add_years(c.decom + 20 * DAY, -4)), review(c, c.decom + 20 * DAY, 'PN1')))
case('442', 'fires', 'Header', 'no UPN')(lambda c, r: hdr(c, UPN=None))
case('442', 'quiet', 'Header', 'no UPN, short breaks only')(
    lambda c, r: (hdr(c, UPN=None), c.episode.update(short_break(c, 3)), c.drop('Reviews')))
case('444', 'fires', 'Header', 'a UPN given twice', years=(2026, 0))(
    lambda c, r: c.ret.children[0].header.__setitem__('UPN', c.header['UPN']) if c.ret.children[0] is not c else None)
case('444', 'quiet', 'Header', 'UN2 given twice', years=(2026, 0))(lambda c, r: hdr(c, UPN='UN2'))
case('446', 'fires', 'Episodes', 'E1 from 30 November 2005')(
    lambda c, r: (c.set_dob(datetime.date(2000, 1, 1)), ep(c, LS='E1', PLACE='A5', DECOM=datetime.date(2005, 11, 30))))
case('446', 'quiet', 'Episodes', 'E1 from 1 December 2005')(
    lambda c, r: (c.set_dob(datetime.date(2000, 1, 1)), ep(c, LS='E1', PLACE='A5', DECOM=datetime.date(2005, 12, 1))))
case('460', 'fires', 'Episodes', 'E17 the day before the 18th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E17'), c.set_dob(add_years(c.decom + 30 * DAY, -18) + DAY)))
case('460', 'quiet', 'Episodes', 'E17 on the 18th birthday')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E17'), c.set_dob(add_years(c.decom + 30 * DAY, -18))))


# 29 February birthdays: a year older on 1 March in common years (Family
# Law Reform Act 1969 s9), not on 28 February.
@case('352', 'fires', 'Episodes', 'born 29/02/2008, care starts 01/03/2026 (18)', years=(2026, 0))
def _(c, r):
    c.set_dob(datetime.date(2008, 2, 29))
    ep(c, DECOM=datetime.date(2026, 3, 1))


@case('352', 'quiet', 'Episodes', 'born 29/02/2008, care starts 28/02/2026 (17)', years=(2026, 0))
def _(c, r):
    c.set_dob(datetime.date(2008, 2, 29))
    ep(c, DECOM=datetime.date(2026, 2, 28))


# An 18th birthday on 31 March: 18 at the end of the year (359 needs it
# strictly before 31 March; 386 counts the day itself).
case('386', 'fires', 'Episodes', 'adopted on an 18th birthday that is 31 March')(
    lambda c, r: (ep(c, PLACE='A5', LS='E1'), c.end_episode(r.end, 'E11'), c.set_dob(add_years(r.end, -18))))
case('359', 'quiet', 'Episodes', '18 on 31 March, open, C2')(lambda c, r: aged(c, r, 18))
