"""Where events happened: the gazetteer, place phrases, disambiguation, event locations."""
import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.grounding.places import (
    action_geo,
    load_gazetteer,
    location_record,
    place_phrases,
    place_words,
)
from dyadwatch.lang import load_language
from dyadwatch.output import GDELT_COLUMNS, EventWriter
from dyadwatch.resources import package_path
from dyadwatch.textutil import fold, tokenize

from ..conftest import code_text, shared_path


def phrases(text, lang="en", mentions=()):
    return place_phrases(tokenize(text), load_language(lang), list(mentions), text)


def located(events):
    return {(e.source_country, e.target_country, e.code[:2]): (e.location or {}).get("resolved_name") for e in events}


# ---------------------------------------------------------------------------- gazetteer


def test_gazetteer_is_compact_and_says_where_it_comes_from():
    path = package_path("grounding", "gazetteer.tsv")
    assert path.stat().st_size < 5_000_000
    header = "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)[:20] if line.startswith("#"))
    assert "GeoNames" in header and "CC BY 4.0" in header and "scripts/build_gazetteer.py" in header
    g = load_gazetteer()
    features = {p.feature for p in g.places}
    assert features == {"country", "admin1", "capital", "city", "site"}
    assert len(g.countries) >= 240 and len(g.capitals) >= 200


@pytest.mark.parametrize(
    "name,expected,country",
    [
        ("Pjöngjang", "Pyongyang", "PRK"),
        ("Moskau", "Moscow", "RUS"),
        ("Pékin", "Beijing", "CHN"),
        ("Kiew", "Kyiv", "UKR"),
        ("Kyiv", "Kyiv", "UKR"),
        ("Kiev", "Kyiv", "UKR"),
        ("Wladiwostok", "Vladivostok", "RUS"),
        ("Niamey", "Niamey", "NER"),
        ("Warschau", "Warsaw", "POL"),
        ("Camp David", "Camp David", "USA"),
        ("Kreml", "Moscow", "RUS"),
    ],
)
def test_exonyms_and_seats_resolve(name, expected, country):
    g = load_gazetteer()
    found = g.lookup(tuple(fold(w) for w in name.split()))
    assert any(p.name == expected and p.country == country for p in found), [p.name for p in found]


def test_country_rows_are_marked_and_carry_fips_codes():
    g = load_gazetteer()
    assert g.countries["PRK"].precision == "country" and g.countries["PRK"].fips == "KN"
    assert g.countries["RUS"].fips == "RS" and g.countries["DEU"].fips == "GM"
    assert g.capitals["USA"].name == "Washington" and g.capitals["USA"].precision == "city"


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_every_capital_is_found_after_a_place_preposition(data):
    """Invariant: a capital's own name after "in" yields a place phrase whose readings
    include that capital (other places may share the name)."""
    g = load_gazetteer()
    capitals = sorted((p for p in g.capitals.values() if p.name[:1].isupper() and p.name.isascii()), key=lambda p: p.id)
    place = data.draw(st.sampled_from(capitals))
    found = phrases(f"The ministers met in {place.name} on Friday.")
    assert found and any(c is place for c in found[-1].candidates)


# ---------------------------------------------------------------------------- phrases


@pytest.mark.parametrize(
    "text,lang,name,hint",
    [
        ("Sie trafen sich in der ostukrainischen Stadt Charkiw.", "de", "Kharkiv", "city"),
        ("Les combats continuent dans le nord du Mali.", "fr", "Mali", "part"),
        ("Fighting raged in Russia's Kursk region.", "en", "Kurskaya oblast'", "admin1"),
        ("La nave è attraccata nella città portuale di Odessa.", "it", "Odesa", "city"),
        ("Переговоры прошли в Москве.", "ru", "Moscow", ""),
        ("Los cancilleres se reunieron en la ciudad fronteriza de Cúcuta.", "es", "Cúcuta", "city"),
    ],
)
def test_place_phrases_with_type_words_and_inflection(text, lang, name, hint):
    (phrase,) = phrases(text, lang)
    assert phrase.best().name == name and phrase.hint == hint


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The talks at Columbia University ended without a deal.", "en"),  # a university is no place
        ("Ende Juli reiste er ab.", "de"),  # "Ende" is a town in Indonesia, and a German word
        ("Im Februar beschuldigten die USA Nordkorea.", "de"),  # a month
        ("In einer vom Kreml veröffentlichten Botschaft forderte Putin mehr.", "de"),  # "vom Kreml" is no place
        ("The minister held talks with Moscow.", "en"),  # "with" is no place preposition
    ],
)
def test_no_place_phrase(text, lang):
    assert phrases(text, lang) == []


def test_capital_named_by_its_state():
    doc, _ = code_text("Der Besuch des russischen Ministers in der nordkoreanischen Hauptstadt dauerte zwei Tage.", "de")
    mentions = [m for _, m in doc.mentions]
    (phrase,) = phrases(doc.sentences[0].text, "de", mentions)
    assert phrase.best().name == "Pyongyang" and phrase.hint == "capital"


# ---------------------------------------------------------------------------- disambiguation


def test_population_and_feature_priors_without_context():
    assert phrases("They met in Tripoli.")[0].best().country == "LBY"  # the capital
    assert phrases("They met in Georgia.")[0].best().country == "GEO"  # the state before the US state
    assert phrases("They met in Paris.")[0].best().country == "FRA"  # not Paris, Texas
    assert phrases("They met in Washington.")[0].best().feature == "capital"  # not the state


def test_context_decides_between_places_of_one_name():
    tripoli = phrases("They met in Tripoli.")[0]
    assert tripoli.best(event_countries=("LBN", "SYR")).country == "LBN"
    georgia = phrases("They met in Georgia.")[0]
    assert georgia.best(event_countries=("USA",)).feature == "admin1"
    hyderabad = phrases("They met in Hyderabad.")[0]
    assert hyderabad.best().country == "IND" and hyderabad.best(event_countries=("PAK", "CHN")).country == "PAK"


def test_lebanese_tripoli_in_an_article_about_lebanon():
    for text in ("Lebanese and Syrian ministers met in Tripoli on Monday.", "Lebanon and Syria signed a border agreement in Tripoli on Monday."):
        _, events = code_text(text, "en", "2024-05-14")
        assert events and all(e.location["country"] == "LBN" for e in events), text


# ---------------------------------------------------------------------------- events


def test_meeting_located_where_the_sentence_says():
    _, events = code_text("Machthaber Kim Jong-un empfing den russischen Verteidigungsminister am Freitag in Pjöngjang.", "de", "2024-11-30")
    assert len(events) == 2 and all(e.location["resolved_name"] == "Pyongyang" and e.location["precision"] == "city" for e in events)


def test_no_place_stated_gives_no_location():
    _, events = code_text("Die USA beschuldigten Nordkorea am Montag, Raketen an Russland geliefert zu haben.", "de")
    assert events and all(e.location is None for e in events)


def test_a_topic_or_an_addressee_is_no_place():
    _, events = code_text("Pjöngjang nannte den Konflikt in der Ukraine einen „Stellvertreterkrieg“ der USA.", "de")
    assert events and all(e.location is None for e in events)
    _, events = code_text("South Korea appealed to Washington to keep its troops on the peninsula.", "en", "2024-03-01")
    assert all(e.location is None for e in events)


def test_washington_as_actor_is_no_place_but_a_summit_there_is():
    _, events = code_text("Washington accused Beijing of supplying drones to Russia.", "en", "2024-03-01")
    assert events and all(e.location is None for e in events)
    _, events = code_text("Japan and South Korea held a summit in Washington on Friday.", "en", "2024-03-01")
    assert events and all(e.location["resolved_name"] == "Washington" and e.location["country"] == "USA" for e in events)


def test_country_level_location_is_marked():
    _, events = code_text("France withdrew its last soldiers from their base in western Niger on Friday.", "en", "2023-12-23")
    (event,) = [e for e in events if e.code.startswith("16")]
    assert event.location["precision"] == "country" and event.location["feature"] == "country" and event.location["country"] == "NER"


def test_location_record_fields():
    place = load_gazetteer().capitals["PRK"]
    record = location_record("Pjöngjang", place)
    assert record["name"] == "Pjöngjang" and record["resolved_name"] == "Pyongyang"
    assert set(record) >= {"name", "resolved_name", "country", "lat", "lon", "feature", "precision", "gazetteer_id"}
    assert json.loads(json.dumps(record)) == record


def test_gdelt_action_geo_columns():
    g = load_gazetteer()
    city = action_geo(location_record("Pjöngjang", g.capitals["PRK"]))
    assert city["ActionGeo_Type"] == "4" and city["ActionGeo_CountryCode"] == "KN"
    assert city["ActionGeo_FullName"].startswith("Pyongyang") and city["ActionGeo_FullName"].endswith("North Korea")
    assert city["ActionGeo_FeatureID"] == g.capitals["PRK"].id and float(city["ActionGeo_Lat"]) == pytest.approx(39.03, abs=0.1)
    assert action_geo(location_record("Washington", g.capitals["USA"]))["ActionGeo_Type"] == "3"
    country = action_geo(location_record("Ukraine", g.countries["UKR"]))
    assert country["ActionGeo_Type"] == "1" and country["ActionGeo_FeatureID"] == "UP"
    state = next(p for p in g.places if p.feature == "admin1" and p.country == "USA" and p.name == "Texas")
    assert action_geo(location_record("Texas", state))["ActionGeo_Type"] == "2"
    assert action_geo(None) == {}


def test_gdelt_output_fills_action_geo():
    _, events = code_text("Machthaber Kim Jong-un empfing den russischen Verteidigungsminister am Freitag in Pjöngjang.", "de", "2024-11-30")
    out = io.StringIO()
    EventWriter(out, "gdelt").write(events)
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert rows and list(rows[0]) == GDELT_COLUMNS
    assert all(r["ActionGeo_Type"] == "4" and r["ActionGeo_CountryCode"] == "KN" and r["ActionGeo_ADM1Code"].startswith("KN") for r in rows)


def test_place_words_exist_for_every_language():
    for lang in ("de", "en", "fr", "es", "it", "ru"):
        words = place_words(load_language(lang))
        assert words.prepositions and words.venue and words.topic


# ---------------------------------------------------------------------------- reference article


@pytest.fixture(scope="module")
def reference_events():
    from dyadwatch.ingest.readers import RawDocument
    from dyadwatch.pipeline import Pipeline

    path = shared_path("corpus", "de-seed-russia-north-korea.txt")
    result = Pipeline().process(RawDocument("de-seed", "seed", text=path.read_text(encoding="utf-8"), pub_date="2023-08-15"))
    return result.events


def test_reference_article_places(reference_events):
    events = reference_events
    shoigu = [e for e in events if "Treffen" in e.sentence and "Pjöngjang" in e.sentence and e.code.startswith("04")]
    assert shoigu and all(e.location["resolved_name"] == "Pyongyang" for e in shoigu)
    conference = [e for e in events if e.rule.startswith("attend:")]
    assert len(conference) >= 6 and all(e.location["resolved_name"] == "Moscow" for e in conference)
    summit = [e for e in events if e.trigger == "Gipfeltreffen"]
    assert summit and all(e.location["resolved_name"] == "Washington" and e.location["country"] == "USA" for e in summit)
    # no place invented for the other events
    for e in events:
        if e.code[:2] in ("11", "01", "02", "12") or e.trigger in ("Glückwunschbotschaft", "denselben"):
            assert e.location is None, (e.code, e.trigger, e.location)
    assert {(e.location or {}).get("resolved_name") for e in events} <= {"Pyongyang", "Moscow", "Washington", "Ukraine", None}
