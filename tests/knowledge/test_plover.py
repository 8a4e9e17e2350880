"""PLOVER event type and mode of every event (knowledge/plover.tsv)."""
import csv
import io
import json

from dyadwatch.knowledge import load_knowledge
from dyadwatch.output import EventWriter

from ..conftest import code_text, shared_path

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def test_plover_lookup():
    kb = load_knowledge()
    assert kb.plover("042") == ("CONSULT", "visit")
    assert kb.plover("0841") == ("RETREAT", "release")
    assert kb.plover("081") == ("CONCEDE", "")
    assert kb.plover("1123") == ("ACCUSE", "allege")
    assert kb.plover("190") == ("ASSAULT", "")
    assert kb.plover("010") == ("", "") and kb.plover("0213") == ("", "")  # dropped in PLOVER
    assert kb.plover("99") == ("", "")


def test_every_cameo_code_from_03_on_has_a_plover_type():
    kb = load_knowledge()
    for code in kb.cameo:
        plover_type, _ = kb.plover(code)
        if code[:2] in ("01", "02"):
            assert plover_type == "", code
        else:
            assert plover_type in PLOVER_TYPES, code


def test_table_agrees_with_the_reference_mapping_and_vocabulary():
    kb = load_knowledge()
    reference = shared_path("benchmarks", "plover", "cameo2plover.tsv")
    types = json.loads(shared_path("benchmarks", "plover", "event_types.json").read_text(encoding="utf-8"))
    modes = {t["event"]: {m["name"] for m in t["modes"]} for t in types}
    seen = set()
    for row in csv.DictReader(io.StringIO(reference.read_text(encoding="utf-8")), delimiter="\t"):
        code = row["cameo"]
        if code in seen:  # 08 is listed for CONCEDE and RETREAT; 175 twice
            continue
        seen.add(code)
        assert kb.plover(code)[0] == row["plover_event"], code
    for code, (plover_type, mode) in kb.plover_table.items():
        assert not plover_type or plover_type in modes, code
        assert not mode or mode in modes[plover_type], (code, mode)


def test_events_carry_plover_fields_in_jsonl_and_csv():
    _, events = code_text("France condemned Germany on Monday.", "en")
    (event,) = events
    assert (event.plover_type, event.plover_mode) == ("ACCUSE", "disapprove")
    record = event.to_dict()
    assert record["plover_type"] == "ACCUSE" and record["plover_mode"] == "disapprove"
    stream = io.StringIO()
    EventWriter(stream, "csv").write(events)
    (row,) = csv.DictReader(io.StringIO(stream.getvalue()))
    assert (row["plover_type"], row["plover_mode"]) == ("ACCUSE", "disapprove")
