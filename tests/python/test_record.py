# test_record.py: careplan JSON records from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
from datetime import date

import pytest

from gi.repository import GLib, Gio, Careplan

RECORD = {
    'id': 'R001',
    'date_of_birth': '2015-05-01',
    'episodes': [
        {'start': '2024-12-20', 'reason_new_episode': 'S', 'legal_status': 'C2',
         'category_of_need': 'N1', 'placement_type': 'U4', 'placement_provider': 'PR1'},
    ],
    'reviews': [{'date': '2025-01-22'}],
    'x_local_team': 'north',
}


def save_data(children):
    result = Careplan.record_save_data(children)
    # (transfer full) char * with an (out) length: PyGObject gives both.
    return result[0] if isinstance(result, tuple) else result


def load_data(text, name='test.json'):
    return Careplan.record_load_data(text, -1, name)


def test_load_records_from_the_examples_directory(examples_data):
    children = Careplan.load_records(examples_data)
    assert isinstance(children, Gio.ListModel)
    assert len(children) > 0
    ids = [c.get_id() for c in children]
    assert all(ids) and len(set(ids)) == len(ids)
    for child in children:
        assert child.get_date_of_birth() is None or isinstance(child.get_date_of_birth(), date)


def test_load_records_from_one_file_of_the_examples(examples_data):
    files = sorted(examples_data.glob('*.json'))
    total = 0
    for path in files:
        total += len(Careplan.load_records(path))
        assert len(Careplan.load_records(str(path))) == len(Careplan.record_load_file(str(path)))
    assert total == len(Careplan.load_records(examples_data))


def test_examples_round_trip_through_save_data(examples_data):
    children = Careplan.load_records(examples_data)
    saved = save_data(children)
    again = save_data(load_data(saved))
    assert json.loads(again) == json.loads(saved)
    assert [c.get_id() for c in load_data(saved)] == [c.get_id() for c in children]


def test_a_record_round_trips_with_unknown_keys(tmp_path):
    path = tmp_path / 'one.json'
    path.write_text(json.dumps(RECORD))
    children = Careplan.load_records(path)
    assert len(children) == 1
    child = children[0]
    assert child.get_date_of_birth() == date(2015, 5, 1)
    assert child.get_episodes()[0].get_start() == date(2024, 12, 20)
    assert [e.get_date() for e in child.get_events()] == [date(2025, 1, 22)]
    saved = json.loads(save_data(children))
    saved_child = saved['children'][0] if 'children' in saved else saved
    assert saved_child['x_local_team'] == 'north'
    assert saved_child['reviews'] == [{'date': '2025-01-22'}]


def test_save_file_then_load(tmp_path):
    children = load_data(json.dumps({'format': 'careplan-record/1', 'children': [RECORD]}))
    path = tmp_path / 'out.json'
    assert Careplan.record_save_file(children, str(path))
    assert [c.get_id() for c in Careplan.load_records(path)] == ['R001']


def test_a_directory_loads_its_json_files_in_name_order(tmp_path):
    for name, child_id in (('b.json', 'B'), ('a.json', 'A'), ('notes.txt', 'X')):
        (tmp_path / name).write_text(json.dumps(dict(RECORD, id=child_id)))
    assert [c.get_id() for c in Careplan.load_records(tmp_path)] == ['A', 'B']


def test_bad_json_raises_naming_the_file(tmp_path):
    path = tmp_path / 'broken.json'
    path.write_text('{"id": "R002",\n  "date_of_birth": }\n')
    with pytest.raises(GLib.Error) as excinfo:
        Careplan.load_records(path)
    assert excinfo.value.matches(Careplan.error_quark(), Careplan.Error.INVALID_JSON)
    assert 'broken.json' in excinfo.value.message


def test_a_bad_date_raises_naming_the_field(tmp_path):
    path = tmp_path / 'bad-date.json'
    path.write_text(json.dumps(dict(RECORD, date_of_birth='2015-02-30')))
    with pytest.raises(GLib.Error) as excinfo:
        Careplan.load_records(path)
    assert excinfo.value.domain == GLib.quark_to_string(Careplan.error_quark())
    assert 'bad-date.json' in excinfo.value.message
    assert 'date_of_birth' in excinfo.value.message


def test_a_missing_file_raises(tmp_path):
    with pytest.raises(GLib.Error) as excinfo:
        Careplan.load_records(tmp_path / 'absent.json')
    assert excinfo.value.matches(Careplan.error_quark(), Careplan.Error.IO)


def test_load_file_keep_going_reports_bad_children_and_keeps_the_rest(tmp_path):
    path = tmp_path / "mixed.json"
    path.write_text(
        '{ "format": "careplan-record/1", "children": [\n'
        '  { "id": "A" },\n'
        '  { "id": "B", "visits": [ { "date": "2025-13-01" } ] },\n'
        '  { "id": "C" },\n'
        '  { "id": "A" }\n'
        '] }\n', encoding="utf-8")

    children, problems = Careplan.record_load_file_keep_going(str(path))
    assert [c.get_id() for c in children] == ["A", "C"]
    assert len(problems) == 2
    first, second = problems
    assert first.get_child_id() == "B"
    assert first.get_file() == str(path) and first.get_line() == 3
    assert "children[1].visits[0].date" in first.get_message()
    assert second.get_child_id() == "A" and "duplicate child id" in second.get_message()

    # Without asking, the first bad child fails the file.
    with pytest.raises(GLib.Error) as raised:
        Careplan.record_load_file(str(path))
    assert "children[1].visits[0].date" in raised.value.message


def test_record_writer_streams_what_save_data_writes(examples_data):
    children = Careplan.record_load_file(str(examples_data / 'caseload.json'))
    stream = Gio.MemoryOutputStream.new_resizable()
    writer = Careplan.RecordWriter.new(stream)
    assert writer.get_stream() == stream
    for child in children:
        assert writer.write(child)
    assert writer.close()
    stream.close()
    written = bytes(stream.steal_as_bytes().get_data())
    store = Gio.ListStore.new(Careplan.Child)
    for child in children:
        store.append(child)
    assert written.decode() == save_data(store)
    # A child without an id could not be read back: refused.
    with pytest.raises(GLib.Error):
        Careplan.RecordWriter.new(Gio.MemoryOutputStream.new_resizable()).write(Careplan.Child(id=''))
