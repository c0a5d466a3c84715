# test_checks.py: each SSDA903 check on both sides of its boundary
#
# SPDX-License-Identifier: LGPL-2.1-or-later

from vutil import flagged, h, ep, GOOD_HEADER, GOOD_EPISODE

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
