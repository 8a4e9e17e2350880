"""The peer-suite benchmark (benchmarks/petrarch.py): scoring levels and miss causes, on
our own made-up records."""
import importlib.util

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("petrarch_benchmark", ROOT / "benchmarks" / "petrarch.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def record(seq, text, expected, date="2020-01-01"):
    return {"seq": seq, "id": f"R{seq}", "date": date, "text": text, "expected": [dict(zip(("source", "target", "code"), e)) for e in expected]}


def test_levels_and_miss_causes():
    records = [
        record(1, "France condemned Germany on Monday.", [("FRA", "DEU", "111")]),
        record(2, "Germany condemned France on Monday.", [("FRA", "DEU", "111")]),
        record(3, "France condemned Atlantis on Monday.", [("FRA", "ATL", "111")]),
        record(4, "The French president met the French opposition.", [("FRAGOV", "FRAOPP", "040")]),
        record(5, "France is pondering Germany.", [("FRA", "DEU", "212")]),
        record(6, "France praised Germany.", [("FRAGOV", "DEU", "051")]),
    ]
    result = bench.score_suite(records, bench.code_records(records, None))
    causes = result["causes"]
    assert causes["direction reversed"] == 1
    assert causes["actor not recognised: target"] == 1
    assert causes["same-country dyad: only interstate events are coded"] == 1
    assert causes["event code outside CAMEO (validation-only verb code)"] == 1
    country = result["levels"]["country+root"]
    assert country["expected"] == 6 and country["matched"] == 2  # records 1 and 6
    full = result["levels"]["full code"]
    assert full["matched"] == 1  # record 6: FRA, not FRAGOV
    assert result["full_causes"]["actor code differs (role/agent)"] == 1


def test_codes_and_plover_categories():
    assert bench.split_actors("FRO/BIL/SAM") == ["FRO", "BIL", "SAM"]
    assert bench.country_level("IGOUNOMIL") == "UNO" and bench.country_level("IGOCOPITP") == "INTERPOL"
    assert bench.country_level("---GOV") == "---" and bench.country_level("USAGOV") == "USA"
    assert bench.system_code("UNO", "IGO") == "IGOUNO" and bench.system_code("USA", "GOV") == "USAGOV"
    assert bench.plover_05b1("REQUEST", "100") == "DEMAND"
    assert bench.plover_05b1("ACCUSE", "090") == "INVESTIGATE" and bench.plover_05b1("ACCUSE", "111") == "DISAPPROVE"
    assert bench.plover_05b1("ASSAULT", "190") == "FIGHT" and bench.plover_05b1("ASSAULT", "180") == "ASSAULT"
