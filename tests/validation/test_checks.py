# test_checks.py: each SSDA903 check on both sides of its boundary
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from vutil import flagged, validate, h, ep, GOOD_HEADER, GOOD_EPISODE, SOURCE_DIR

H = 'Header'
E = 'Episodes'
PA = 'PlacedAdoption'


def test_101_sex(tmp_path):
    assert flagged(tmp_path / 'a', '101', header=[h(SEX='M'), h(CHILD='2', SEX='U'), h(CHILD='3', SEX='1')]) == {(H, 2)}
    assert flagged(tmp_path / 'b', '101', year=2024, header=[h(SEX='1'), h(CHILD='2', SEX='M')]) == {(H, 1)}


def test_102_dob(tmp_path):
    assert flagged(tmp_path, '102', header=[h(DOB='29/02/2012'), h(CHILD='2', DOB='29/02/2013'),
                                            h(CHILD='3', DOB='')]) == {(H, 1), (H, 2)}


def test_103_ethnic(tmp_path):
    assert flagged(tmp_path, '103', header=[h(ETHNIC='NOBT'), h(CHILD='2', ETHNIC='wbri'),
                                            h(CHILD='3', ETHNIC='')]) == {(H, 1), (H, 2)}


def test_104_duc(tmp_path):
    rows = [dict(CHILD='1', SEX='M', DOB='01/06/2012', DUC='01/04/2025'),
            dict(CHILD='1', SEX='M', DOB='01/06/2012', DUC='31/03/2025'),
            dict(CHILD='1', SEX='M', DOB='01/06/2012', DUC='32/01/2026'),
            dict(CHILD='1', SEX='M', DOB='01/06/2012', DUC='')]
    assert flagged(tmp_path, '104', uasc=rows) == {('UASC', 1), ('UASC', 2)}


def test_117_placed_after_end(tmp_path):
    eps = [ep(DECOM='01/02/2024', DEC='10/01/2026', REC='E11')]
    pa = [dict(CHILD='1', DATE_PLACED='10/01/2026'), dict(CHILD='1', DATE_PLACED='11/01/2026')]
    assert flagged(tmp_path, '117', episodes=eps, placed_for_adoption=pa) == {(PA, 1), (E, 0)}


def test_118_ceased_before_start(tmp_path):
    eps = [ep(DECOM='01/05/2025')]
    pa = [dict(CHILD='1', DATE_PLACED_CEASED='01/05/2025', REASON_PLACED_CEASED='RD1'),
          dict(CHILD='1', DATE_PLACED_CEASED='30/04/2025', REASON_PLACED_CEASED='RD1')]
    assert flagged(tmp_path, '118', episodes=eps, placed_for_adoption=pa) == {(PA, 1), (E, 0)}


def test_119_date_and_reason(tmp_path):
    pa = [dict(CHILD='1', DATE_PLACED_CEASED='01/05/2025', REASON_PLACED_CEASED='RD1'),
          dict(CHILD='1', DATE_PLACED_CEASED='01/05/2025'),
          dict(CHILD='1', REASON_PLACED_CEASED='RD1'),
          dict(CHILD='1')]
    assert flagged(tmp_path, '119', placed_for_adoption=pa) == {(PA, 1), (PA, 2)}


# Checks that need reference data (tests/ssda903/reference: Devon's return)
REF = SOURCE_DIR / 'tests' / 'ssda903' / 'reference'


def ref_flagged(tmp_path, code, **tables):
    if 'header' not in tables:
        tables['header'] = [GOOD_HEADER]
    return {(t, r) for c, t, r in validate(tmp_path, reference=REF, codes={code}, **tables)}


REFERENCE_CASES = [
    # code, quiet episode, firing episode
    ('169', ep(), ep(PL_POST='ZZ9 9ZZ')),
    ('179', ep(), ep(PL_POST='')),
    ('218', ep(URN='', PL_POST='CF10 1EP'), ep(URN='')),
    ('219', ep(PLACE='U2'), ep(PLACE='K3')),
    ('221', ep(PLACE='K2'), ep(PLACE='K2', PL_POST='EX1 1AA', HOME_POST='EX22 5DY')),
    ('224', ep(PLACE_PROVIDER='PR1'), ep(PLACE_PROVIDER='PR4')),
    ('227', ep(URN='SC999999', PLACE='K2', PLACE_PROVIDER='PR2', DECOM='31/05/2025'),
     ep(URN='SC999999', PLACE='K2', PLACE_PROVIDER='PR2', DECOM='01/06/2025')),
    ('228', ep(URN='SC999999', PLACE='K2', PLACE_PROVIDER='PR2', DECOM='01/05/2025', DEC='01/06/2025', REC='E4A'),
     ep(URN='SC999999', PLACE='K2', PLACE_PROVIDER='PR2', DECOM='01/05/2025', DEC='02/06/2025', REC='E4A')),
    ('229', ep(PLACE_PROVIDER='PR1'), ep(URN='SC999999', PLACE='K2', PLACE_PROVIDER='PR1')),
    ('392a', ep(), ep(HOME_POST='ZZ9 9ZZ')),
    ('392c', ep(), ep(HOME_POST='ZZ9 9ZZ')),
    ('420', ep(LS='V3', PL_POST='', HOME_POST='', URN=''), ep(LS='V3', HOME_POST='', URN='')),
    ('454', ep(PL_POST='SW1A 1AA'), ep(PL_POST='KW1 4YT')),
]


@pytest.mark.parametrize('code,quiet,fires', REFERENCE_CASES, ids=[c[0] for c in REFERENCE_CASES])
def test_reference_checks(tmp_path, code, quiet, fires):
    assert ref_flagged(tmp_path / 'quiet', code, episodes=[quiet]) == set()
    assert (E, 0) in ref_flagged(tmp_path / 'fires', code, episodes=[fires])


def test_406_uasc_distance(tmp_path):
    uasc = [dict(CHILD='1', SEX='M', DOB='01/06/2012', DUC='')]
    assert ref_flagged(tmp_path / 'a', '406', episodes=[ep()], uasc=uasc) == {(E, 0)}
    assert ref_flagged(tmp_path / 'b', '406', episodes=[ep(HOME_POST='')], uasc=uasc) == set()


def test_reference_checks_skipped_without_reference(tmp_path):
    found = validate(tmp_path, codes={'169', '219', '392c'}, header=[GOOD_HEADER], episodes=[ep(PL_POST='ZZ9 9ZZ')])
    assert found == set()


def test_bad_reference_folder(tmp_path):
    (tmp_path / 'ref').mkdir()
    with pytest.raises(Exception):
        validate(tmp_path / 'ret', reference=tmp_path / 'ref', header=[GOOD_HEADER], episodes=[ep()])


# Checks that compare with last year's return --------------------------------

from vutil import write_return  # noqa: E402

UASC_ROW = dict(CHILD='1', SEX='M', DOB='01/06/2012', DUC='')


def prev_flagged(tmp_path, code, previous, reference=None, **tables):
    prev = write_return(tmp_path / 'prev', **previous)
    if 'header' not in tables:
        tables['header'] = [GOOD_HEADER]
    return {(t, r) for c, t, r in validate(tmp_path / 'cur', previous=prev, reference=reference,
                                           codes={code}, **tables)}


def test_205A_uasc_last_year_only(tmp_path):
    # UASC last year, not now: last year's DUC must fall in last year.
    ok = dict(UASC_ROW, DUC='01/06/2024')
    bad = dict(UASC_ROW, DUC='01/06/2025')
    assert prev_flagged(tmp_path / 'a', '205A', dict(header=[GOOD_HEADER], uasc=[ok]), episodes=[ep()]) == set()
    assert prev_flagged(tmp_path / 'b', '205A', dict(header=[GOOD_HEADER], uasc=[bad]),
                        episodes=[ep()]) == {(H, 0)}


def test_205B_uasc_both_years(tmp_path):
    # Last year's DUC is the 18th birthday; this year's the same.
    last = dict(UASC_ROW, DUC='01/06/2030')
    assert prev_flagged(tmp_path / 'a', '205B', dict(header=[GOOD_HEADER], uasc=[last]), episodes=[ep()],
                        uasc=[dict(UASC_ROW, DUC='01/06/2030')]) == set()
    assert prev_flagged(tmp_path / 'b', '205B', dict(header=[GOOD_HEADER], uasc=[last]), episodes=[ep()],
                        uasc=[dict(UASC_ROW, DUC='31/05/2030')]) == {('UASC', 0), (H, 0)}


def test_205D_uasc_now_not_last_year(tmp_path):
    assert prev_flagged(tmp_path / 'a', '205D', dict(header=[GOOD_HEADER]), episodes=[ep()],
                        uasc=[UASC_ROW]) == {(H, 0)}
    assert prev_flagged(tmp_path / 'b', '205D', dict(header=[GOOD_HEADER], uasc=[UASC_ROW]), episodes=[ep()],
                        uasc=[UASC_ROW]) == set()


def test_452_453_continued_placement(tmp_path):
    # Last year's last episode open, this year's first with the same RNE:
    # the placement authority (452) and distance (453) agree.
    last = ep(DECOM='01/05/2024', RNE='S')
    same = ep(DECOM='01/05/2024', RNE='S')
    moved = ep(DECOM='01/05/2024', RNE='S', PL_POST='SW1A 1AA')
    for code in ('452', '453'):
        assert prev_flagged(tmp_path / (code + 'a'), code, dict(header=[GOOD_HEADER], episodes=[last]),
                            reference=REF, episodes=[same]) == set()
        assert prev_flagged(tmp_path / (code + 'b'), code, dict(header=[GOOD_HEADER], episodes=[last]),
                            reference=REF, episodes=[moved]) == {(E, 0)}


def test_164_411_quiet_on_real_postcodes(tmp_path):
    # Distances from the directory are 0 to 999.9 miles, and PL_LOCATION is
    # derived from the same postcode as PL_LA: these two cannot fire on
    # reference data that is consistent.
    for code in ('164', '411'):
        assert ref_flagged(tmp_path / code, code, episodes=[ep(), ep(PL_POST='KW1 4YT', DECOM='02/05/2025')]) == set()
