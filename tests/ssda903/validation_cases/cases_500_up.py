# Cases of the checks with numeric codes 500 and above (and 1000-3001).
# Loaded by ../gen_validation_cases.py, which provides `case`, `DAY` and
# `add_years`.  Each check has a case on each side of its boundary.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import datetime


def ad1(c, **kw):
    row = dict(DATE_INT=c.decom, DATE_MATCH=c.decom + 10 * DAY, FOSTER_CARE='0',
               NB_ADOPTR='2', SEX_ADOPTR='MF', LS_ADOPTR='L11')
    row.update(kw)
    return c.add('AD1', **row)


def placed(c, **kw):
    row = dict(DATE_PLACED=c.decom + 5 * DAY, DATE_PLACED_CEASED=None, REASON_PLACED_CEASED=None)
    row.update(kw)
    return c.add('PlacedAdoption', **row)


def missing(c, **kw):
    row = dict(MISSING='M', MIS_START=c.decom + 10 * DAY, MIS_END=c.decom + 12 * DAY)
    row.update(kw)
    return c.add('Missing', **row)


def oc2(c, **kw):
    row = dict(SDQ_SCORE='10', SDQ_REASON=None, CONVICTED='0', HEALTH_CHECK=None,
               IMMUNISATIONS='1', TEETH_CHECK='1', HEALTH_ASSESSMENT='1', SUBSTANCE_MISUSE='0',
               INTERVENTION_RECEIVED=None, INTERVENTION_OFFERED=None)
    row.update(kw)
    return c.add('OC2', **row)


def oc3(c, **kw):
    row = dict(IN_TOUCH='YES', ACTIV='F1', ACCOM='S2')
    row.update(kw)
    return c.add('OC3', **row)


def looked_after_all_year(c, r):
    """The episode began two years before the year and is still open."""
    c.episode['DECOM'] = r.start - 700 * DAY
    c.decom = c.episode['DECOM']
    c.sw['SW_DECOM'] = r.start - 700 * DAY
    c.drop('PrevPerm')


def care_leaver(c, r, age_at_end, left=None, rec='E4A'):
    """A young person of @age_at_end on 31 March whose care ended on @left."""
    c.set_dob(add_years(r.end, -age_at_end) - 40 * DAY)
    c.episode['DECOM'] = r.start - 900 * DAY
    c.decom = c.episode['DECOM']
    c.drop('PrevPerm')
    c.end_episode(left or (r.start - 100 * DAY), rec)


# 1000: died in care (REC E2), no care-leaver information
case('1000', 'fires', 'OC3', 'REC E2, OC3 given')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E2'), oc3(c)))
case('1000', 'quiet', 'OC3', 'REC E3, OC3 given')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E3'), oc3(c)))

# 1002: OC3 for a child with no episode this year or last
@case('1002', 'fires', 'OC3', 'no episodes either year')
def _(c, r):
    c.drop('Episodes'); c.drop('Reviews'); c.drop('SWEpisodes'); c.drop('PrevPerm')
    oc3(c)


@case('1002', 'quiet', 'OC3', 'episodes last year')
def _(c, r):
    c.drop('Episodes'); c.drop('Reviews'); c.drop('SWEpisodes'); c.drop('PrevPerm')
    c.add_prev('Episodes', DECOM=r.start - 300 * DAY, RNE='S', LS='C2', CIN='N1', PLACE='U1',
               PLACE_PROVIDER='PR1', DEC=r.start - 30 * DAY, REC='E4A')
    oc3(c)


# 1003: decision to place for adoption before the child started to be looked after
case('1003', 'fires', 'PlacedAdoption', 'DATE_PLACED the day before DECOM')(
    lambda c, r: placed(c, DATE_PLACED=c.decom - DAY))
case('1003', 'quiet', 'PlacedAdoption', 'DATE_PLACED on DECOM')(
    lambda c, r: placed(c, DATE_PLACED=c.decom))

# 1004, 1005: missing start blank or not a date; end not a date
case('1004', 'fires', 'Missing', 'MIS_START 30/02')(
    lambda c, r: missing(c, MIS_START='30/02/%d' % r.year, MIS_END=None))
case('1004', 'fires', 'Missing', 'MIS_START blank')(
    lambda c, r: missing(c, MIS_START=None))
case('1004', 'quiet', 'Missing', 'MIS_START a date')(lambda c, r: missing(c))
case('1005', 'fires', 'Missing', 'MIS_END 2025-05-01')(
    lambda c, r: missing(c, MIS_END='%d-05-01' % (r.year - 1)))
case('1005', 'quiet', 'Missing', 'MIS_END blank')(lambda c, r: missing(c, MIS_END=None))

# 1006: MISSING not M or A
case('1006', 'fires', 'Missing', 'MISSING X')(lambda c, r: missing(c, MISSING='X'))
case('1006', 'quiet', 'Missing', 'MISSING A')(lambda c, r: missing(c, MISSING='A'))


# 1007: still looked after on the 17th birthday: no care-leaver information
@case('1007', 'fires', 'OC3', 'in care on 17th birthday')
def _(c, r):
    c.set_dob(add_years(r.end, -17) - 60 * DAY)
    c.episode['DECOM'] = r.start - 400 * DAY
    c.drop('PrevPerm')
    oc3(c)


@case('1007', 'quiet', 'OC3', 'left care the day before the 17th birthday')
def _(c, r):
    c.set_dob(add_years(r.end, -17) - 60 * DAY)
    c.episode['DECOM'] = r.start - 400 * DAY
    c.drop('PrevPerm')
    c.end_episode(add_years(c.dob, 17) - DAY, 'E4A')
    oc3(c)


# 1009: reason for placement change not a valid code
case('1009', 'fires', 'Episodes', 'REASON_PLACE_CHANGE XXXXX')(
    lambda c, r: c.next_episode(c.decom + 40 * DAY, REASON_PLACE_CHANGE='XXXXX'))
case('1009', 'quiet', 'Episodes', 'REASON_PLACE_CHANGE CUSTOD')(
    lambda c, r: c.next_episode(c.decom + 40 * DAY, REASON_PLACE_CHANGE='CUSTOD'))

# 1011: final episode ended E3 (care transferred): no care-leaver information
case('1011', 'fires', 'OC3', 'final REC E3')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E3'), oc3(c)))
case('1011', 'quiet', 'OC3', 'final REC E3, OC3 blank')(
    lambda c, r: (c.end_episode(c.decom + 30 * DAY, 'E3'),
                  oc3(c, IN_TOUCH=None, ACTIV=None, ACCOM=None)))


# 1012: no other data for OC3 children without episodes this year
@case('1012', 'fires', 'Missing', 'no episodes, a missing row')
def _(c, r):
    c.drop('Episodes'); c.drop('Reviews'); c.drop('PrevPerm'); c.drop('SWEpisodes')
    oc3(c)
    missing(c)


case('1012', 'quiet', 'Missing', 'episodes and a missing row')(lambda c, r: missing(c))


# 1014: UASC information not required for care leavers
@case('1014', 'fires', 'UASC', 'no episode in the year, UASC and OC3')
def _(c, r):
    care_leaver(c, r, 19)
    c.add('UASC', DUC=add_years(c.dob, 18))
    oc3(c)


@case('1014', 'quiet', 'UASC', 'episode open in the year, UASC and OC3')
def _(c, r):
    care_leaver(c, r, 19, left=r.start)
    c.add('UASC', DUC=add_years(c.dob, 18))
    oc3(c)


# 1016: ceased to be looked after after the 17th birthday: no care-leaver information
@case('1016', 'fires', 'OC3', 'aged 17, left care on the 17th birthday')
def _(c, r):
    c.set_dob(add_years(r.end, -17) - 60 * DAY)
    c.episode['DECOM'] = r.start - 400 * DAY
    c.drop('PrevPerm')
    c.end_episode(add_years(c.dob, 17), 'E4A')
    oc3(c)


@case('1016', 'quiet', 'OC3', 'aged 17, left care the day before the birthday')
def _(c, r):
    c.set_dob(add_years(r.end, -17) - 60 * DAY)
    c.episode['DECOM'] = r.start - 400 * DAY
    c.drop('PrevPerm')
    c.end_episode(add_years(c.dob, 17) - DAY, 'E4A')
    oc3(c)


# 3001: 17th birthday in the year: accommodation not with former foster carers
@case('3001', 'fires', 'OC3', '17th birthday on 31 March, ACCOM Z1')
def _(c, r):
    care_leaver(c, r, 17)
    c.set_dob(add_years(r.end, -17))
    oc3(c, ACCOM='Z1')


@case('3001', 'quiet', 'OC3', '17th birthday on 1 April next year, ACCOM Z1')
def _(c, r):
    care_leaver(c, r, 16)
    c.set_dob(add_years(r.end + DAY, -17))
    oc3(c, ACCOM='Z1')


# 501: a new episode starts before the previous one ended
@case('501', 'fires', 'Episodes', 'DECOM the day before the previous DEC')
def _(c, r):
    e = c.next_episode(c.decom + 40 * DAY)
    c.rows['Episodes'][0]['DEC'] = e['DECOM'] + DAY


case('501', 'quiet', 'Episodes', 'DECOM on the previous DEC')(
    lambda c, r: c.next_episode(c.decom + 40 * DAY))


# 504: category of need changes within a period of care
case('504', 'fires', 'Episodes', 'CIN N2 after N1, same period')(
    lambda c, r: c.next_episode(c.decom + 40 * DAY, CIN='N2'))
case('504', 'quiet', 'Episodes', 'CIN N1 kept')(
    lambda c, r: c.next_episode(c.decom + 40 * DAY))

# 511, 514, 517-520, 524: AD1 adopters' numbers, sexes and legal status
case('511', 'fires', 'AD1', 'two adopters, SEX_ADOPTR M1')(
    lambda c, r: ad1(c, NB_ADOPTR='2', SEX_ADOPTR='M1', LS_ADOPTR='L3'))
case('511', 'quiet', 'AD1', 'one adopter, SEX_ADOPTR M1')(
    lambda c, r: ad1(c, NB_ADOPTR='1', SEX_ADOPTR='M1', LS_ADOPTR='L0'))
case('514', 'fires', 'AD1', 'single adopter, SEX_ADOPTR MF')(
    lambda c, r: ad1(c, NB_ADOPTR='1', SEX_ADOPTR='MF', LS_ADOPTR='L0'))
case('514', 'quiet', 'AD1', 'single adopter, SEX_ADOPTR F1')(
    lambda c, r: ad1(c, NB_ADOPTR='1', SEX_ADOPTR='F1', LS_ADOPTR='L0'))
case('517', 'fires', 'AD1', 'L3, MM')(lambda c, r: ad1(c, LS_ADOPTR='L3', SEX_ADOPTR='MM'))
case('517', 'quiet', 'AD1', 'L3, MF')(lambda c, r: ad1(c, LS_ADOPTR='L3', SEX_ADOPTR='MF'))
case('518', 'fires', 'AD1', 'L4, MF')(lambda c, r: ad1(c, LS_ADOPTR='L4', SEX_ADOPTR='MF'))
case('518', 'quiet', 'AD1', 'L4, FF')(lambda c, r: ad1(c, LS_ADOPTR='L4', SEX_ADOPTR='FF'))
case('519', 'fires', 'AD1', 'L2, M1')(
    lambda c, r: ad1(c, NB_ADOPTR='2', LS_ADOPTR='L2', SEX_ADOPTR='M1'))
case('519', 'quiet', 'AD1', 'L2, MM')(lambda c, r: ad1(c, LS_ADOPTR='L2', SEX_ADOPTR='MM'))
case('520', 'fires', 'AD1', 'L11, FF')(lambda c, r: ad1(c, LS_ADOPTR='L11', SEX_ADOPTR='FF'))
case('520', 'quiet', 'AD1', 'L11, MF')(lambda c, r: ad1(c, LS_ADOPTR='L11', SEX_ADOPTR='MF'))
case('524', 'fires', 'AD1', 'L12, MF')(lambda c, r: ad1(c, LS_ADOPTR='L12', SEX_ADOPTR='MF'))
case('524', 'quiet', 'AD1', 'L12, MM')(lambda c, r: ad1(c, LS_ADOPTR='L12', SEX_ADOPTR='MM'))

# 516: REC E45/E46 needs a placement U1-U6
case('516', 'fires', 'Episodes', 'E45 from K2')(
    lambda c, r: (c.episode.update(PLACE='K2'), c.end_episode(c.decom + 30 * DAY, 'E45')))
case('516', 'quiet', 'Episodes', 'E45 from U6')(
    lambda c, r: (c.episode.update(PLACE='U6'), c.end_episode(c.decom + 30 * DAY, 'E45')))


# 521: DATE_INT on or before the start of an adoption placement
def adoption_placement(c, start):
    return c.next_episode(start, PLACE='A5', LS='E1', REASON_PLACE_CHANGE='PLACE')


case('521', 'fires', 'AD1', 'DATE_INT the day after the A5 placement began')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY),
                  ad1(c, DATE_INT=c.decom + 41 * DAY), placed(c, DATE_PLACED=c.decom)))
case('521', 'quiet', 'AD1', 'DATE_INT on the day the A5 placement began')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY),
                  ad1(c, DATE_INT=c.decom + 40 * DAY), placed(c, DATE_PLACED=c.decom)))

# 522: DATE_PLACED on or before DATE_PLACED_CEASED
case('522', 'fires', 'PlacedAdoption', 'ceased the day before')(
    lambda c, r: placed(c, DATE_PLACED=c.decom + 9 * DAY, DATE_PLACED_CEASED=c.decom + 8 * DAY,
                        REASON_PLACED_CEASED='RD1'))
case('522', 'quiet', 'PlacedAdoption', 'ceased the same day')(
    lambda c, r: placed(c, DATE_PLACED=c.decom + 9 * DAY, DATE_PLACED_CEASED=c.decom + 9 * DAY,
                        REASON_PLACED_CEASED='RD1'))

# 523: DATE_PLACED equals DATE_INT
case('523', 'fires', 'PlacedAdoption', 'dates a day apart')(
    lambda c, r: (placed(c, DATE_PLACED=c.decom + 5 * DAY), ad1(c, DATE_INT=c.decom + 6 * DAY)))
case('523', 'quiet', 'PlacedAdoption', 'same date')(
    lambda c, r: (placed(c, DATE_PLACED=c.decom + 5 * DAY), ad1(c, DATE_INT=c.decom + 5 * DAY)))

# 525: decision reversed: no AD1
case('525', 'fires', 'PlacedAdoption', 'ceased, AD1 given')(
    lambda c, r: (placed(c, DATE_PLACED_CEASED=c.decom + 20 * DAY, REASON_PLACED_CEASED='RD1'),
                  ad1(c)))
case('525', 'quiet', 'PlacedAdoption', 'ceased, no AD1')(
    lambda c, r: placed(c, DATE_PLACED_CEASED=c.decom + 20 * DAY, REASON_PLACED_CEASED='RD1'))

# 526: a placement provider for every placement that has one
case('526', 'fires', 'Episodes', 'U1, no provider')(
    lambda c, r: c.episode.update(PLACE_PROVIDER=None))
case('526', 'quiet', 'Episodes', 'T0, no provider')(
    lambda c, r: c.episode.update(PLACE='T0', PLACE_PROVIDER=None, URN=None))

# 527-531, 550: provider and placement type
for code, provider, bad, good in (('527', 'PR1', 'R2', 'K2'), ('528', 'PR2', 'R5', 'K2'),
                                  ('529', 'PR3', 'A5', 'R1'), ('530', 'PR4', 'P1', 'K2'),
                                  ('531', 'PR5', 'P1', 'K2'), ('550', 'PR0', 'K2', 'P1')):
    case(code, 'fires', 'Episodes', '%s with %s' % (provider, bad))(
        lambda c, r, p=provider, b=bad: c.episode.update(PLACE=b, PLACE_PROVIDER=p))
    case(code, 'quiet', 'Episodes', '%s with %s' % (provider, good))(
        lambda c, r, p=provider, g=good: c.episode.update(PLACE=g, PLACE_PROVIDER=p))


# 542: under 10 on 31 March: no conviction information
@case('542', 'fires', 'OC2', '10th birthday on 1 April, CONVICTED given')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end + DAY, -10))
    oc2(c)


@case('542', 'quiet', 'OC2', '10th birthday on 31 March, CONVICTED given')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end, -10))
    oc2(c)


# 543: 10 or over and looked after for 12 months: conviction information required
@case('543', 'fires', 'OC2', '10th birthday on 31 March, CONVICTED blank')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end, -10))
    oc2(c, CONVICTED=None)


@case('543', 'quiet', 'OC2', '10th birthday on 1 April, CONVICTED blank')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end + DAY, -10))
    oc2(c, CONVICTED=None)


def leap_dob(r, age):
    """29 February of the latest leap year whose @age-th birthday (1 March
    in a common year) is on or before 31 March of the collection year."""
    y = r.year - age
    while not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        y -= 1
    return datetime.date(y, 2, 29)


@case('542', 'quiet', 'OC2', 'born 29 February, 10 by 31 March, CONVICTED given')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(leap_dob(r, 10))
    oc2(c)


@case('543', 'fires', 'OC2', 'born 29 February, 10 by 31 March, CONVICTED blank')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(leap_dob(r, 10))
    oc2(c, CONVICTED=None)


# 544, 547: conviction or health check given: the health items too
case('544', 'fires', 'OC2', 'CONVICTED 1, TEETH_CHECK blank')(
    lambda c, r: (looked_after_all_year(c, r), oc2(c, CONVICTED='1', TEETH_CHECK=None)))
case('544', 'quiet', 'OC2', 'CONVICTED 1, all given')(
    lambda c, r: (looked_after_all_year(c, r), oc2(c, CONVICTED='1')))


@case('547', 'fires', 'OC2', 'HEALTH_CHECK 1, IMMUNISATIONS blank')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end, -3))
    oc2(c, CONVICTED=None, HEALTH_CHECK='1', IMMUNISATIONS=None)


@case('547', 'quiet', 'OC2', 'HEALTH_CHECK 1, all given')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end, -3))
    oc2(c, CONVICTED=None, HEALTH_CHECK='1')


# 545: under 5 and looked after for 12 months: health check required
@case('545', 'fires', 'OC2', '5th birthday on 1 April, HEALTH_CHECK blank')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end + DAY, -5))
    oc2(c, CONVICTED=None, HEALTH_CHECK=None)


@case('545', 'quiet', 'OC2', '5th birthday on 31 March, HEALTH_CHECK blank')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end, -5))
    oc2(c, CONVICTED=None, HEALTH_CHECK=None)


# 546: 5 or over: no health check
@case('546', 'fires', 'OC2', '5th birthday on 31 March, HEALTH_CHECK 1')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end, -5))
    oc2(c, CONVICTED=None, HEALTH_CHECK='1')


@case('546', 'quiet', 'OC2', '5th birthday on 1 April, HEALTH_CHECK 1')
def _(c, r):
    looked_after_all_year(c, r)
    c.set_dob(add_years(r.end + DAY, -5))
    oc2(c, CONVICTED=None, HEALTH_CHECK='1')


# 551: placed for adoption without a decision date
case('551', 'fires', 'Episodes', 'A5 placement, no PlacedAdoption')(
    lambda c, r: adoption_placement(c, c.decom + 40 * DAY))
case('551', 'quiet', 'Episodes', 'A5 placement, DATE_PLACED')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY), placed(c)))

# 552: decision on or before the first adoption placement
case('552', 'fires', 'PlacedAdoption', 'DATE_PLACED the day after the A5 placement')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY), placed(c, DATE_PLACED=c.decom + 41 * DAY)))
case('552', 'quiet', 'PlacedAdoption', 'DATE_PLACED on the A5 placement')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY), placed(c, DATE_PLACED=c.decom + 40 * DAY)))

# 553: placement order (LS E1) without a decision date
case('553', 'fires', 'Episodes', 'LS E1, no PlacedAdoption')(
    lambda c, r: c.next_episode(c.decom + 40 * DAY, LS='E1', RNE='L', REASON_PLACE_CHANGE=None))
case('553', 'quiet', 'Episodes', 'LS E1, PlacedAdoption')(
    lambda c, r: (c.next_episode(c.decom + 40 * DAY, LS='E1', RNE='L', REASON_PLACE_CHANGE=None),
                  placed(c)))

# 554: decision on or before the placement order
case('554', 'fires', 'PlacedAdoption', 'DATE_PLACED the day after LS E1 began')(
    lambda c, r: (c.next_episode(c.decom + 40 * DAY, LS='E1', RNE='L', REASON_PLACE_CHANGE=None),
                  placed(c, DATE_PLACED=c.decom + 41 * DAY)))
case('554', 'quiet', 'PlacedAdoption', 'DATE_PLACED on the day LS E1 began')(
    lambda c, r: (c.next_episode(c.decom + 40 * DAY, LS='E1', RNE='L', REASON_PLACE_CHANGE=None),
                  placed(c, DATE_PLACED=c.decom + 40 * DAY)))

# 557: left care from an adoption placement, not adopted: the decision must have ceased
case('557', 'fires', 'Episodes', 'A5, left E4A, decision open')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY), placed(c),
                  c.end_episode(c.decom + 60 * DAY, 'E4A')))
case('557', 'quiet', 'Episodes', 'A5, left E4A, decision ceased')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY),
                  placed(c, DATE_PLACED_CEASED=c.decom + 60 * DAY, REASON_PLACED_CEASED='RD1'),
                  c.end_episode(c.decom + 60 * DAY, 'E4A')))

# 563: ceased decision with no decision date
case('563', 'fires', 'PlacedAdoption', 'ceased, DATE_PLACED blank')(
    lambda c, r: placed(c, DATE_PLACED=None, DATE_PLACED_CEASED=c.decom, REASON_PLACED_CEASED='RD1'))
case('563', 'quiet', 'PlacedAdoption', 'ceased, DATE_PLACED given')(
    lambda c, r: placed(c, DATE_PLACED_CEASED=c.decom + 20 * DAY, REASON_PLACED_CEASED='RD1'))

# 564-567: missing episodes complete and in order
case('564', 'fires', 'Missing', 'MISSING M, no start')(lambda c, r: missing(c, MIS_START=None))
case('564', 'quiet', 'Missing', 'MISSING M, start')(lambda c, r: missing(c))
case('565', 'fires', 'Missing', 'start, MISSING blank')(lambda c, r: missing(c, MISSING=None))
case('565', 'quiet', 'Missing', 'start, MISSING A')(lambda c, r: missing(c, MISSING='A'))
case('566', 'fires', 'Missing', 'end, MISSING blank')(
    lambda c, r: missing(c, MISSING=None))
case('566', 'quiet', 'Missing', 'no end, MISSING blank')(
    lambda c, r: missing(c, MISSING=None, MIS_END=None))
case('567', 'fires', 'Missing', 'end the day before the start')(
    lambda c, r: missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=c.decom + 9 * DAY))
case('567', 'quiet', 'Missing', 'end on the start')(
    lambda c, r: missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=c.decom + 10 * DAY))


# 570, 571: missing dates inside the collection year
@case('570', 'fires', 'Missing', 'started 1 April after the year')
def _(c, r):
    missing(c, MIS_START=r.end + DAY, MIS_END=None)


case('570', 'quiet', 'Missing', 'started 31 March')(
    lambda c, r: missing(c, MIS_START=r.end, MIS_END=None))
case('571', 'fires', 'Missing', 'ended 31 March before the year')(
    lambda c, r: (looked_after_all_year(c, r),
                  missing(c, MIS_START=r.start - 5 * DAY, MIS_END=r.start - DAY)))
case('571', 'quiet', 'Missing', 'ended 1 April')(
    lambda c, r: (looked_after_all_year(c, r),
                  missing(c, MIS_START=r.start - 5 * DAY, MIS_END=r.start)))

# 574: missing periods do not overlap and a new one does not start while one is open
case('574', 'fires', 'Missing', 'second starts the day before the first ends')(
    lambda c, r: (missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=c.decom + 15 * DAY),
                  missing(c, MIS_START=c.decom + 14 * DAY, MIS_END=c.decom + 16 * DAY)))
case('574', 'quiet', 'Missing', 'second starts the day the first ends')(
    lambda c, r: (missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=c.decom + 15 * DAY),
                  missing(c, MIS_START=c.decom + 15 * DAY, MIS_END=c.decom + 16 * DAY)))

# 575: the placement ended, so the missing period it began in has an end
case('575', 'fires', 'Missing', 'placement ended, missing open')(
    lambda c, r: (c.next_episode(c.decom + 40 * DAY, PLACE='U4'),
                  missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=None)))
case('575', 'quiet', 'Missing', 'placement ended, missing ended')(
    lambda c, r: (c.next_episode(c.decom + 40 * DAY, PLACE='U4'),
                  missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=c.decom + 12 * DAY)))

# 577: left care with a missing period still open
case('577', 'fires', 'Missing', 'care ended, missing open')(
    lambda c, r: (c.end_episode(c.decom + 40 * DAY, 'E4A'),
                  missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=None)))
case('577', 'quiet', 'Missing', 'care open, missing open')(
    lambda c, r: missing(c, MIS_START=c.decom + 10 * DAY, MIS_END=None))

# 578: missing starts after care ended
case('578', 'fires', 'Missing', 'started the day after care ended')(
    lambda c, r: (c.end_episode(c.decom + 40 * DAY, 'E4A'),
                  missing(c, MIS_START=c.decom + 41 * DAY, MIS_END=c.decom + 42 * DAY)))
case('578', 'quiet', 'Missing', 'started on the day care ended')(
    lambda c, r: (c.end_episode(c.decom + 40 * DAY, 'E4A'),
                  missing(c, MIS_START=c.decom + 40 * DAY, MIS_END=c.decom + 40 * DAY)))

# 579: adoption decisions do not overlap
case('579', 'fires', 'PlacedAdoption', 'second decision while the first is open')(
    lambda c, r: (placed(c, DATE_PLACED=c.decom + 5 * DAY), placed(c, DATE_PLACED=c.decom + 30 * DAY)))
case('579', 'quiet', 'PlacedAdoption', 'second decision on the day the first ceased')(
    lambda c, r: (placed(c, DATE_PLACED=c.decom + 5 * DAY, DATE_PLACED_CEASED=c.decom + 30 * DAY,
                         REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=c.decom + 30 * DAY)))


# 580: missing on the 18th birthday when care ends: REC E8
@case('580', 'fires', 'Episodes', 'missing ends on 18th birthday = DEC, REC E4A')
def _(c, r):
    c.set_dob(add_years(c.decom + 60 * DAY, -18))
    c.end_episode(c.decom + 60 * DAY, 'E4A')
    missing(c, MIS_START=c.decom + 50 * DAY, MIS_END=c.decom + 60 * DAY)


@case('580', 'quiet', 'Episodes', 'missing ends on 18th birthday = DEC, REC E8')
def _(c, r):
    c.set_dob(add_years(c.decom + 60 * DAY, -18))
    c.end_episode(c.decom + 60 * DAY, 'E8')
    missing(c, MIS_START=c.decom + 50 * DAY, MIS_END=c.decom + 60 * DAY)


# 581: missing before care began
case('581', 'fires', 'Missing', 'started the day before DECOM')(
    lambda c, r: missing(c, MIS_START=c.decom - DAY, MIS_END=c.decom + 2 * DAY))
case('581', 'quiet', 'Missing', 'started on DECOM')(
    lambda c, r: missing(c, MIS_START=c.decom, MIS_END=c.decom + 2 * DAY))


# 582: adopted on the day of the match
@case('582', 'fires', 'Episodes', 'adopted on DATE_MATCH')
def _(c, r):
    e = adoption_placement(c, c.decom + 40 * DAY)
    c.end_episode(c.decom + 90 * DAY, 'E11', e)
    placed(c)
    ad1(c, DATE_INT=c.decom + 5 * DAY, DATE_MATCH=c.decom + 90 * DAY)


@case('582', 'quiet', 'Episodes', 'adopted the day after DATE_MATCH')
def _(c, r):
    e = adoption_placement(c, c.decom + 40 * DAY)
    c.end_episode(c.decom + 90 * DAY, 'E11', e)
    placed(c)
    ad1(c, DATE_INT=c.decom + 5 * DAY, DATE_MATCH=c.decom + 89 * DAY)


# 583: every decision but the latest has ceased
case('583', 'fires', 'PlacedAdoption', 'earlier decision open')(
    lambda c, r: (placed(c, DATE_PLACED=c.decom + 5 * DAY), placed(c, DATE_PLACED=c.decom + 30 * DAY)))
case('583', 'quiet', 'PlacedAdoption', 'earlier decision ceased')(
    lambda c, r: (placed(c, DATE_PLACED=c.decom + 5 * DAY, DATE_PLACED_CEASED=c.decom + 20 * DAY,
                         REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=c.decom + 30 * DAY)))

# 586: missing before birth
case('586', 'fires', 'Missing', 'started on the date of birth')(
    lambda c, r: missing(c, MIS_START=c.dob, MIS_END=None))
case('586', 'quiet', 'Missing', 'started the day after birth')(
    lambda c, r: missing(c, MIS_START=c.dob + DAY, MIS_END=None))


# 601, 602: adopted in the year if and only if AD1 is complete
@case('601', 'fires', 'AD1', 'adopted, SEX_ADOPTR blank')
def _(c, r):
    e = adoption_placement(c, c.decom + 40 * DAY)
    c.end_episode(c.decom + 90 * DAY, 'E11', e)
    placed(c)
    ad1(c, DATE_INT=c.decom + 5 * DAY, SEX_ADOPTR=None)


@case('601', 'quiet', 'AD1', 'adopted, AD1 complete')
def _(c, r):
    e = adoption_placement(c, c.decom + 40 * DAY)
    c.end_episode(c.decom + 90 * DAY, 'E11', e)
    placed(c)
    ad1(c, DATE_INT=c.decom + 5 * DAY)


case('602', 'fires', 'AD1', 'AD1, not adopted')(lambda c, r: ad1(c))
case('602', 'quiet', 'AD1', 'AD1, adopted on 31 March')(
    lambda c, r: (adoption_placement(c, c.decom + 40 * DAY),
                  c.end_episode(r.end, 'E12'), placed(c), ad1(c)))


# 607: a girl who left care in the year: MOTHER given
@case('607', 'fires', 'Header', 'F, left care, MOTHER blank')
def _(c, r):
    c.header['SEX'] = 'F' if r.year >= 2025 else '2'
    c.end_episode(c.decom + 40 * DAY, 'E4A')


@case('607', 'quiet', 'Header', 'F, left care, MOTHER 0')
def _(c, r):
    c.header['SEX'] = 'F' if r.year >= 2025 else '2'
    c.header['MOTHER'] = '0'
    c.end_episode(c.decom + 40 * DAY, 'E4A')


# 611, 612, 620, 621: mothers
def mother(c, **kw):
    c.header.update(SEX='F' if c.ret.year >= 2025 else '2', MOTHER='1', MC_DOB=c.decom + 10 * DAY)
    c.header.update(kw)


case('611', 'fires', 'Header', 'MOTHER 1, MC_DOB blank')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), mother(c, MC_DOB=None)))
case('611', 'quiet', 'Header', 'MOTHER 1, MC_DOB')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), mother(c)))
case('612', 'fires', 'Header', 'MOTHER 0, MC_DOB')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), mother(c, MOTHER='0')))
case('612', 'quiet', 'Header', 'MOTHER 0, no MC_DOB')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), mother(c, MOTHER='0', MC_DOB=None)))
case('620', 'fires', 'Header', '11th birthday the day after the year began')(
    lambda c, r: (c.set_dob(add_years(r.start + DAY, -11)), mother(c)))
case('620', 'quiet', 'Header', '11th birthday on the first day of the year')(
    lambda c, r: (c.set_dob(add_years(r.start, -11)), mother(c)))
case('621', 'fires', 'Header', 'MC_DOB on the mother\'s DOB')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), mother(c, MC_DOB=c.dob)))
case('621', 'quiet', 'Header', 'MC_DOB the day after')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), mother(c, MC_DOB=c.dob + DAY)))

# 625: first child born after care ended or the year ended
case('625', 'fires', 'Header', 'MC_DOB the day after DEC')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), c.end_episode(c.decom + 40 * DAY, 'E4A'),
                  mother(c, MC_DOB=c.decom + 41 * DAY)))
case('625', 'quiet', 'Header', 'MC_DOB on DEC')(
    lambda c, r: (c.set_dob(c.dob - 5 * 365 * DAY), c.end_episode(c.decom + 40 * DAY, 'E4A'),
                  mother(c, MC_DOB=c.decom + 40 * DAY)))


# 628: no motherhood details for care leavers not looked after in the year
@case('628', 'fires', 'Header', 'no episodes, OC3, MOTHER 0')
def _(c, r):
    c.drop('Episodes'); c.drop('Reviews'); c.drop('PrevPerm'); c.drop('SWEpisodes')
    c.set_dob(add_years(r.end, -19))
    c.header['MOTHER'] = '0'
    oc3(c)


@case('628', 'quiet', 'Header', 'no episodes, OC3, MOTHER blank')
def _(c, r):
    c.drop('Episodes'); c.drop('Reviews'); c.drop('PrevPerm'); c.drop('SWEpisodes')
    c.set_dob(add_years(r.end, -19))
    oc3(c)


# 630-635: previous permanence
case('630', 'fires', 'Episodes', 'started in the year, no PrevPerm')(lambda c, r: c.drop('PrevPerm'))
case('630', 'fires', 'Episodes', 'PREV_PERM P1, no date')(
    lambda c, r: c.prevperm.update(PREV_PERM='P1', LA_PERM='800', DATE_PERM=None))
case('630', 'quiet', 'Episodes', 'PREV_PERM P1 complete')(
    lambda c, r: c.prevperm.update(PREV_PERM='P1', LA_PERM='800', DATE_PERM='ZZ/05/2019'))
case('631', 'fires', 'PrevPerm', 'PREV_PERM P9')(lambda c, r: c.prevperm.update(PREV_PERM='P9'))
case('631', 'quiet', 'PrevPerm', 'PREV_PERM P4')(
    lambda c, r: c.prevperm.update(PREV_PERM='P4', LA_PERM='800', DATE_PERM='01/05/2019'))
case('632', 'fires', 'PrevPerm', 'DATE_PERM on DECOM')(
    lambda c, r: c.prevperm.update(PREV_PERM='P1', LA_PERM='800', DATE_PERM=c.decom))
case('632', 'fires', 'PrevPerm', 'DATE_PERM 31/02')(
    lambda c, r: c.prevperm.update(PREV_PERM='P1', LA_PERM='800', DATE_PERM='31/02/2019'))
case('632', 'quiet', 'PrevPerm', 'DATE_PERM the day before DECOM')(
    lambda c, r: c.prevperm.update(PREV_PERM='P1', LA_PERM='800', DATE_PERM=c.decom - DAY))
case('633', 'fires', 'PrevPerm', 'LA_PERM 123')(
    lambda c, r: c.prevperm.update(PREV_PERM='P1', LA_PERM='123', DATE_PERM='01/05/2019'))
case('633', 'quiet', 'PrevPerm', 'LA_PERM WAL')(
    lambda c, r: c.prevperm.update(PREV_PERM='P1', LA_PERM='WAL', DATE_PERM='01/05/2019'))
case('634', 'fires', 'PrevPerm', 'looked after since 31 March 2016, PrevPerm given')(
    lambda c, r: (looked_after_all_year(c, r), c.episode.update(DECOM=datetime.date(2016, 3, 31)),
                  c.add('PrevPerm', PREV_PERM='Z1', LA_PERM=None, DATE_PERM=None)))
case('634', 'quiet', 'PrevPerm', 'looked after since 1 April 2016, PrevPerm given')(
    lambda c, r: (looked_after_all_year(c, r), c.episode.update(DECOM=datetime.date(2016, 4, 1)),
                  c.add('PrevPerm', PREV_PERM='Z1', LA_PERM=None, DATE_PERM=None)))
case('635', 'fires', 'PrevPerm', 'PREV_PERM Z1, LA_PERM given')(
    lambda c, r: c.prevperm.update(PREV_PERM='Z1', LA_PERM='800'))
case('635', 'fires', 'PrevPerm', 'PREV_PERM blank, DATE_PERM given')(
    lambda c, r: c.prevperm.update(PREV_PERM=None, DATE_PERM='01/05/2019'))
case('635', 'quiet', 'PrevPerm', 'PREV_PERM Z1, nothing else')(lambda c, r: None)


# Checks against last year's return ------------------------------------------------

def open_last_year(c, r, **kw):
    """The episode began before the year and was open at the end of last
    year's return, as this year's first episode."""
    c.episode['DECOM'] = r.start - 200 * DAY
    c.decom = c.episode['DECOM']
    c.sw['SW_DECOM'] = c.decom
    c.drop('PrevPerm')
    row = {k: c.episode[k] for k in ('DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER',
                                      'HOME_POST', 'PL_POST', 'URN')}
    row.update(DEC=None, REC=None)
    row.update(kw)
    return c.add_prev('Episodes', **row)


case('502', 'fires', 'Episodes', 'last year open from the day after')(
    lambda c, r: open_last_year(c, r, DECOM=r.start - 199 * DAY))
case('502', 'quiet', 'Episodes', 'last year open from the same day')(lambda c, r: open_last_year(c, r))
for code, column, other in (('503A', 'RNE', 'P'), ('503B', 'LS', 'C1'), ('503C', 'CIN', 'N2'),
                            ('503D', 'PLACE', 'U3'), ('503E', 'PLACE_PROVIDER', 'PR4'),
                            ('503F', 'URN', 'SC000001')):
    case(code, 'fires', 'Episodes', '%s %s last year' % (column, other))(
        lambda c, r, col=column, o=other: open_last_year(c, r, **{col: o}))
    case(code, 'quiet', 'Episodes', '%s the same' % column)(lambda c, r: open_last_year(c, r))
    case(code, 'quiet', 'Episodes', '%s %s last year, which ended' % (column, other))(
        lambda c, r, col=column, o=other: open_last_year(c, r, **{col: o, 'DEC': r.start - 5 * DAY,
                                                                   'REC': 'X1'}))
case('503D', 'quiet', 'Episodes', 'Z1 last year, Z12 this year', (2026, 2026))(
    lambda c, r: (c.episode.update(PLACE='Z12', PLACE_PROVIDER=None),
                  open_last_year(c, r, PLACE='Z1', PLACE_PROVIDER=None)))
case('503D', 'quiet', 'Episodes', 'H5 last year, K3 this year', (2025, 2025))(
    lambda c, r: (c.episode.update(PLACE='K3'), open_last_year(c, r, PLACE='H5')))


def placed_last(c, r, **kw):
    row = dict(DATE_PLACED=r.start - 50 * DAY, DATE_PLACED_CEASED=None, REASON_PLACED_CEASED=None)
    row.update(kw)
    return c.add_prev('PlacedAdoption', **row)


case('559', 'fires', 'PlacedAdoption', 'decided the day before the year, not last year')(
    lambda c, r: (looked_after_all_year(c, r), placed(c, DATE_PLACED=r.start - DAY)))
case('559', 'quiet', 'PlacedAdoption', 'decided on the first day of the year')(
    lambda c, r: (looked_after_all_year(c, r), placed(c, DATE_PLACED=r.start)))
case('559', 'quiet', 'PlacedAdoption', 'decided before the year, recorded last year')(
    lambda c, r: (looked_after_all_year(c, r), placed(c, DATE_PLACED=r.start - DAY),
                  placed_last(c, r, DATE_PLACED=r.start - DAY)))
case('560', 'fires', 'PlacedAdoption', 'open decision last year, another date now')(
    lambda c, r: (looked_after_all_year(c, r), placed_last(c, r),
                  placed(c, DATE_PLACED=r.start - 49 * DAY)))
case('560', 'quiet', 'PlacedAdoption', 'open decision last year, same date')(
    lambda c, r: (looked_after_all_year(c, r), placed_last(c, r), placed(c, DATE_PLACED=r.start - 50 * DAY)))
case('561', 'fires', 'PlacedAdoption', 'ceased last year, same date now')(
    lambda c, r: (looked_after_all_year(c, r),
                  placed_last(c, r, DATE_PLACED_CEASED=r.start - 10 * DAY, REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=r.start - 50 * DAY)))
case('561', 'quiet', 'PlacedAdoption', 'ceased last year, a new decision now')(
    lambda c, r: (looked_after_all_year(c, r),
                  placed_last(c, r, DATE_PLACED_CEASED=r.start - 10 * DAY, REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=r.start + 10 * DAY)))
case('584', 'fires', 'PlacedAdoption', 'ceased last year, the same date now')(
    lambda c, r: (looked_after_all_year(c, r),
                  placed_last(c, r, DATE_PLACED_CEASED=r.start - 10 * DAY, REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=r.start - 50 * DAY)))
case('584', 'quiet', 'PlacedAdoption', 'ceased last year, a day later now')(
    lambda c, r: (looked_after_all_year(c, r),
                  placed_last(c, r, DATE_PLACED_CEASED=r.start - 10 * DAY, REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=r.start - 49 * DAY)))
case('562', 'fires', 'Episodes', 'last year\'s last episode began a day earlier')(
    lambda c, r: open_last_year(c, r, DECOM=r.start - 201 * DAY))
case('562', 'quiet', 'Episodes', 'last year\'s last episode is this one')(lambda c, r: open_last_year(c, r))


@case('576', 'fires', 'Missing', 'open last year, this year\'s first starts a day later')
def _(c, r):
    open_last_year(c, r)
    c.add_prev('Missing', MISSING='M', MIS_START=r.start - 3 * DAY, MIS_END=None)
    missing(c, MIS_START=r.start - 2 * DAY, MIS_END=r.start + DAY)


@case('576', 'quiet', 'Missing', 'open last year, carried on this year')
def _(c, r):
    open_last_year(c, r)
    c.add_prev('Missing', MISSING='M', MIS_START=r.start - 3 * DAY, MIS_END=None)
    missing(c, MIS_START=r.start - 3 * DAY, MIS_END=r.start + DAY)


def header_last(c, **kw):
    row = dict(c.header)
    row.update(kw)
    c.prev['Header'].append(row)


@case('624', 'fires', 'Header', 'MC_DOB a day later than last year')
def _(c, r):
    c.set_dob(c.dob - 5 * 365 * DAY)
    mother(c, MC_DOB=r.start - 30 * DAY)
    header_last(c, MC_DOB=r.start - 31 * DAY)


@case('624', 'quiet', 'Header', 'MC_DOB as last year')
def _(c, r):
    c.set_dob(c.dob - 5 * 365 * DAY)
    mother(c, MC_DOB=r.start - 30 * DAY)
    header_last(c)


@case('626', 'fires', 'Header', 'not a mother last year, first child born the day before the year')
def _(c, r):
    c.set_dob(c.dob - 5 * 365 * DAY)
    mother(c, MC_DOB=r.start - DAY)
    header_last(c, MOTHER='0', MC_DOB=None)


@case('626', 'quiet', 'Header', 'not a mother last year, first child born on the first day')
def _(c, r):
    c.set_dob(c.dob - 5 * 365 * DAY)
    mother(c, MC_DOB=r.start)
    header_last(c, MOTHER='0', MC_DOB=None)


@case('1010', 'fires', 'OC3', 'open at the end of last year, no episodes now, OC3')
def _(c, r):
    open_last_year(c, r)
    c.drop('Episodes'); c.drop('Reviews'); c.drop('SWEpisodes')
    c.set_dob(add_years(r.end, -19))
    oc3(c)


@case('1010', 'quiet', 'OC3', 'ended last year, no episodes now, OC3')
def _(c, r):
    open_last_year(c, r, DEC=r.start - 10 * DAY, REC='E4A')
    c.drop('Episodes'); c.drop('Reviews'); c.drop('SWEpisodes')
    c.set_dob(add_years(r.end, -19))
    oc3(c)


# Inputs the open validator fails on (a 29 February birthday, a date that is
# not a date in another row): the check still answers.

# (a 29 February birth 17 or 18 years before 31 March: 2008, for 2024/25 and 2025/26)
@case('1007', 'fires', 'OC3', 'born 29 February, in care on the 17th or 18th birthday', (2025, 2026))
def _(c, r):
    y = 2008
    c.set_dob(datetime.date(y, 2, 29))
    c.episode['DECOM'] = r.start - 800 * DAY
    c.drop('PrevPerm')
    oc3(c)


@case('1007', 'fires', 'OC3', 'in care on the 17th birthday, another episode\'s DEC not a date')
def _(c, r):
    c.set_dob(add_years(r.end, -17) - 60 * DAY)
    c.episode['DECOM'] = r.start - 400 * DAY
    c.drop('PrevPerm')
    c.add('Episodes', DECOM=r.start - 900 * DAY, RNE='S', LS='V2', CIN='N1', PLACE='U1',
          PLACE_PROVIDER='PR1', DEC='31/04/%d' % (r.year - 3), REC='E4A')
    oc3(c)


@case('1016', 'quiet', 'OC3', 'still looked after, a legal-status change after the birthday')
def _(c, r):
    c.set_dob(add_years(r.end, -17) - 60 * DAY)
    c.episode['DECOM'] = r.start - 400 * DAY
    c.drop('PrevPerm')
    c.next_episode(add_years(c.dob, 17) + 5 * DAY, RNE='L', LS='C2', REASON_PLACE_CHANGE=None)
    oc3(c)


# 1001: a relevant or former relevant child: 13 weeks (91 days) looked after
# from the 14th birthday, some of it after the 16th.
def leaver_last_year(c, r, days_after_14):
    """Aged 18 on 31 March; looked after (in last year's return) for
    @days_after_14 days from 10 days before the 16th birthday."""
    c.set_dob(add_years(r.end, -18) - 30 * DAY)
    c.drop('Episodes'); c.drop('Reviews'); c.drop('SWEpisodes'); c.drop('PrevPerm')
    start = add_years(c.dob, 16) - 10 * DAY
    c.add_prev('Episodes', DECOM=start, RNE='S', LS='C2', CIN='N1', PLACE='U1',
               PLACE_PROVIDER='PR1', DEC=start + days_after_14 * DAY, REC='E4A')
    oc3(c)


case('1001', 'fires', 'OC3', 'looked after 90 days after 14')(lambda c, r: leaver_last_year(c, r, 90))
case('1001', 'quiet', 'OC3', 'looked after 91 days after 14')(lambda c, r: leaver_last_year(c, r, 91))


@case('1001', 'fires', 'OC3', '91 days, all before the 16th birthday')
def _(c, r):
    leaver_last_year(c, r, 91)
    e = c.prev['Episodes'][-1]
    e['DECOM'] = add_years(c.dob, 16) - 91 * DAY
    e['DEC'] = add_years(c.dob, 16)


@case('1001', 'quiet', 'OC3', '91 days, the last one after the 16th birthday')
def _(c, r):
    leaver_last_year(c, r, 91)
    e = c.prev['Episodes'][-1]
    e['DECOM'] = add_years(c.dob, 16) - 90 * DAY
    e['DEC'] = add_years(c.dob, 16) + DAY


# Checks against reference data ---------------------------------------------------------

@case('1008', 'fires', 'Episodes', 'URN not in Ofsted\'s list')
def _(c, r):
    c.episode['URN'] = 'SC999999'
    r.unlisted.add('SC999999')


case('1008', 'quiet', 'Episodes', 'URN XXXXXXX (none)')(lambda c, r: c.episode.update(URN='XXXXXXX'))
case('1008', 'quiet', 'Episodes', 'URN in Ofsted\'s list')(lambda c, r: None)


@case('503H', 'fires', 'Episodes', 'placement postcode in Plymouth, last year in Devon')
def _(c, r):
    r.postcodes['PL1 1AA'] = 'E06000026'
    c.episode['PL_POST'] = 'PL1 1AA'
    open_last_year(c, r, PL_POST='EX2 2BB')


@case('503H', 'quiet', 'Episodes', 'another postcode in the same authority')
def _(c, r):
    r.postcodes['EX3 3CC'] = 'E10000008'
    c.episode['PL_POST'] = 'EX3 3CC'
    open_last_year(c, r, PL_POST='EX2 2BB')


# 558: adopted, more than one decision: the latest has not ceased
def adopted(c, r):
    e = adoption_placement(c, c.decom + 40 * DAY)
    c.end_episode(c.decom + 90 * DAY, 'E11', e)
    ad1(c, DATE_INT=c.decom + 5 * DAY, DATE_MATCH=c.decom + 60 * DAY)


case('558', 'fires', 'Episodes', 'adopted, two decisions, the latest ceased')(
    lambda c, r: (adopted(c, r),
                  placed(c, DATE_PLACED=c.decom + 1 * DAY, DATE_PLACED_CEASED=c.decom + 3 * DAY,
                         REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=c.decom + 5 * DAY, DATE_PLACED_CEASED=c.decom + 90 * DAY,
                         REASON_PLACED_CEASED='RD4')))
case('558', 'quiet', 'Episodes', 'adopted, two decisions, the latest open')(
    lambda c, r: (adopted(c, r),
                  placed(c, DATE_PLACED=c.decom + 1 * DAY, DATE_PLACED_CEASED=c.decom + 3 * DAY,
                         REASON_PLACED_CEASED='RD1'),
                  placed(c, DATE_PLACED=c.decom + 5 * DAY)))


# 503G: the distance from home (straight line between the grid references,
# in miles to one decimal place) as last year's; 1000 m is 0.6 miles.
def distance_case(c, r, placement, placement_east):
    r.postcodes.update({'TQ1 1AA': 'E10000008', 'TQ2 2BB': 'E10000008', placement: 'E10000008'})
    r.grid.update({'TQ1 1AA': (290000, 70000), 'TQ2 2BB': (291000, 70000),
                   placement: (placement_east, 70000)})
    c.episode.update(HOME_POST='TQ1 1AA', PL_POST=placement)
    open_last_year(c, r, HOME_POST='TQ1 1AA', PL_POST='TQ2 2BB')


case('503G', 'fires', 'Episodes', '0.9 miles now, 0.6 last year')(
    lambda c, r: distance_case(c, r, 'TQ3 3CC', 291500))
case('503G', 'quiet', 'Episodes', '0.7 miles now, 0.6 last year')(
    lambda c, r: distance_case(c, r, 'TQ4 4DD', 291100))


# 503J: inside or outside the authority (authority.txt: Devon) as last year
@case('503J', 'fires', 'Episodes', 'now in Plymouth, last year in Devon')
def _(c, r):
    r.postcodes['PL1 1AA'] = 'E06000026'
    c.episode['PL_POST'] = 'PL1 1AA'
    open_last_year(c, r, PL_POST='EX2 2BB')


@case('503J', 'quiet', 'Episodes', 'another postcode in Devon')
def _(c, r):
    r.postcodes['EX3 3CC'] = 'E10000008'
    c.episode['PL_POST'] = 'EX3 3CC'
    open_last_year(c, r, PL_POST='EX2 2BB')


# 1015: the authority's own provision (PR1) is inside the authority
@case('1015', 'fires', 'Episodes', 'PR1 children\'s home in Plymouth')
def _(c, r):
    r.postcodes['PL1 1AA'] = 'E06000026'
    c.episode.update(PLACE='K2', PLACE_PROVIDER='PR1', PL_POST='PL1 1AA')


case('1015', 'quiet', 'Episodes', 'PR1 children\'s home in Devon')(
    lambda c, r: c.episode.update(PLACE='K2', PLACE_PROVIDER='PR1', PL_POST='EX2 2BB'))


@case('1015', 'quiet', 'Episodes', 'PR1 foster care in Plymouth')
def _(c, r):
    r.postcodes['PL1 1AA'] = 'E06000026'
    c.episode.update(PLACE='U1', PLACE_PROVIDER='PR1', PL_POST='PL1 1AA')
