# vutil.py: small SSDA903 returns for the validation tests
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# ret(tmp_path, header=[...], episodes=[...], ...) writes a return whose
# tables hold the given rows (dicts of column → cell; missing columns are
# blank) and validate(...) runs the validator over it and returns the set
# of (code, table, row) flagged.

import os
import sys
from pathlib import Path

SOURCE_DIR = Path(os.environ.get('CAREPLAN_SOURCE_DIR', Path(__file__).resolve().parents[2]))
_bindings = str(SOURCE_DIR / 'bindings' / 'python')
if _bindings not in sys.path:
    sys.path.insert(0, _bindings)

import gi  # noqa: E402

gi.require_version('Careplan', '1.0')
from gi.repository import Careplan  # noqa: E402

COLUMNS = {
    'header': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    'episodes': 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    'reviews': 'CHILD,DOB,REVIEW,REVIEW_CODE',
    'uasc': 'CHILD,SEX,DOB,DUC',
    'oc2': 'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,'
           'HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED',
    'oc3': 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM',
    'ad1': 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR',
    'placed_for_adoption': 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED',
    'previous_permanence': 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM',
    'missing': 'CHILD,DOB,MISSING,MIS_START,MIS_END',
    'sw_episodes': 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON',
}

# A child that passes the checks: came into care in May 2025, one episode.
GOOD_HEADER = dict(CHILD='1', SEX='M', DOB='01/06/2012', ETHNIC='WBRI', UPN='A123456789012', MOTHER='', MC_DOB='')
GOOD_EPISODE = dict(CHILD='1', DECOM='01/05/2025', RNE='S', LS='C2', CIN='N1', PLACE='U1',
                    PLACE_PROVIDER='PR1', DEC='', REC='', REASON_PLACE_CHANGE='', HOME_POST='EX1 1AA',
                    PL_POST='EX2 2BB', URN='SC123456')


def write_return(path, **tables):
    path.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns = COLUMNS[name].split(',')
        lines = [COLUMNS[name]]
        for row in rows:
            lines.append(','.join(row.get(c, '') for c in columns))
        (path / f'{name}.csv').write_text('\n'.join(lines) + '\n', encoding='utf-8')
    return path


def validate(path, year=2026, previous=None, reference=None, codes=None, **tables):
    """The (code, table, row) set flagged; only @codes when given."""
    write_return(path, **tables)
    v = Careplan.Ssda903Validator(collection_year=year)
    if previous is not None:
        v.set_previous_dir(str(previous))
    if reference is not None:
        v.set_reference_dir(str(reference))
    issues = v.validate(str(path))
    found = set()
    for i in range(issues.get_n_items()):
        issue = issues.get_item(i)
        if codes is None or issue.props.code in codes:
            found.add((issue.props.code, issue.props.table, issue.props.row_index))
    return found


def flagged(tmp_path, code, year=2026, **tables):
    """The (table, row) pairs check @code flags."""
    if 'header' not in tables:
        tables['header'] = [GOOD_HEADER]
    return {(t, r) for c, t, r in validate(tmp_path, year=year, codes={code}, **tables)}


def h(**kw):
    return {**GOOD_HEADER, **kw}


def ep(**kw):
    return {**GOOD_EPISODE, **kw}
