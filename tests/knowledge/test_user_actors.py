"""User dictionaries (--actors, dyadwatch.toml): our TSV format and the CAMEO/PETRARCH actor
and agent formats, date-restricted codes, precedence over built-in names, and the CLI."""
import datetime as dt
import json

import pytest

from dyadwatch.actors import actor_dictionary, recognise
from dyadwatch.cli import main
from dyadwatch.config import ConfigError, load_config
from dyadwatch.ingest.readers import RawDocument
from dyadwatch.knowledge.user_actors import (
    UserDictionaryError,
    load_actor_file,
    load_actors,
    parse_code_block,
    petrarch_date,
    plural,
    read_petrarch_actors,
)
from dyadwatch.pipeline import Pipeline
from dyadwatch.textutil import tokenize

from ..conftest import FIXTURES, shared_path

TSV = FIXTURES / "user_actors.tsv"
ACTORS = FIXTURES / "petrarch_actors.txt"
AGENTS = FIXTURES / "petrarch_agents.txt"


def code(text: str, pub_date: str, actors) -> list:
    result = Pipeline(lang="en", actors=actors).process(RawDocument("t", "test", text=text, pub_date=pub_date, lang="en"))
    return [(e.source_country + e.source_role, e.target_country + e.target_role, e.code) for e in result.events]


def mentions(text: str, day: str, actors) -> list[tuple[str, str, str]]:
    tokens = tokenize(text)
    found = recognise(tokens, "en", dt.date.fromisoformat(day), text, actor_dictionary("en", actors))
    return [(m.text, m.country or "", m.role) for m in found]


# ---------------------------------------------------------------------------- formats
def test_our_tsv_format():
    records, warnings = load_actor_file(TSV)
    assert not warnings
    by_name = {r.names[0]: r for r in records}
    assert by_name["Freedonia"].kind == "country-name" and by_name["Freedonia"].names == ("Freedonia", "Freedonie")
    firefly = by_name["Rufus Firefly"]
    assert (firefly.country, firefly.role, firefly.kind, firefly.office) == ("FRD", "GOV", "person", "head_of_government")
    assert (firefly.valid_from, firefly.valid_to) == (dt.date(2019, 1, 1), dt.date(2021, 12, 31))
    assert by_name["Freedonian Navy"].code == "FRDMIL"
    assert by_name["harbour master"].kind == "agent" and by_name["harbour master"].role == "COP"


@pytest.mark.parametrize(
    "row,message",
    [
        ("Atlantis\tATL\t\t\t\t\tcity-state", "kind"),
        ("Atlantis\tATL\tGOV\t\t2020-13-01\t\tperson", "bad date"),
        ("Atlantis\tATL\tGOV\t\t2021-01-01\t2020-01-01\tperson", "after valid_to"),
        ("Atlantis\tatl land\t\t\t\t\torg", "not an actor code"),
        ("\tATL\t\t\t\t\torg", "no names"),
    ],
)
def test_tsv_errors_name_file_and_line(tmp_path, row, message):
    path = tmp_path / "bad.tsv"
    path.write_text("names\tcountry\trole\toffice\tvalid_from\tvalid_to\tkind\n" + row + "\n", encoding="utf-8")
    with pytest.raises(UserDictionaryError, match=message) as info:
        load_actors([path])
    assert f"{path}:2" in str(info.value)


def test_petrarch_actor_format():
    records, warnings = load_actor_file(ACTORS)
    assert not warnings
    freedonia = next(r for r in records if r.code == "FRD")
    assert freedonia.names == ("Freedonia", "Freedonian", "Fridonia") and freedonia.kind == "country-name"
    marshal = [r for r in records if r.names[0] == "Marshal Bruno"]
    assert [r.code for r in marshal] == ["SYLMIL", "SYLGOV", "SYLELI"]  # the commented-out code is not read
    assert marshal[0].names == ("Marshal Bruno", "The Marshal")
    assert (marshal[0].valid_from, marshal[0].valid_to) == (None, dt.date(2018, 12, 31))
    assert (marshal[1].valid_from, marshal[1].valid_to) == (dt.date(2019, 1, 1), dt.date(2020, 12, 31))
    assert (marshal[2].valid_from, marshal[2].valid_to) == (dt.date(2021, 1, 1), None)
    council = [r for r in records if r.names[0] == "Pirate Council"]
    assert [r.code for r in council] == ["FRDREB", "SYLREB"]  # dated code before the default
    assert len({r.entry for r in marshal}) == 1
    league = next(r for r in records if r.code == "IGOCTL")
    assert (league.country, league.role) == ("IGO", "CTL")
    twin = next(r for r in records if r.names[0] == "Twin Cities")
    assert (twin.country, twin.role) == ("FRD/SYL", "")


def test_petrarch_dates_and_code_blocks():
    assert petrarch_date("140608") == dt.date(2014, 6, 8)
    assert petrarch_date("950601") == dt.date(1995, 6, 1)  # 31-99: 19YY, as TABARI
    assert petrarch_date("20100112") == dt.date(2010, 1, 12)
    assert parse_code_block("EGYGOV >140608") == ("EGYGOV", dt.date(2014, 6, 8), None)
    assert parse_code_block("HOB < 950601") == ("HOB", None, dt.date(1995, 5, 31))
    assert parse_code_block("HOBGOV 19950601 - 19990815") == ("HOBGOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15))
    assert parse_code_block(" pse ") == ("PSE", None, None)
    for bad in ("X 950601", "X 990101-980101", "X >9501"):
        with pytest.raises(ValueError):
            parse_code_block(bad)


def test_petrarch_bad_lines_are_skipped_with_warnings():
    text = "[XYZ]\nALPHA [ALP]\n\t[ALPGOV 990101]\nBETA  # no code\nGAMMA\n\t[GAM]\nDELTA [DEL] [DELGOV 20200101-20100101]\n"
    records, warnings = read_petrarch_actors(text, "x.txt")
    assert [r.code for r in records] == ["ALP", "GAM", "DEL"]
    assert len(warnings) == 4 and all(w.startswith("x.txt:") for w in warnings)
    assert "'Beta' has no code" in " ".join(warnings)


def test_petrarch_agent_format():
    records, warnings = load_actor_file(AGENTS)
    assert not warnings
    names = {r.names[0]: r for r in records}
    assert names["harbour master"].names == ("harbour master", "harbour masters") and names["harbour master"].role == "COP"
    assert names["customs body"].names == ("customs body", "customs bodies")
    assert names["harbour goose"].names == ("harbour goose", "harbour geese")
    assert names["fleet"].names == ("fleet",) and names["fleet"].role == "NAV"
    assert names["merchant sailor"].names == ("merchant sailor", "merchant sailors", "merchant seaman", "merchant seamen")
    assert names["relief guild"].prefix and names["relief guild"].role == "NGO"
    assert not names["harbour master"].prefix
    assert "old entry" not in names
    assert plural("attorney") == "attorneys" and plural("box") == "boxes" and plural("MINISTRY") == "MINISTRIES"


def test_format_detection_refuses_other_files(tmp_path):
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("--- ABANDON  [345]  ---\n- * RELATIONS [903]\n", encoding="utf-8")
    with pytest.raises(UserDictionaryError, match="verb dictionary"):
        load_actors([verbs])
    prose = tmp_path / "notes.txt"
    prose.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(UserDictionaryError, match="not an actor dictionary"):
        load_actors([prose])
    with pytest.raises(UserDictionaryError, match="not found"):
        load_actors([tmp_path / "missing.txt"])


# ---------------------------------------------------------------------------- recognition and coding
def test_user_actors_are_coded():
    actors = load_actors([ACTORS, AGENTS])
    assert code("Freedonia condemned Sylvania on Monday.", "2020-01-01", None) == []
    assert code("Freedonia condemned Sylvania on Monday.", "2020-01-01", actors) == [("FRD", "SYL", "111")]
    assert code("Freedonian harbour masters condemned the Continental League.", "2020-01-01", actors) == [("FRDCOP", "IGOCTL", "111")]
    assert code("The Sylvanian fleet attacked the Twin Cities.", "2020-01-01", actors) == [("SYLNAV", "FRD/SYL", "190")]


def test_date_restricted_codes_count_only_inside_their_dates():
    actors = load_actors([ACTORS])
    text = "The Marshal condemned Freedonia on Monday."
    assert code(text, "2018-06-01", actors) == [("SYLMIL", "FRD", "111")]
    assert code(text, "2019-01-01", actors) == [("SYLGOV", "FRD", "111")]  # first day of the range
    assert code(text, "2020-12-31", actors) == [("SYLGOV", "FRD", "111")]  # last day of the range
    assert code(text, "2021-01-01", actors) == [("SYLELI", "FRD", "111")]
    # a dated code that holds wins over the default; outside its dates the default counts
    assert mentions("The Pirate Council met.", "2015-06-01", actors)[0][1:] == ("FRD", "REB")
    assert mentions("The Pirate Council met.", "2016-06-01", actors)[0][1:] == ("SYL", "REB")


def test_tsv_people_are_dated_like_the_built_in_people():
    actors = load_actors([TSV])
    assert code("Rufus Firefly condemned Sylvania.", "2020-06-01", actors) == [("FRDGOV", "SYL", "111")]
    assert code("Rufus Firefly condemned Sylvania.", "2023-01-01", actors) == []  # out of office: a former official
    assert code("Freedonie condemned Sylvania.", "2020-06-01", actors) == [("FRD", "SYL", "111")]


def test_user_names_override_built_in_names_and_later_files_win(tmp_path):
    actors = load_actors([ACTORS])
    assert code("France condemned Germany on Monday.", "2020-01-01", actors) == [("FRX", "DEU", "111")]
    assert code("France condemned Germany on Monday.", "2020-01-01", None) == [("FRA", "DEU", "111")]
    later = tmp_path / "later.txt"
    later.write_text("FREEDONIA [FRE]\n", encoding="utf-8")
    assert mentions("Freedonia met.", "2020-01-01", load_actors([ACTORS, later]))[0][1] == "FRE"
    assert mentions("Freedonia met.", "2020-01-01", load_actors([later, ACTORS]))[0][1] == "FRD"
    # role nouns too: a later definition wins over an earlier one and over the built-in one
    agents = tmp_path / "agents.txt"
    agents.write_text("HARBOUR_MASTER [~HBM]\nOFFICIAL [~XOF]\n", encoding="utf-8")
    assert mentions("Freedonian harbour masters met.", "2020-01-01", load_actors([ACTORS, AGENTS, agents]))[0][1:] == ("FRD", "HBM")
    assert mentions("Freedonian harbour masters met.", "2020-01-01", load_actors([ACTORS, agents, AGENTS]))[0][1:] == ("FRD", "COP")
    assert mentions("A Freedonian official met.", "2020-01-01", load_actors([ACTORS, agents]))[0][1:] == ("FRD", "XOF")
    assert mentions("A French official met.", "2020-01-01", None)[0][1:] == ("FRA", "GOV")


def test_default_dictionary_stays_cached_and_user_dictionaries_are_separate():
    default = actor_dictionary("en")
    assert actor_dictionary("en") is default and actor_dictionary("en", None) is default
    actors = load_actors([ACTORS])
    assert actor_dictionary("en", actors) is actor_dictionary("en", actors) is not default
    assert ("freedonia",) not in default.entries
    assert actor_dictionary("en", load_actors([])) is default


# ---------------------------------------------------------------------------- settings and CLI
def test_config_file(tmp_path):
    (tmp_path / "dicts").mkdir()
    (tmp_path / "dyadwatch.toml").write_text('actors = ["dicts/a.tsv", "/abs/b.txt"]\n', encoding="utf-8")
    config = load_config(cwd=tmp_path)
    assert config.actors == [tmp_path / "dicts" / "a.tsv", tmp_path.__class__("/abs/b.txt")]
    assert load_config(cwd=tmp_path / "dicts").actors == []
    bad = tmp_path / "bad.toml"
    bad.write_text("actors = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="list of file paths"):
        load_config(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


def test_cli_actors_option_and_config(tmp_path, monkeypatch):
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"id": "d1", "text": "Freedonia condemned Sylvania on Monday.", "pub_date": "2020-01-01", "lang": "en"}) + "\n")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    assert main(["code", str(doc), "--out", str(out)]) == 0
    assert out.read_text() == ""
    assert main(["code", str(doc), "--out", str(out), "--actors", str(ACTORS), "--actors", str(AGENTS)]) == 0
    (event,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert (event["source_country"], event["target_country"], event["code"]) == ("FRD", "SYL", "111")
    assert (event["plover_type"], event["plover_mode"]) == ("ACCUSE", "disapprove")
    # the settings file in the working directory, and one named with --config
    (tmp_path / "dyadwatch.toml").write_text(f'actors = ["{TSV}"]\n', encoding="utf-8")
    assert main(["code", str(doc), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["source_country"] == "FRD"
    other = tmp_path / "other.toml"
    other.write_text("actors = []\n", encoding="utf-8")
    assert main(["code", str(doc), "--out", str(out), "--config", str(other)]) == 0
    assert out.read_text() == ""
    assert main(["code", str(doc), "--actors", str(tmp_path / "missing.tsv")]) == 2
    assert main(["code", str(doc), "--config", str(tmp_path / "missing.toml")]) == 2


# ---------------------------------------------------------------------------- shared PETRARCH dictionaries
def test_shared_petrarch_validation_dictionaries():
    folder = shared_path("benchmarks", "petrarch2_validation", "dictionaries", "petrarch2")
    actors = load_actors([folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"])
    assert not actors.warnings
    stats = actors.stats()
    assert stats["actor_entries"] > 100 and stats["agent_names"] > 100 and stats["dated_codes"] >= 10
    gollum = [r.code for r in actors.records if "Gollum" in r.names]
    assert gollum == ["HOB", "HOBGOV", "HOBREB"]
    # the suite's DATE records: Sam Gamgee's code depends on the date (ranges include both days)
    for day, expected in [
        ("1995-01-04", ("HOB", "CIV")),
        ("2008-01-19", ("HOB", "CIV")),
        ("2010-01-06", ("HOB", "MIL")),
        ("2010-01-09", ("ORC", "HOB")),
        ("2010-01-12", ("ORC", "HOB")),
        ("2010-01-13", ("HOB", "MIL")),
        ("2012-12-31", ("HOB", "GOV")),
    ]:
        assert mentions("Sam Gamgee met a bunch of Morgul Orcs.", day, actors)[0][1:] == expected, day
    assert mentions("Zimbabwe is about to restore ties.", "1978-12-23", actors)[0][1] == "RHO"
    assert mentions("Zimbabwe is about to restore ties.", "2001-01-01", actors)[0][1] == "ZBW"
    assert mentions("Arnor is about to restore ties with Slinker.", "2001-01-01", actors)[1][1:] == ("HOB", "REB")
    assert mentions("The Calenardhon Ministry of Silly Walks condemned it.", "1995-01-06", actors)[0][1:] == ("CAL", "GOV")
    assert mentions("Arnor is about to restore ties with Gondor police.", "1995-01-01", actors)[1][1:] == ("GON", "COP")


def test_shared_phoenix_country_dictionary_loads():
    path = shared_path("benchmarks", "cameo", "source", "Phoenix.Countries.actors.txt")
    actors = load_actors([path])
    assert len(actors) > 10000 and actors.stats()["dated_codes"] > 10000
    assert len(actors.warnings) < 100  # a few malformed dates in the operational file are skipped
